package org.hpcsim.scenarios.synthetic;

import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.spec.PoissonSpec;

/**
 * Rigid jobs with Poisson arrivals whose rate makes the offered load (allocated core-seconds
 * submitted per second, over the cluster's cores) equal the target. The mean work per job is
 * estimated from a pilot sample drawn from streams of its own, so pacing never shifts the jobs'
 * own draws. Jobs are generated lazily, one at a time.
 */
public final class PoissonWorkload implements JobSource {
    private static final int PILOT_SAMPLES = 50_000;

    private final PoissonSpec spec;
    private final JobShapeSampler shapes;
    private final RandomStream arrivals;
    private final double meanGapNanos;
    private int produced;
    private double clock;

    /** The workload {@code spec} for {@code cluster}, drawing from {@code streams}. */
    public PoissonWorkload(PoissonSpec spec, HomogeneousCluster cluster, RandomStreams streams) {
        this.spec = spec;
        int maxProcessors = spec.maxProcessors() > 0
                ? (int) Math.min(spec.maxProcessors(), cluster.totalCores())
                : (int) Math.max(1, cluster.totalCores() / 8);
        this.shapes = new JobShapeSampler(spec, maxProcessors, streams, "synthetic");
        this.arrivals = streams.stream("synthetic.arrivals");
        double meanWork = meanAllocatedCoreNanos(
                new JobShapeSampler(spec, maxProcessors, streams, "synthetic.pilot"), cluster);
        this.meanGapNanos = meanWork / (spec.load() * cluster.totalCores());
    }

    private static double meanAllocatedCoreNanos(JobShapeSampler pilot, HomogeneousCluster cluster) {
        double sum = 0;
        for (int i = 0; i < PILOT_SAMPLES; i++) {
            pilot.draw();
            sum += (double) cluster.coresOf(cluster.unitsFor(pilot.processors)) * pilot.runTime;
        }
        return sum / PILOT_SAMPLES;
    }

    /** Mean time between arrivals, in seconds. */
    public double meanInterarrivalSeconds() {
        return meanGapNanos / SimTime.SECOND;
    }

    @Override
    public Job next() {
        if (produced == spec.jobs()) {
            return null;
        }
        if (produced > 0) {
            clock += arrivals.nextExponentialWithMean(meanGapNanos);
        }
        produced++;
        shapes.draw();
        // Submit times fall on whole seconds, as in real traces, so an SWF copy reads back identical.
        long submit = Math.round(clock / SimTime.SECOND) * SimTime.SECOND;
        return Job.rigid(produced, submit, shapes.runTime, shapes.requestedTime, shapes.processors);
    }
}
