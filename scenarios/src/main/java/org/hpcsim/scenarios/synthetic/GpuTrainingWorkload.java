package org.hpcsim.scenarios.synthetic;

import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobSource;

/**
 * Deep-learning training jobs as seen in public GPU cluster traces: GPU counts 1 to 64 in powers
 * of two and log-normal runtimes from a {@link GpuJobMix} (by default {@link GpuJobMix#PHILLY}),
 * arriving as a Poisson process with the given mean gap, the first at time 0.
 *
 * <p>Each job asks for its GPUs and {@code cpusPerGpu} cores per GPU as processors, with no node
 * count, so the cluster decides the placement. Its requested time is the runtime times a request
 * factor, rounded up to whole seconds; the factor is 1 by default because the Philly trace records
 * no time limits (its jobs ran until they ended, failed or were killed), so any estimate error is
 * left to estimate models applied on top.
 *
 * <p>Not modelled: the dependence of runtime on GPU count, the daily and weekly cycles of
 * submissions, users and their virtual clusters, retries after failure, fractional GPU sharing
 * and GPU types. Labels are {@code JobLabels.NONE} and history {@code JobHistory.UNKNOWN}.
 *
 * <p>GPU counts, runtimes and arrivals each draw from their own named stream ({@code gpu.sizes},
 * {@code gpu.runtimes}, {@code gpu.arrivals}). Jobs are generated lazily, one at a time.
 */
public final class GpuTrainingWorkload implements JobSource {
    private final int jobs;
    private final double meanGapSeconds;
    private final int cpusPerGpu;
    private final double requestFactor;
    private final GpuJobMix mix;
    private final double[] probabilities;
    private final double[] cumulative;
    private final RandomStream sizes;
    private final RandomStream runtimes;
    private final RandomStream arrivals;
    private int produced;
    private double clockSeconds;

    /** {@code jobs} Philly-like jobs, one every {@code meanInterarrivalSeconds} on average, requesting their runtime. */
    public GpuTrainingWorkload(int jobs, double meanInterarrivalSeconds, int cpusPerGpu, RandomStreams streams) {
        this(jobs, meanInterarrivalSeconds, cpusPerGpu, 1.0, GpuJobMix.PHILLY, streams);
    }

    /** {@code jobs} jobs of {@code mix}, each requesting {@code requestFactor} (at least 1) times its runtime. */
    public GpuTrainingWorkload(int jobs, double meanInterarrivalSeconds, int cpusPerGpu, double requestFactor,
                               GpuJobMix mix, RandomStreams streams) {
        if (jobs < 0) {
            throw new IllegalArgumentException("job count must not be negative: " + jobs);
        }
        if (!(meanInterarrivalSeconds > 0 && Double.isFinite(meanInterarrivalSeconds))) {
            throw new IllegalArgumentException("mean interarrival must be positive: " + meanInterarrivalSeconds);
        }
        if (cpusPerGpu < 1 || (long) cpusPerGpu * GpuJobMix.GPU_COUNTS.get(GpuJobMix.GPU_COUNTS.size() - 1)
                > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("CPUs per GPU out of range: " + cpusPerGpu);
        }
        if (!(requestFactor >= 1 && Double.isFinite(requestFactor))) {
            throw new IllegalArgumentException("request factor must be at least 1: " + requestFactor);
        }
        this.jobs = jobs;
        this.meanGapSeconds = meanInterarrivalSeconds;
        this.cpusPerGpu = cpusPerGpu;
        this.requestFactor = requestFactor;
        this.mix = mix;
        this.probabilities = mix.probabilities().stream().mapToDouble(Double::doubleValue).toArray();
        this.cumulative = new double[probabilities.length];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += probabilities[i];
            cumulative[i] = sum;
        }
        this.sizes = streams.stream("gpu.sizes");
        this.runtimes = streams.stream("gpu.runtimes");
        this.arrivals = streams.stream("gpu.arrivals");
    }

    @Override
    public Job next() {
        if (produced == jobs) {
            return null;
        }
        if (produced > 0) {
            clockSeconds += arrivals.nextExponentialWithMean(meanGapSeconds);
        }
        produced++;
        int gpus = drawGpus();
        long runSeconds = drawRuntimeSeconds();
        // Whole seconds, so an SWF copy reads back identical; rounding keeps the order.
        long submit = SimTime.seconds(Math.round(clockSeconds));
        long requestSeconds = (long) Math.ceil(runSeconds * requestFactor);
        return new Job(produced, submit, SimTime.seconds(runSeconds), SimTime.seconds(requestSeconds),
                gpus * cpusPerGpu, 0, gpus, JobLabels.NONE, JobHistory.UNKNOWN, -1, -1);
    }

    private int drawGpus() {
        double u = sizes.nextDouble();
        int last = 0;
        for (int i = 0; i < cumulative.length; i++) {
            if (probabilities[i] > 0) {
                last = i;
                if (u < cumulative[i]) {
                    return GpuJobMix.GPU_COUNTS.get(i);
                }
            }
        }
        // Only a sum a rounding error below 1 leaves u above every bound.
        return GpuJobMix.GPU_COUNTS.get(last);
    }

    private long drawRuntimeSeconds() {
        // Box-Muller, cosine half; StrictMath for the same bits on every JVM.
        double z = StrictMath.sqrt(-2 * StrictMath.log(runtimes.nextOpenDouble()))
                * StrictMath.cos(2 * Math.PI * runtimes.nextDouble());
        double seconds = StrictMath.exp(mix.logMedianSeconds() + mix.logSigma() * z);
        return Math.max(1, Math.min(mix.maxRuntimeSeconds(), Math.round(seconds)));
    }
}
