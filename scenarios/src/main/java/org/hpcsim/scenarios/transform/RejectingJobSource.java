package org.hpcsim.scenarios.transform;

import java.util.function.Function;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.trace.ReadReport;

/** Leaves out the jobs a rule rejects, counting each under the reason the rule gives. */
public final class RejectingJobSource implements JobSource {
    private final JobSource in;
    private final Function<Job, String> rejection;
    private final ReadReport report;

    /** The jobs of {@code in} for which {@code rejection} returns null; the others are dropped with its reason. */
    public RejectingJobSource(JobSource in, Function<Job, String> rejection, ReadReport report) {
        this.in = in;
        this.rejection = rejection;
        this.report = report;
    }

    @Override
    public Job next() {
        for (Job j = in.next(); j != null; j = in.next()) {
            String reason = rejection.apply(j);
            if (reason == null) {
                return j;
            }
            report.drop(reason);
        }
        return null;
    }

    @Override
    public void close() {
        in.close();
    }
}
