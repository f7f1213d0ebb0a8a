package org.hpcsim.cli.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded random workload of sleep jobs that makes a queue form on a small cluster: arrivals in
 * bursts, mostly small jobs with a few wide ones, and time limits far above run times.
 */
public final class OracleWorkload {
    private OracleWorkload() {}

    /**
     * {@code jobs} jobs for a cluster of {@code maxNodes} nodes, submitted over about
     * {@code spanSeconds}; the same seed gives the same jobs.
     */
    public static List<OracleJob> generate(long seed, int jobs, int maxNodes, double spanSeconds) {
        SplittableRandom random = new SplittableRandom(seed);
        List<OracleJob> out = new ArrayList<>(jobs);
        double t = 0;
        while (out.size() < jobs) {
            // A burst of 1 to 6 jobs a few tenths of a second apart (one user's loop of sbatch),
            // then a quiet gap; the mean gap spreads all bursts over about spanSeconds.
            int burst = Math.min(jobs - out.size(), 1 + random.nextInt(6));
            for (int i = 0; i < burst; i++) {
                int id = out.size() + 1;
                out.add(new OracleJob(id, round(t), nodes(random, maxNodes), 2 + random.nextInt(14),
                        1 + random.nextInt(5)));
                t += 0.1 + 0.2 * random.nextDouble();
            }
            double meanGap = spanSeconds / (jobs / 3.5);
            t += -meanGap * Math.log(1 - random.nextDouble());
        }
        return out;
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
