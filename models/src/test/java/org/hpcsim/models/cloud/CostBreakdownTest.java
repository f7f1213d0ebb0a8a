package org.hpcsim.models.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.run.ClusterRun;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.scheduling.FcfsPolicy;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** Node-hours by state (busy, booting, idle), Spot against On-Demand, price series and storage, priced by hand. */
class CostBreakdownTest {
    private static final double EPS = 1e-9;

    private static Job job(long id, long submitS, int processors, long runS, String user) {
        return new Job(id, SimTime.seconds(submitS), SimTime.seconds(runS), SimTime.seconds(runS), processors, 0, 0,
                new JobLabels(user, "", "acct", "", "", "", ""), JobHistory.UNKNOWN, -1, -1);
    }

    private static HomogeneousCluster dynamic(int staticNodes, int dynamicNodes) {
        return new HomogeneousCluster(staticNodes, dynamicNodes, 4, 0, AllocationUnit.NODE, SimTime.seconds(270),
                SimTime.seconds(600));
    }

    private static CostReport run(HomogeneousCluster cluster, CostCollector cost, LaunchModel launches, Job... jobs) {
        new ClusterRun(cluster, new FcfsPolicy(), new ListJobSource(List.of(jobs)), false, false, cost, null, null,
                launches).run();
        return cost.report();
    }

    private static PriceSeries series(long[] seconds, double[] prices) {
        long[] t = new long[seconds.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = SimTime.seconds(seconds[i]);
        }
        return new PriceSeries(t, prices, "prices.csv");
    }

    @Test
    void shouldBillADynamicNodesBootAsBootingNotIdle() {
        // One dynamic node at $3.60 per node-hour. J1 (1 node, 3600 s) at 0 boots it: 0..270
        // booting, 270..3870 running. Up 3870 s = 1.075 node-hours = $3.87: booting 0.075 ($0.27),
        // busy 1 ($3.60), idle 0.
        CostReport r = run(dynamic(0, 1), new CostCollector(dynamic(0, 1), Pricing.onDemand(3.6)),
                LaunchModel.UNLIMITED, job(1, 0, 4, 3600, "u"));
        assertEquals(1.075, r.nodeHours(), EPS);
        assertEquals(0.075, r.bootingNodeHours(), EPS);
        assertEquals(0.27, r.booting(), EPS);
        assertEquals(1.0, r.busyNodeHours(), EPS);
        assertEquals(3.6, r.busy(), EPS);
        assertEquals(0, r.idleNodeHours(), EPS);
        assertEquals(0, r.idle(), EPS);
        assertEquals(3.87, r.total(), EPS);
        assertEquals(r.total(), r.onDemandCost(), EPS);
        assertEquals(0, r.spotNodeHours(), 0);
    }

    @Test
    void shouldCountANodeWaitingForALaunchSlotAsDownAndItsHeldPartnerAsIdle() {
        // One launch at a time. J1 (2 nodes, 3600 s) at 0: node A boots 0..270, node B waits
        // (down, unpaid) and boots 270..540; J1 runs 540..4140. Up: A 4140 s, B 3870 s = 8010 s.
        // Booting 540 s; busy 2 x 3600 = 7200 s; idle 270 s (A up, held, waiting for B).
        HomogeneousCluster c = dynamic(0, 2);
        CostReport r = run(c, new CostCollector(c, Pricing.onDemand(3.6)), new LaunchModel(0, 0, 1),
                job(1, 0, 8, 3600, "u"));
        assertEquals(8010.0 / 3600, r.nodeHours(), EPS);
        assertEquals(540.0 / 3600, r.bootingNodeHours(), EPS);
        assertEquals(2.0, r.busyNodeHours(), EPS);
        assertEquals(270.0 / 3600, r.idleNodeHours(), EPS);
        assertEquals(8.01, r.total(), EPS);
        assertEquals(0.54, r.booting(), EPS);
        assertEquals(0.27, r.idle(), EPS);
    }

    @Test
    void shouldSplitAHalfSpotFleetExactly() {
        // 4 static nodes, 2 Spot at 75% off $4 ($1) and 2 On-Demand at $4: $2.50 per node-hour on
        // average. J1 (1 node, 2 h) at 0: the window is 2 h, 8 node-hours up: Spot 4 ($4),
        // On-Demand 4 ($16), $20 in all; busy 2 node-hours at the average, $5.
        HomogeneousCluster c = new HomogeneousCluster(4, 4, AllocationUnit.NODE);
        CostReport r = run(c, new CostCollector(c, Pricing.mixed(4, 0.75, 0.5)), LaunchModel.UNLIMITED,
                job(1, 0, 4, 7200, "u"));
        assertEquals(8.0, r.nodeHours(), EPS);
        assertEquals(4.0, r.spotNodeHours(), EPS);
        assertEquals(4.0, r.spotCost(), EPS);
        assertEquals(4.0, r.onDemandNodeHours(), EPS);
        assertEquals(16.0, r.onDemandCost(), EPS);
        assertEquals(20.0, r.total(), EPS);
        assertEquals(2.5, r.perNodeHour(), EPS);
        assertEquals(5.0, r.busy(), EPS);
        assertEquals(15.0, r.idle(), EPS);
        assertTrue(r.mixedFleet());
    }

    @Test
    void shouldIntegrateATwoStepSpotPriceSeriesOverTheWindow() {
        // 2 static Spot nodes at $1 per node-hour from 0 and $3 from 3600 s. J1 (1 node) runs
        // 0..7200 s. Up: 2 nodes x ($1 + $3) = $8 over 4 node-hours ($2 on average); J1: $1 + $3 =
        // $4; idle $4.
        HomogeneousCluster c = new HomogeneousCluster(2, 4, AllocationUnit.NODE);
        CostCollector cost = new CostCollector(c, Pricing.spotSeries(3.888,
                series(new long[] {0, 3600}, new double[] {1, 3}), 1));
        CostReport r = run(c, cost, LaunchModel.UNLIMITED, job(1, 0, 4, 7200, "alice"));
        assertEquals(4.0, r.nodeHours(), EPS);
        assertEquals(8.0, r.total(), EPS);
        assertEquals(2.0, r.perNodeHour(), EPS);
        assertEquals(4.0, r.busy(), EPS);
        assertEquals(4.0, r.idle(), EPS);
        assertEquals(8.0, r.spotCost(), EPS);
        assertEquals(4.0, r.spotNodeHours(), EPS);
        assertEquals(4.0, r.byUser().get(0).cost(), EPS);
        // A job from 1800 to 5400 s on half a node: half x ($0.5 + $1.5) = $1.
        Job half = job(2, 1800, 2, 3600, "bob");
        assertEquals(1.0, cost.costOf(new JobOutcome(half, SimTime.seconds(1800), SimTime.seconds(5400), 2, 2, false)),
                EPS);
    }

    @Test
    void shouldPriceTheOnDemandPartOfAMixedFleetApartFromTheSeries() {
        // 2 static nodes, 1 Spot at the series ($1 then $3 from 3600 s), 1 On-Demand at $4. A 2 h
        // window: Spot $4 over 2 node-hours, On-Demand $8 over 2; $12 in all.
        HomogeneousCluster c = new HomogeneousCluster(2, 4, AllocationUnit.NODE);
        CostReport r = run(c, new CostCollector(c, Pricing.spotSeries(4, series(new long[] {0, 3600},
                new double[] {1, 3}), 0.5)), LaunchModel.UNLIMITED, job(1, 0, 4, 7200, "u"));
        assertEquals(4.0, r.spotCost(), EPS);
        assertEquals(8.0, r.onDemandCost(), EPS);
        assertEquals(12.0, r.total(), EPS);
        // J1 at the fleet's average: 0.5 x ($1 + $3) + 0.5 x $8 = $6.
        assertEquals(6.0, r.busy(), EPS);
    }

    @Test
    void shouldPayForStorageOverTheAccountingWindow() {
        // 1 node at $2; J1 0..7200 s: a 2 h window. 730 GiB at $0.10 per GiB-month, a month being
        // 730 h: 730 x 0.10 x 2 / 730 = $0.20, on top of the nodes' $4.
        HomogeneousCluster c = new HomogeneousCluster(1, 4, AllocationUnit.NODE);
        CostReport r = run(c, new CostCollector(c, Pricing.onDemand(2),
                List.of(new StorageVolume("scratch", "fsx-lustre", 730, 0.10))), LaunchModel.UNLIMITED,
                job(1, 0, 4, 7200, "u"));
        assertEquals(0.20, r.storageCost(), EPS);
        assertEquals(4.20, r.total(), EPS);
        assertEquals(4.0, r.computeCost(), EPS);
        assertEquals(List.of(new StorageCost("scratch", "fsx-lustre", 730, 0.10, 2.0, r.storageCost())), r.storage());
    }

    @Test
    void shouldClipAReplacementBootAtTheEndOfTheWindowAndCountLostWorkAsWaste() {
        // 2 static nodes at $3.60. A Spot replacement boots from 1000 s for 270 s, but the last job
        // ends at 1100: 100 s of it are paid, as booting ($0.10). Up 2 x 1100 s; busy 1 x 1100 s.
        HomogeneousCluster c = new HomogeneousCluster(2, 4, AllocationUnit.NODE);
        CostCollector cost = new CostCollector(c, Pricing.onDemand(3.6));
        Job j = job(1, 0, 4, 1100, "u");
        cost.nodesUp(0, 2);
        cost.jobSubmitted(j, 0);
        cost.nodesBooting(SimTime.seconds(1000), 1, SimTime.seconds(1270));
        cost.jobFinished(new JobOutcome(j, 0, SimTime.seconds(1100), 4, 1, false));
        CostReport r = cost.report(0.25);
        assertEquals(100.0 / 3600, r.bootingNodeHours(), EPS);
        assertEquals(0.10, r.booting(), EPS);
        assertEquals(1000.0 / 3600, r.idleNodeHours(), EPS);
        assertEquals(1.0, r.idle(), EPS);
        assertEquals(0.9, r.lost(), EPS);
        assertEquals(1.9, r.wasted(), EPS);
    }

    @Test
    void shouldReadAStepFunctionFromAPriceSeries() {
        PriceSeries s = series(new long[] {100, 200}, new double[] {2, 4});
        assertEquals(2, s.at(SimTime.seconds(50)), 0, "before the first step: the first price");
        assertEquals(2, s.at(SimTime.seconds(100)), 0);
        assertEquals(4, s.at(SimTime.seconds(200)), 0);
        assertEquals(4, s.at(SimTime.seconds(1_000_000)), 0, "the last price holds");
        // 150..250 s: 50 s at $2 and 50 s at $4 = $300 / 3600 per node.
        assertEquals(300.0 / 3600, s.cost(SimTime.seconds(150), SimTime.seconds(250)), EPS);
        assertEquals(0, s.cost(SimTime.seconds(250), SimTime.seconds(250)), 0);
        assertThrows(IllegalArgumentException.class, () -> series(new long[] {200, 100}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> series(new long[] {0}, new double[] {-1}));
    }
}
