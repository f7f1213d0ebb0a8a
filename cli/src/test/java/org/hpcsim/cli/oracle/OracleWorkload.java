package org.hpcsim.cli.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded random workload of sleep jobs that makes a queue form on a small cluster: waves of
 * arrivals in bursts, mostly small jobs with a few wide ones, and time limits far above run
 * times. Each wave's queue drains before the next wave comes, so the sub-second jitter of a real
 * slurmctld (whether a pass runs on the completion or on the next one-second tick) cannot pile up
 * over more than one wave.
 */
public final class OracleWorkload {
    private OracleWorkload() {}

    /**
     * {@code jobs} jobs for a cluster of {@code maxNodes} nodes in {@code waves} waves, one every
     * {@code waveSeconds}, each submitted over about a fifth of that; the same seed gives the same jobs.
     */
    public static List<OracleJob> generate(long seed, int jobs, int maxNodes, int waves, double waveSeconds) {
        return generate(seed, jobs, maxNodes, waves, waveSeconds, waveSeconds / 5);
    }

    /**
     * As above, each wave submitted over about {@code spanSeconds}: the jobs themselves (sizes, sleeps,
     * limits, submissions within a wave) depend on the seed and the span only, so waves can be
     * brought closer without changing what each wave asks for.
     */
    public static List<OracleJob> generate(long seed, int jobs, int maxNodes, int waves, double waveSeconds,
                                           double spanSeconds) {
        SplittableRandom random = new SplittableRandom(seed);
        List<OracleJob> out = new ArrayList<>(jobs);
        int perWave = (jobs + waves - 1) / waves;
        for (int w = 0; w < waves && out.size() < jobs; w++) {
            wave(random, out, Math.min(perWave, jobs - out.size()), maxNodes, w * waveSeconds, spanSeconds);
        }
        return out;
    }

    private static void wave(SplittableRandom random, List<OracleJob> out, int jobs, int maxNodes, double start,
                             double spanSeconds) {
        double t = start;
        int end = out.size() + jobs;
        while (out.size() < end) {
            // A burst of 1 to 6 jobs a few tenths of a second apart (one user's loop of sbatch),
            // then a quiet gap; the mean gap spreads all bursts over about spanSeconds.
            int burst = Math.min(end - out.size(), 1 + random.nextInt(4));
            for (int i = 0; i < burst; i++) {
                int id = out.size() + 1;
                out.add(new OracleJob(id, round(t), nodes(random, maxNodes), 2 + random.nextInt(9),
                        1 + random.nextInt(5)));
                t += 0.1 + 0.2 * random.nextDouble();
            }
            double meanGap = spanSeconds / (jobs / 2.5);
            t += -meanGap * Math.log(1 - random.nextDouble());
        }
    }

    // Skewed to small jobs: about half ask for 1-2 nodes, one in eight for more than half the cluster.
    private static int nodes(SplittableRandom random, int maxNodes) {
        double u = random.nextDouble();
        if (u < 0.5) {
            return 1 + random.nextInt(Math.min(2, maxNodes));
        }
        if (u < 0.875) {
            return Math.min(maxNodes, 3 + random.nextInt(Math.max(1, maxNodes / 2 - 2)));
        }
        return Math.min(maxNodes, maxNodes / 2 + 1 + random.nextInt(Math.max(1, maxNodes - maxNodes / 2)));
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
