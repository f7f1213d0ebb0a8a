package org.hpcsim.models.run;

import java.util.function.Consumer;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.Pricing;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.Job;

/**
 * Turns a run into a time series of fixed steps: at every change of busy cores, GPUs, nodes,
 * queued and running jobs it closes the steps that have passed and hands each one, averaged
 * over its length, to a sink, with the nodes powered up. Memory stays constant however long the run; the first step starts
 * at the first submission.
 *
 * <p>With core allocation jobs are packed onto nodes, so busy nodes are estimated as
 * ceil(busy cores / cores per node); with whole nodes they are exact.
 *
 * <p>Under a Spot price series each step carries what its nodes up cost per hour: the nodes up
 * integrated against the series, so a price change within a step counts for its part of the step.
 * With a constant price the rate is nodes up x price, left to the writers (the step's rate is NaN).
 */
public final class TimeSeriesCollector implements RunObserver {
    private final long step;
    private final HomogeneousCluster cluster;
    private final Consumer<TimeSeriesPoint> sink;
    private final Pricing pricing; // null: no cost rate

    private long stepStart = -1;
    private long last;
    // Levels now, and their integrals (level x ns) since the step started.
    private double cores;
    private double gpus;
    private double nodes;
    private double queued;
    private double running;
    private double up;
    private final double[] area = new double[6];
    private double dollars; // what the nodes up cost since the step started, under a price series

    /** Steps of {@code step} nanoseconds on {@code cluster}, each handed to {@code sink}, without a cost rate. */
    public TimeSeriesCollector(long step, HomogeneousCluster cluster, Consumer<TimeSeriesPoint> sink) {
        this(step, cluster, null, sink);
    }

    /**
     * Steps of {@code step} nanoseconds on {@code cluster}, each handed to {@code sink}, its nodes
     * up priced at {@code pricing} (null: no cost rate).
     */
    public TimeSeriesCollector(long step, HomogeneousCluster cluster, Pricing pricing, Consumer<TimeSeriesPoint> sink) {
        if (step <= 0) {
            throw new IllegalArgumentException("time series step must be positive");
        }
        this.step = step;
        this.cluster = cluster;
        this.sink = sink;
        this.pricing = pricing;
        this.up = cluster.staticNodes();
    }

    @Override
    public void jobSubmitted(Job job, long now) {
        if (stepStart < 0) {
            stepStart = now;
            last = now;
        }
    }

    @Override
    public void jobStarted(Job job, long now, long allocatedCores) {
        advance(now);
        cores += allocatedCores;
        gpus += job.gpus();
        running++;
        updateNodes();
    }

    @Override
    public void jobFinished(JobOutcome o) {
        runEnded(o);
    }

    /** A requeued run releases its cores as an end does; the job starts again later. */
    @Override
    public void jobRequeued(JobOutcome run) {
        runEnded(run);
    }

    private void runEnded(JobOutcome o) {
        advance(o.endTime());
        cores -= o.allocatedCores();
        gpus -= o.job().gpus();
        running--;
        updateNodes();
    }

    @Override
    public void nodesUp(long now, int nodesUp) {
        if (stepStart >= 0) {
            advance(now);
        }
        up = nodesUp;
    }

    @Override
    public void passFinished(long now, int queueLength) {
        advance(now);
        queued = queueLength;
    }

    @Override
    public void runFinished(long now) {
        advance(now);
        if (now > stepStart && stepStart >= 0) {
            emit(now - stepStart);
        }
    }

    private void updateNodes() {
        nodes = cluster.unit() == AllocationUnit.NODE ? cores / cluster.coresPerNode()
                : Math.ceil(cores / cluster.coresPerNode());
    }

    // Integrates the current levels up to now, closing every step that ends on the way.
    private void advance(long now) {
        while (now >= stepStart + step) {
            long end = stepStart + step;
            accumulate(last, end);
            last = end;
            emit(step);
            stepStart = end;
        }
        accumulate(last, now);
        last = now;
    }

    private void accumulate(long from, long to) {
        long dt = to - from;
        if (pricing != null && !pricing.constant()) {
            dollars += up * pricing.nodeCost(from, to);
        }
        area[0] += cores * dt;
        area[1] += gpus * dt;
        area[2] += nodes * dt;
        area[3] += queued * dt;
        area[4] += running * dt;
        area[5] += up * dt;
    }

    private void emit(long length) {
        double d = length;
        double nodesUp = area[5] / d;
        // A constant price leaves the rate to the writers (nodes up x price), as before price series.
        double rate = pricing == null || pricing.constant() ? Double.NaN : dollars / (d / SimTime.HOUR);
        sink.accept(new TimeSeriesPoint(SimTime.toSeconds(stepStart), SimTime.toSeconds(length), area[0] / d,
                area[1] / d, area[2] / d, area[3] / d, area[4] / d, nodesUp, rate));
        java.util.Arrays.fill(area, 0);
        dollars = 0;
    }
}
