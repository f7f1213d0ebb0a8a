package org.hpcsim.cli.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The oracle's preemption configuration: partitions {@code low} and {@code high} over all nodes,
 * {@code high} of the higher PriorityTier, and preempt/partition_prio requeueing what it preempts;
 * waves in which jobs of {@code low} fill the cluster and jobs of {@code high} come a little later,
 * so they preempt, and the requeued jobs run again 121 s or more after.
 */
public final class PreemptionWorkload {
    /** Jobs of {@code low} at the start of each wave, submitted over about {@link #LOW_SPAN} seconds. */
    private static final int LOW_JOBS = 7;
    private static final double LOW_SPAN = 6;
    /** Jobs of {@code high} in each wave, from {@link #HIGH_AFTER} to {@link #HIGH_AFTER} + {@link #HIGH_SPAN} s into it. */
    private static final int HIGH_JOBS = 3;
    private static final double HIGH_AFTER = 15;
    private static final double HIGH_SPAN = 10;

    private PreemptionWorkload() {}

    /** The slurm.conf lines of the configuration, besides the generated default partition. */
    public static List<String> confLines() {
        // slurm.conf(5): preempt/partition_prio preempts jobs of lower-PriorityTier partitions;
        // PreemptMode=REQUEUE requeues them (JobRequeue defaults to 1, so batch jobs may be).
        return List.of("PreemptType=preempt/partition_prio", "PreemptMode=REQUEUE",
                "PartitionName=low Nodes=ALL PriorityTier=1 MaxTime=INFINITE State=UP",
                "PartitionName=high Nodes=ALL PriorityTier=2 MaxTime=INFINITE State=UP");
    }

    /**
     * {@code waves} waves, one every {@code waveSeconds}, for a cluster of {@code nodes} nodes (at
     * least 6): in each, {@value #LOW_JOBS} jobs of {@code low} (1 to a third of the nodes, sleeping
     * 30 to 60 s, limit 5 min) and then {@value #HIGH_JOBS} of {@code high} (2 to half the nodes,
     * sleeping 10 to 25 s, limit 2 min). The same seed gives the same jobs.
     */
    public static List<OracleJob> generate(long seed, int nodes, int waves, double waveSeconds) {
        if (nodes < 6) {
            throw new IllegalArgumentException("the preemption workload needs at least 6 nodes");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<OracleJob> out = new ArrayList<>();
        for (int w = 0; w < waves; w++) {
            double start = w * waveSeconds;
            for (int i = 0; i < LOW_JOBS; i++) {
                out.add(new OracleJob(out.size() + 1, round(start + LOW_SPAN * random.nextDouble()),
                        1 + random.nextInt(nodes / 3), 30 + random.nextInt(31), 5, "low"));
            }
            for (int i = 0; i < HIGH_JOBS; i++) {
                out.add(new OracleJob(out.size() + 1, round(start + HIGH_AFTER + HIGH_SPAN * random.nextDouble()),
                        2 + random.nextInt(nodes / 2 - 1), 10 + random.nextInt(16), 2, "high"));
            }
        }
        return out;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
