package org.hpcsim.scenarios.transform;

import java.util.function.UnaryOperator;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;

/** Passes each job of a source through a function (estimate models, load scaling). */
public final class MappedJobSource implements JobSource {
    private final JobSource in;
    private final UnaryOperator<Job> change;

    /** The jobs of {@code in}, each changed by {@code change}. */
    public MappedJobSource(JobSource in, UnaryOperator<Job> change) {
        this.in = in;
        this.change = change;
    }

    @Override
    public Job next() {
        Job j = in.next();
        return j == null ? null : change.apply(j);
    }

    @Override
    public void close() {
        in.close();
    }
}
