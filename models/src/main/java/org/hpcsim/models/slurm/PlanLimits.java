package org.hpcsim.models.slurm;

import org.hpcsim.core.SimTime;

/**
 * The time limits backfill plans a job with (backfill.c, _attempt_backfill and
 * _set_backfill_timelimits): the job's limit in its partition, a year for a job without one in a
 * partition without MaxTime, and one minute for the node-space test of a NoReserve job while
 * preemption is on.
 */
final class PlanLimits {
    /** The time limit backfill.c tests a NoReserve job with while preemption is on: one minute. */
    static final long NO_RESERVE_TEST_LIMIT = SimTime.MINUTE;
    /** backfill.c plans a job without a time limit in a partition without MaxTime for YEAR_MINUTES. */
    private static final long UNLIMITED_PLAN = SimTime.seconds(365L * 24 * 3600);

    private final SlurmCluster cluster;

    PlanLimits(SlurmCluster cluster) {
        this.cluster = cluster;
    }

    /** The time limit {@code job} is planned with in partition {@code p}. */
    long plan(SlurmJob job, int p) {
        long limit = cluster.partitions.get(p).timeLimitFor(job.request.timeLimit());
        return limit == Long.MAX_VALUE ? UNLIMITED_PLAN : limit;
    }

    /** The time limit {@code job}'s plan tests the node space with in partition {@code p}. */
    long test(SlurmJob job, int p) {
        long limit = plan(job, p);
        return testsForOneMinute(job) ? Math.min(limit, NO_RESERVE_TEST_LIMIT) : limit;
    }

    /** Whether {@code job}'s QOS has the NoReserve flag. */
    boolean noReserve(SlurmJob job) {
        return job.qos >= 0 && cluster.config.qos().qos().get(job.qos).flags().noReserve();
    }

    /** backfill.c: a NoReserve job is tested with a one-minute limit when PreemptMode is not OFF. */
    boolean testsForOneMinute(SlurmJob job) {
        return noReserve(job) && cluster.config.preemption().enabled();
    }
}
