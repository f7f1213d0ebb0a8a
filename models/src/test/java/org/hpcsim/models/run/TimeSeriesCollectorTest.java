package org.hpcsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.PriceSeries;
import org.hpcsim.models.cloud.Pricing;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.scheduling.FcfsPolicy;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

class TimeSeriesCollectorTest {
    private static final double EPS = 1e-9;

    @Test
    void shouldAverageEachLevelOverFixedStepsFromTheFirstSubmission() {
        // 2 nodes x 4 cores x 2 GPUs, whole nodes, FCFS, 100 s steps, first job at t = 50 s.
        //   J1: 1 node, 1 GPU, runs 50..150.  J2: 2 nodes, submitted 60, waits for J1, runs 150..260.
        // Step [50,150): cores 4 all along; nodes 1; GPUs 1; queued 1 on [60,150) = 0.9; running 1.
        // Step [150,250): cores 8, nodes 2, GPUs 0, queued 0, running 1.
        // Step [250,260) (last, 10 s): same levels as before J2 ends at 260.
        HomogeneousCluster cluster = new HomogeneousCluster(2, 4, 2, AllocationUnit.NODE);
        List<TimeSeriesPoint> points = new ArrayList<>();
        List<Job> jobs = List.of(
                new Job(1, SimTime.seconds(50), SimTime.seconds(100), SimTime.seconds(100), 2, 0, 1, JobLabels.NONE,
                        JobHistory.UNKNOWN, -1, -1),
                new Job(2, SimTime.seconds(60), SimTime.seconds(110), SimTime.seconds(110), 8, 0, 0, JobLabels.NONE,
                        JobHistory.UNKNOWN, -1, -1));
        new ClusterRun(cluster, new FcfsPolicy(), new ListJobSource(jobs), true,
                new TimeSeriesCollector(SimTime.seconds(100), cluster, points::add)).run();
        assertEquals(3, points.size());
        assertEquals(new TimeSeriesPoint(50, 100, 4, 1, 1, 0.9, 1), round(points.get(0)));
        assertEquals(new TimeSeriesPoint(150, 100, 8, 0, 2, 0, 1), round(points.get(1)));
        assertEquals(new TimeSeriesPoint(250, 10, 8, 0, 2, 0, 1), round(points.get(2)));
    }

    @Test
    void shouldEstimateBusyNodesFromCoresWithCoreAllocation() {
        HomogeneousCluster cluster = new HomogeneousCluster(4, 4, AllocationUnit.CORE);
        List<TimeSeriesPoint> points = new ArrayList<>();
        new ClusterRun(cluster, new FcfsPolicy(), new ListJobSource(List.of(Job.rigid(1, 0, SimTime.seconds(10),
                SimTime.seconds(10), 5))), true, new TimeSeriesCollector(SimTime.seconds(10), cluster, points::add)).run();
        assertEquals(1, points.size());
        assertEquals(5, points.get(0).busyCores(), EPS);
        assertEquals(2, points.get(0).busyNodes(), EPS); // 5 cores packed onto 4-core nodes fill 2
    }

    @Test
    void shouldFollowASpotPriceSeriesInTheCostRate() {
        // 1 Spot node at $1 per node-hour from 0 and $3 from 150 s; J1 runs 0..300 s; 100 s steps.
        // [0,100): $1 per hour; [100,200): half at $1, half at $3 = $2; [200,300): $3.
        HomogeneousCluster cluster = new HomogeneousCluster(1, 4, AllocationUnit.NODE);
        PriceSeries prices = new PriceSeries(new long[] {0, SimTime.seconds(150)}, new double[] {1, 3}, "p.csv");
        List<TimeSeriesPoint> points = new ArrayList<>();
        new ClusterRun(cluster, new FcfsPolicy(), new ListJobSource(List.of(Job.rigid(1, 0, SimTime.seconds(300),
                SimTime.seconds(300), 4))), true, new TimeSeriesCollector(SimTime.seconds(100), cluster,
                Pricing.spotSeries(3.888, prices, 1), points::add)).run();
        assertEquals(3, points.size());
        assertEquals(1, points.get(0).costPerHour(), EPS);
        assertEquals(2, points.get(1).costPerHour(), EPS);
        assertEquals(3, points.get(2).costPerHour(), EPS);
        // A constant price leaves the rate to the writers.
        List<TimeSeriesPoint> flat = new ArrayList<>();
        new ClusterRun(cluster, new FcfsPolicy(), new ListJobSource(List.of(Job.rigid(1, 0, SimTime.seconds(300),
                SimTime.seconds(300), 4))), true, new TimeSeriesCollector(SimTime.seconds(100), cluster,
                Pricing.onDemand(2), flat::add)).run();
        assertTrue(Double.isNaN(flat.get(0).costPerHour()));
    }

    @Test
    void shouldEmitNothingForAnEmptyRun() {
        HomogeneousCluster cluster = new HomogeneousCluster(1, 1, AllocationUnit.CORE);
        List<TimeSeriesPoint> points = new ArrayList<>();
        new ClusterRun(cluster, new FcfsPolicy(), new ListJobSource(List.of()), true,
                new TimeSeriesCollector(SimTime.SECOND, cluster, points::add)).run();
        assertEquals(List.of(), points);
    }

    private static TimeSeriesPoint round(TimeSeriesPoint p) {
        return new TimeSeriesPoint(r(p.time()), r(p.step()), r(p.busyCores()), r(p.busyGpus()), r(p.busyNodes()),
                r(p.queuedJobs()), r(p.runningJobs()));
    }

    private static double r(double v) {
        return Math.round(v * 1e9) / 1e9;
    }
}
