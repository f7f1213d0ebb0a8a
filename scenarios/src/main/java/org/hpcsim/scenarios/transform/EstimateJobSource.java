package org.hpcsim.scenarios.transform;

import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;

/**
 * Replaces requested times by a runtime-estimate model: the runtime itself (exact estimates, the
 * best case for backfilling) or the runtime times an over-estimation factor.
 */
final class EstimateJobSource implements JobSource {
    private final JobSource in;
    private final double factor;

    /** {@code factor} 1 gives exact estimates. */
    EstimateJobSource(JobSource in, double factor) {
        this.in = in;
        this.factor = factor;
    }

    @Override
    public Job next() {
        Job j = in.next();
        if (j == null) {
            return null;
        }
        long requested = factor == 1 ? j.runTime() : Math.round(j.runTime() * factor);
        return j.withTimes(j.submitTime(), j.runTime(), requested);
    }

    @Override
    public void close() {
        in.close();
    }
}
