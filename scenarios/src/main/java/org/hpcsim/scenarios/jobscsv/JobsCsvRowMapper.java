package org.hpcsim.scenarios.jobscsv;

import java.util.List;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobDependency;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.JobStatus;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.hpcsim.scenarios.trace.LabelCache;
import org.hpcsim.scenarios.trace.ReadReport;

/** Turns one {@code jobs.csv} row into a {@link Job}; the rules are those of {@link JobsCsvReader}. */
final class JobsCsvRowMapper {
    static final String REQUESTED_MISSING = "requested time missing, used run time";

    private final JobsCsvColumns c;
    private final CsvRecords records;
    private final ReadReport report;
    private final LabelCache labels = new LabelCache();
    /** The array the last row asked for ({@code array} column), or null. */
    SbatchArray array;

    JobsCsvRowMapper(JobsCsvColumns columns, CsvRecords records, ReadReport report) {
        this.c = columns;
        this.records = records;
        this.report = report;
    }

    /** The job of the current record. */
    Job map() {
        List<String> f = records.fields();
        if (f.size() != c.count) {
            throw records.error("expected " + c.count + " fields as in the header, found " + f.size());
        }
        JobLinks links = links(f);
        long id;
        String idText = f.get(c.jobId);
        int us = idText.indexOf('_');
        if (us >= 0) {
            // A task a run wrote as sacct shows it: <array job id>_<index>.
            if (array != null) {
                throw records.error("job_id '" + idText + "' is already an array task: it cannot have an array");
            }
            long arrayId = parseLong(idText.substring(0, us), "job_id", 0, ArrayTaskIds.MAX_ARRAY_ID);
            int task = (int) parseLong(idText.substring(us + 1), "job_id's task index", 0, ArrayTaskIds.MAX_INDEX);
            id = ArrayTaskIds.of(arrayId, task);
            links = links.asTask(arrayId, task, 0);
        } else {
            id = array != null ? integer(f, c.jobId, "job_id (of an array)", 0, ArrayTaskIds.MAX_ARRAY_ID)
                    : integer(f, c.jobId, "job_id", Long.MIN_VALUE, ArrayTaskIds.BASE - 1);
        }
        for (JobDependency d : links.dependencies()) {
            if (!d.namesJob()) {
                continue; // singleton
            }
            // job_scheduler.c, _depends_on_same_job: slurmctld refuses such a submission.
            boolean ownTask = array != null && d.jobId() >= ArrayTaskIds.of(id, 0)
                    && d.jobId() <= ArrayTaskIds.of(id, ArrayTaskIds.MAX_INDEX);
            if (d.jobId() == id || ownTask || (links.inArray() && d.jobId() == links.arrayJobId())) {
                throw records.error("dependency " + d + " names the job itself (its own id or array)");
            }
        }
        long submit = seconds(f, c.submit, "submit_s");
        long run = seconds(f, c.run, "run_s");
        int processors = (int) integer(f, c.processors, "processors", 1, Integer.MAX_VALUE);
        long requested = present(f, c.requested) ? seconds(f, c.requested, "requested_s") : -1;
        if (requested < 0) {
            requested = run;
            report.adjust(REQUESTED_MISSING);
        }
        int nodes = present(f, c.nodes) ? (int) integer(f, c.nodes, "nodes", 0, Integer.MAX_VALUE) : 0;
        int gpus = present(f, c.gpus) ? (int) integer(f, c.gpus, "gpus", 0, Integer.MAX_VALUE) : 0;
        JobStatus status = !present(f, c.killed) ? JobStatus.UNKNOWN
                : integer(f, c.killed, "killed", 0, 1) == 1 ? JobStatus.TIMEOUT : JobStatus.COMPLETED;
        long wait = present(f, c.wait) ? seconds(f, c.wait, "wait_s")
                : present(f, c.start) ? Math.max(-1, seconds(f, c.start, "start_s") - submit) : -1;
        JobHistory history = new JobHistory(wait, status, -1, -1, -1, -1);
        report.accept();
        return new Job(id, submit, run, requested, processors, nodes, gpus,
                labels.of(text(f, c.user), text(f, c.group), text(f, c.account), text(f, c.partition),
                        text(f, c.queue), text(f, c.qos), text(f, c.name)),
                history, -1, -1, options(f, links, processors));
    }

    /** The sbatch options the optional columns give, with {@code links}; {@link SubmitOptions#NONE} when none does. */
    private SubmitOptions options(List<String> f, JobLinks links, int processors) {
        String constraint = text(f, c.constraint).trim();
        String gpuType = text(f, c.gpuType).trim();
        int gpusPerNode = present(f, c.gpusPerNode)
                ? (int) integer(f, c.gpusPerNode, "gpus_per_node", 0, Integer.MAX_VALUE) : 0;
        int tasksPerNode = present(f, c.tasksPerNode)
                ? (int) integer(f, c.tasksPerNode, "tasks_per_node", 0, Integer.MAX_VALUE) : 0;
        long memoryMb = present(f, c.memoryMb) ? integer(f, c.memoryMb, "mem_mb", 0, Long.MAX_VALUE) : 0;
        long perCpuMb = 0;
        if (present(f, c.memoryPerCpuMb)) {
            if (present(f, c.memoryMb)) {
                // sbatch(1): --mem, --mem-per-cpu and --mem-per-gpu "are mutually exclusive".
                throw records.error("mem_mb and mem_per_cpu_mb are both given ('" + f.get(c.memoryMb) + "', '"
                        + f.get(c.memoryPerCpuMb) + "'): sbatch takes --mem or --mem-per-cpu, not both; leave one"
                        + " empty");
            }
            perCpuMb = integer(f, c.memoryPerCpuMb, "mem_per_cpu_mb", 0, Long.MAX_VALUE);
        }
        boolean exclusive = present(f, c.exclusive) && integer(f, c.exclusive, "exclusive", 0, 1) == 1;
        int cpusPerTask = present(f, c.cpusPerTask)
                ? (int) integer(f, c.cpusPerTask, "cpus_per_task", 1, Integer.MAX_VALUE) : 0;
        if (processors % Math.max(cpusPerTask, 1) != 0) {
            // sacct's NCPUS is the tasks times --cpus-per-task: processors are whole tasks.
            throw records.error("processors " + processors + " is not a multiple of cpus_per_task " + cpusPerTask
                    + ": processors are the job's CPUs in all, its tasks times --cpus-per-task");
        }
        int cpusPerGpu = present(f, c.cpusPerGpu) ? (int) integer(f, c.cpusPerGpu, "cpus_per_gpu", 1, Integer.MAX_VALUE) : 0;
        if (cpusPerTask > 0 && cpusPerGpu > 0) {
            // sbatch 22.05: "--cpus-per-gpu is mutually exclusive with --cpus-per-task".
            throw records.error("cpus_per_task and cpus_per_gpu are both given ('" + f.get(c.cpusPerTask) + "', '"
                    + f.get(c.cpusPerGpu) + "'): sbatch takes --cpus-per-task or --cpus-per-gpu, not both; leave one"
                    + " empty");
        }
        ResourceOptions resources = constraint.isEmpty() && gpuType.isEmpty() && gpusPerNode == 0 && tasksPerNode == 0
                && memoryMb == 0 && perCpuMb == 0 && !exclusive && cpusPerTask == 0 && cpusPerGpu == 0
                ? ResourceOptions.NONE
                : new ResourceOptions(constraint, gpuType, gpusPerNode, tasksPerNode, memoryMb, perCpuMb, exclusive,
                        cpusPerTask, cpusPerGpu);
        return resources == ResourceOptions.NONE && links == JobLinks.NONE ? SubmitOptions.NONE
                : new SubmitOptions(resources, links);
    }

    /** The row's {@code dependency} links, and its {@code array} in {@link #array}. */
    private JobLinks links(List<String> f) {
        array = null;
        JobLinks links = JobLinks.NONE;
        try {
            if (present(f, c.dependency)) {
                links = SbatchDependency.parse(f.get(c.dependency));
            }
            if (present(f, c.array)) {
                array = SbatchArray.parse(f.get(c.array));
            }
        } catch (IllegalArgumentException e) {
            throw records.error(e.getMessage());
        }
        return links;
    }

    private static boolean present(List<String> f, int column) {
        return column >= 0 && !f.get(column).isEmpty();
    }

    private static String text(List<String> f, int column) {
        return column < 0 ? "" : f.get(column);
    }

    private long seconds(List<String> f, int column, String name) {
        String v = f.get(column);
        long nanos;
        try {
            nanos = DecimalSeconds.parse(v);
        } catch (NumberFormatException e) {
            throw records.error(name + " is not a number of seconds: '" + v + "'");
        } catch (ArithmeticException e) {
            throw records.error(name + " is out of range: '" + v + "'");
        }
        if (nanos < 0) {
            throw records.error(name + " is negative: '" + v + "'");
        }
        return nanos;
    }

    private long integer(List<String> f, int column, String name, long min, long max) {
        return parseLong(f.get(column), name, min, max);
    }

    private long parseLong(String v, String name, long min, long max) {
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw records.error(name + " is not a whole number: '" + v + "'");
        }
        if (n < min || n > max) {
            throw records.error(name + " must be between " + min + " and " + max + ": '" + v + "'");
        }
        return n;
    }
}
