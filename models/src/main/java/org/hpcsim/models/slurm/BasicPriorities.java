package org.hpcsim.models.slurm;

/**
 * priority/basic: first in, first out. Slurm gives each new job a priority one below the previous
 * job's, so the queue is in submission order; the same holds here.
 */
final class BasicPriorities implements JobPriorities {
    // priority_basic.c (22.05) counts down from a large start value; any start that never reaches 0 serves.
    private static final long FIRST = 1L << 40;

    @Override
    public void submitted(SlurmJob job, long now) {
        java.util.Arrays.fill(job.priority, FIRST - job.seq);
    }

    @Override
    public boolean recalculate(Iterable<SlurmJob> pending, long now) {
        return false;
    }

    @Override
    public long calcPeriod() {
        return 0;
    }
}
