package org.hpcsim.scenarios.transform;

import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;

/**
 * Multiplies the offered load by a factor by dividing every job's time since the first
 * submission by it: a factor of 2 packs the same jobs into half the time. Runtimes are unchanged.
 */
final class LoadScalingJobSource implements JobSource {
    private final JobSource in;
    private final double factor;
    private long origin = -1;

    LoadScalingJobSource(JobSource in, double factor) {
        this.in = in;
        this.factor = factor;
    }

    @Override
    public Job next() {
        Job j = in.next();
        if (j == null) {
            return null;
        }
        if (origin < 0) {
            origin = j.submitTime();
        }
        long submit = origin + Math.round((j.submitTime() - origin) / factor);
        return j.withTimes(submit, j.runTime(), j.requestedTime());
    }

    @Override
    public void close() {
        in.close();
    }
}
