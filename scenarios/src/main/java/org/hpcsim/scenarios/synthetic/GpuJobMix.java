package org.hpcsim.scenarios.synthetic;

import java.util.List;

/**
 * What deep-learning training jobs ask for and how long they run: the probability of each GPU
 * count 1, 2, 4, ..., 64 and a log-normal runtime, capped.
 *
 * @param probabilities      probabilities of 1, 2, 4, 8, 16, 32 and 64 GPUs, in that order, summing to 1
 * @param logMedianSeconds   mean of ln(runtime in seconds), the log of the median runtime
 * @param logSigma           standard deviation of ln(runtime in seconds)
 * @param maxRuntimeSeconds  longest runtime; longer draws are cut to it
 */
public record GpuJobMix(List<Double> probabilities, double logMedianSeconds, double logSigma,
                        long maxRuntimeSeconds) {

    /** The GPU counts the probabilities are for. */
    public static final List<Integer> GPU_COUNTS = List.of(1, 2, 4, 8, 16, 32, 64);

    /**
     * Microsoft Philly (Jeon et al., "Analysis of Large-Scale Multi-Tenant GPU Clusters for DNN
     * Training Workloads", USENIX ATC 2019). The paper gives no table of GPU counts: its figures
     * (Fig. 2, runtimes, and those after it) group jobs only as 1, 2-4, 5-8 and >8 GPUs. So both
     * the counts and the runtime fit are computed here from the public trace the paper released
     * (msr-fiddle/philly-traces), in the job-level extract (submit time, duration, GPUs per job)
     * that the Pollux simulator ships as petuum/adaptdl simulator/traces/philly.csv: 82,247 jobs
     * submitted 2017-09-04 to 2017-12-22. The numbers below are counts from that file, not
     * readings off a plotted CDF.
     *
     * <p>GPU counts, jobs of 82,247: 1: 76,627; 2: 1,818; 4: 1,870; 8: 1,643; 16: 199; 32: 67;
     * 64: 6; and 7 x 12, 7 x 24, 3 x 128, which are rounded up to the next power of two here
     * (12 to 16, 24 to 32) and 128 down to 64, the largest count this mix has. That gives
     * 93.17%, 2.21%, 2.27%, 2.00%, 0.25%, 0.09%, 0.01%.
     *
     * <p>Runtime: a log-normal fitted by least squares to the extract's duration quantiles at 5,
     * 10, 25, 50, 75, 90, 95 and 99%: median e^6.888 = 980 s, sigma 2.198. Trace vs fit in
     * seconds: p10 61 vs 59, p25 115 vs 222, p50 1,144 vs 980, p75 2,932 vs 4,317, p90 11,266 vs
     * 16,399, p95 43,648 vs 36,448, p99 254,884 vs 163,058; mean 13,136 vs 10,983. The trace's
     * many one-minute failures make its body steeper than any log-normal; a Weibull fitted the
     * same way was worse in both tails. The Philly runtimes that Weng et al. plot against Alibaba
     * PAI (MLaaS in the Wild, NSDI 2022, Fig. 4; alibaba/clusterdata philly_runtime.csv, 83,154
     * jobs) agree: median 1,186 s, p25 131 s, p75 3,342 s, p99 287,333 s. Runtimes are capped at
     * the extract's longest, 4,628,226 s (53.6 days). GPU count and runtime are drawn
     * independently, although the paper's Fig. 2 shows the size groups' runtimes differ.
     *
     * <p>Alibaba PAI's mix is not offered: Weng et al. publish GPU requests per task in percent of
     * a GPU (Fig. 5's bars from "&lt; 25% GPU" to "&gt; 1 GPU", Fig. 6's CDF up to 600%), which do
     * not give gangs of whole GPUs without the trace's task tables, and those were not at hand.
     */
    public static final GpuJobMix PHILLY = new GpuJobMix(
            List.of(0.9317, 0.0221, 0.0227, 0.0200, 0.0025, 0.0009, 0.0001), 6.888, 2.198, 4_628_226);

    /** Rejects a mix that is not a distribution over the seven counts or a runtime that cannot be drawn. */
    public GpuJobMix {
        probabilities = List.copyOf(probabilities);
        if (probabilities.size() != GPU_COUNTS.size()) {
            throw new IllegalArgumentException("need probabilities for 1, 2, 4, ..., 64 GPUs, got "
                    + probabilities.size());
        }
        double sum = 0;
        for (double p : probabilities) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("not a probability: " + p);
            }
            sum += p;
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("GPU count probabilities sum to " + sum + ", not 1");
        }
        if (!Double.isFinite(logMedianSeconds) || !(logSigma >= 0 && Double.isFinite(logSigma))) {
            throw new IllegalArgumentException("log-normal runtime needs a finite mean and sigma >= 0");
        }
        if (maxRuntimeSeconds < 1) {
            throw new IllegalArgumentException("maximum runtime must be at least a second: " + maxRuntimeSeconds);
        }
    }
}
