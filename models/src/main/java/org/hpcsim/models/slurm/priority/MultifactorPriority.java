package org.hpcsim.models.slurm.priority;

import java.util.Map;

/**
 * priority/multifactor's job priority (priority_multifactor.c _get_priority_internal):
 * <pre>
 * p = W_age*age + W_assoc*assoc + W_fs*fairshare + W_size*size + W_part*partition + W_qos*qos
 *     + sum(W_tres*tres) + site - nice
 * </pre>
 * summed in that order in double precision; p below 1 becomes 1 (0 is reserved for held jobs),
 * then it is truncated to an integer and capped at 2^32-1, giving slurmctld's uint32 priority.
 *
 * <p>Age = min(now - eligible, PriorityMaxAge) / PriorityMaxAge, 0 before the job is eligible
 * (1 whenever PriorityMaxAge is 0, as in Slurm). Fair-share comes from the {@link CalcPeriodDriver}
 * as of its last pass. Slurm recomputes a pending job's priority at submit and at every calc
 * period only, so a scheduler that wants Slurm's exact ordering calls {@link #priority} at those
 * moments and keeps the value in between. Times are nanoseconds; Slurm counts whole seconds, so
 * ages can differ from Slurm's by under a second's worth.
 */
public final class MultifactorPriority {
    /** Highest priority slurmctld can hold (uint32). */
    public static final long MAX_PRIORITY = 0xFFFF_FFFFL;

    private final MultifactorConfig config;
    private final int clusterNodes;
    private final int clusterCpus;
    private final CalcPeriodDriver fairShare;

    /** A calculator for a cluster of {@code clusterNodes} nodes and {@code clusterCpus} CPUs. */
    public MultifactorPriority(MultifactorConfig config, int clusterNodes, int clusterCpus, CalcPeriodDriver fairShare) {
        if (clusterNodes < 1 || clusterCpus < 1) {
            throw new IllegalArgumentException("cluster needs >= 1 node and CPU, got " + clusterNodes + ", " + clusterCpus);
        }
        this.config = config;
        this.clusterNodes = clusterNodes;
        this.clusterCpus = clusterCpus;
        this.fairShare = fairShare;
    }

    /** The job's unweighted factors at {@code nowNanos}. */
    public PriorityFactors factors(PriorityJob job, long nowNanos) {
        return factors(job, fairShare.fairShareFactor(job.account(), job.user()), nowNanos);
    }

    /**
     * The job's unweighted factors at {@code nowNanos} with a fair-share factor the caller looked up,
     * for a scheduler that resolves associations itself (and gives 0 to jobs that have none).
     */
    public PriorityFactors factors(PriorityJob job, double fs, long nowNanos) {
        double size = JobSizeFactor.of(job.nodes(), job.cpus(), job.timeLimitNanos(), clusterNodes, clusterCpus,
                config.favorSmall(), config.flags().contains(PriorityFlag.SMALL_RELATIVE_TO_TIME));
        return new PriorityFactors(age(job.eligibleNanos(), nowNanos, config.maxAgeNanos()), job.assocFactor(), fs, size,
                job.partitionFactor(), job.qosFactor(), job.tresFactors(), job.nice(), job.site());
    }

    /** The job's priority at {@code nowNanos}, in [1, 2^32-1]. */
    public long priority(PriorityJob job, long nowNanos) {
        return combine(config.weights(), factors(job, nowNanos));
    }

    /** The job's priority at {@code nowNanos} with a fair-share factor the caller looked up, in [1, 2^32-1]. */
    public long priority(PriorityJob job, double fs, long nowNanos) {
        return combine(config.weights(), factors(job, fs, nowNanos));
    }

    /** Age factor: waited time over PriorityMaxAge, capped at 1. */
    public static double age(long eligibleNanos, long nowNanos, long maxAgeNanos) {
        if (maxAgeNanos == 0) {
            return 1.0;
        }
        if (nowNanos <= eligibleNanos) {
            return 0.0;
        }
        long waited = nowNanos - eligibleNanos;
        // A negative difference after now > eligible means the subtraction overflowed: an immense wait.
        return waited < 0 || waited >= maxAgeNanos ? 1.0 : (double) waited / maxAgeNanos;
    }

    /** Weights the factors and rounds as slurmctld does: sum, floor at 1, truncate, cap at 2^32-1. */
    public static long combine(MultifactorWeights w, PriorityFactors f) {
        double tres = 0.0;
        for (Map.Entry<String, Double> weight : w.tres().entrySet()) {
            Double factor = f.tres().get(weight.getKey());
            if (factor != null) {
                tres += factor * weight.getValue();
            }
        }
        double p = f.age() * w.age()
                + f.assoc() * w.assoc()
                + f.fairshare() * w.fairshare()
                + f.jobSize() * w.jobSize()
                + f.partition() * w.partition()
                + f.qos() * w.qos()
                + tres
                + f.site()
                - f.nice();
        if (p < 1) {
            p = 1;
        }
        long truncated = (long) p;
        return Math.min(truncated, MAX_PRIORITY);
    }
}
