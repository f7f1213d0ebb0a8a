package org.hpcsim.scenarios.pbs;

import java.util.List;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.scenarios.trace.LabelCache;
import org.hpcsim.scenarios.trace.ReadReport;

/**
 * Turns the attributes of one {@code E} record into a {@link Job}, or drops it into the report;
 * the rules are those of {@link PbsAccountingReader}.
 */
final class PbsJobMapper {
    static final String ARRAY_PARENT = "array parent record";
    static final String NEVER_STARTED = "never started";
    static final String NO_PROCESSOR_COUNT = "no processor count";
    static final String END_BEFORE_START = "end before start";
    static final String NO_SUBMIT_TIME = "no submit time";
    static final String NO_END_TIME = "no end time";
    static final String WALLTIME_MISSING = "walltime limit missing, used run time";

    /** Every drop reason, in the order reports list them. */
    static final List<String> REASONS = List.of(NEVER_STARTED, NO_PROCESSOR_COUNT, END_BEFORE_START,
            NO_SUBMIT_TIME, NO_END_TIME, ARRAY_PARENT);

    private final ReadReport report;
    private final LabelCache labels = new LabelCache();

    PbsJobMapper(ReadReport report) {
        this.report = report;
    }

    /** The job of an E record, or null when it is dropped (and counted). */
    Job map(String jobId, PbsAttributes a) {
        if (PbsJobId.isArrayParent(jobId)) {
            return drop(ARRAY_PARENT);
        }
        long id = PbsJobId.parse(jobId);
        long start = a.epoch("start");
        if (start <= 0) {
            return drop(NEVER_STARTED);
        }
        Sizes sizes = new Sizes(a);
        if (sizes.processors <= 0) {
            return drop(NO_PROCESSOR_COUNT);
        }
        long end = a.epoch("end");
        if (end > 0 && end < start) {
            return drop(END_BEFORE_START);
        }
        long submit = a.epoch("qtime") > 0 ? a.epoch("qtime") : a.epoch("ctime");
        if (submit <= 0) {
            return drop(NO_SUBMIT_TIME);
        }
        long run = a.duration("resources_used.walltime");
        if (run < 0 && end <= 0) {
            return drop(NO_END_TIME);
        }
        if (run < 0) {
            run = end - start;
        }
        long limit = a.duration("Resource_List.walltime");
        boolean ranToLimit = limit > 0 && run >= limit;
        if (limit <= 0) {
            limit = run;
            report.adjust(WALLTIME_MISSING);
        }
        int processors = toInt("processors", sizes.processors);
        JobHistory history = new JobHistory(start >= submit ? start - submit : -1,
                PbsExitStatus.of(a.has("Exit_status"), a.integer("Exit_status", 0), ranToLimit),
                perProcessor(a.duration("resources_used.cput"), processors),
                perProcessor(a.kilobytes("resources_used.mem"), processors),
                sizes.requested > 0 ? toInt("requested processors", sizes.requested) : -1,
                perProcessor(sizes.memoryKb, processors));
        JobLabels l = labels.of(a.text("user"), a.text("group"), a.text("account"), "", a.text("queue"), "",
                a.text("jobname"));
        report.accept();
        return new Job(id, submit, run, limit, processors, toInt("nodes", Math.max(sizes.nodes, 0)),
                toInt("GPUs", Math.max(sizes.gpus, 0)), l, history, -1, -1);
    }

    private Job drop(String reason) {
        report.drop(reason);
        return null;
    }

    private static long perProcessor(long total, int processors) {
        return total < 0 ? -1 : total / processors;
    }

    private static int toInt(String what, long v) {
        if (v > Integer.MAX_VALUE) {
            throw new PbsProblem("job has too many " + what + ": " + v);
        }
        return (int) v;
    }

    /**
     * The size a record gives, each part from the first source that has it: processors from
     * Resource_List.ncpus, select, nodes, then exec_host; nodes from Resource_List.nodect, select,
     * nodes, then exec_host's distinct hosts; GPUs from Resource_List.ngpus, select, then nodes'
     * gpus=; requested memory from Resource_List.mem, then select.
     */
    private static final class Sizes {
        long processors = -1;
        long requested = -1;
        long nodes = -1;
        long gpus = -1;
        long memoryKb;

        Sizes(PbsAttributes a) {
            long ncpus = a.count("Resource_List.ncpus");
            long nodect = a.count("Resource_List.nodect");
            gpus = a.count("Resource_List.ngpus");
            memoryKb = a.kilobytes("Resource_List.mem");
            requested = ncpus > 0 ? ncpus : -1;
            nodes = nodect > 0 ? nodect : -1;
            if (a.has("Resource_List.select")) {
                take(PbsSize.ofSelect("Resource_List.select", a.text("Resource_List.select")));
            }
            if (a.has("Resource_List.nodes")) {
                take(PbsSize.ofNodes("Resource_List.nodes", a.text("Resource_List.nodes")));
            }
            processors = requested;
            if ((processors <= 0 || nodes <= 0) && a.has("exec_host")) {
                PbsSize host = PbsSize.ofExecHost("exec_host", a.text("exec_host"));
                processors = processors > 0 ? processors : host.processors();
                nodes = nodes > 0 ? nodes : host.nodes();
            }
        }

        private void take(PbsSize s) {
            requested = requested > 0 ? requested : s.processors();
            nodes = nodes > 0 ? nodes : s.nodes();
            gpus = gpus >= 0 ? gpus : s.gpus();
            memoryKb = memoryKb >= 0 ? memoryKb : s.memoryKb();
        }
    }
}
