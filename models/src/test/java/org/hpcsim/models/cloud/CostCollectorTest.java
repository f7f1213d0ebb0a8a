package org.hpcsim.models.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.run.ClusterRun;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.NodeShares;
import org.hpcsim.models.scheduling.FcfsPolicy;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** What a static cluster costs, on runs small enough to price by hand. */
class CostCollectorTest {
    private static final double EPS = 1e-9;

    private static Job job(long id, long submitS, int processors, long runS, String user, String account) {
        return new Job(id, SimTime.seconds(submitS), SimTime.seconds(runS), SimTime.seconds(runS), processors, 0, 0,
                new JobLabels(user, "", account, "", "", "", ""), JobHistory.UNKNOWN, -1, -1);
    }

    private static CostReport run(HomogeneousCluster cluster, Pricing pricing, List<Job> jobs) {
        CostCollector cost = new CostCollector(cluster, pricing);
        new ClusterRun(cluster, new FcfsPolicy(), new ListJobSource(jobs), false, cost).run();
        return cost.report();
    }

    /** Feeds one finished job straight to {@code c}, as a run would: submitted, then finished. */
    private static void finish(CostCollector c, Job j, long startS, long endS, long cores) {
        c.jobSubmitted(j, j.submitTime());
        c.jobFinished(new JobOutcome(j, SimTime.seconds(startS), SimTime.seconds(endS), cores, (int) cores, false));
    }

    @Test
    void shouldPriceUpBusyAndIdleNodeHoursOfAHandCheckedRun() {
        // 2 nodes x 4 cores, core allocation, $2 per node-hour.
        //   J1 4 cores, 0..3600 s: 4/4 of a node for 1 h = 1 node-hour, $2
        //   J2 2 cores, submitted at 1800, starts at once on the 4 free cores, 1800..5400:
        //      2/4 of a node for 1 h = 0.5 node-hours, $1
        // The cluster is up from the first submit (0) to the last end (5400): 2 x 1.5 = 3 node-hours;
        // busy 1.5, idle 1.5; total $6, busy $3, idle $3.
        CostReport r = run(new HomogeneousCluster(2, 4, AllocationUnit.CORE), Pricing.onDemand(2), List.of(
                job(1, 0, 4, 3600, "bob", "physics"),
                job(2, 1800, 2, 3600, "alice", "physics")));
        assertEquals("USD", r.currency());
        assertEquals(2.0, r.perNodeHour(), EPS);
        assertEquals(2.0, r.onDemandPerNodeHour(), EPS);
        assertFalse(r.spot());
        assertEquals(3.0, r.nodeHours(), EPS);
        assertEquals(1.5, r.busyNodeHours(), EPS);
        assertEquals(1.5, r.idleNodeHours(), EPS);
        assertEquals(6.0, r.total(), EPS);
        assertEquals(3.0, r.busy(), EPS);
        assertEquals(3.0, r.idle(), EPS);
        assertEquals(List.of(new CostShare("bob", 1, 1.0, 2.0), new CostShare("alice", 1, 0.5, 1.0)), r.byUser());
        assertEquals(List.of(new CostShare("physics", 2, 1.5, 3.0)), r.byAccount());
    }

    @Test
    void shouldSumPerUserAndAccountAndSortByCostThenName() {
        // 1 node x 4 cores at $4 per node-hour, one hour-long job after another:
        //   carol 2 cores + 2 cores = 1 node-hour ($4); bob 4 cores = 1 node-hour ($4), a tie that
        //   bob wins by name; alice 1 core = 0.25 node-hours ($1).
        HomogeneousCluster cluster = new HomogeneousCluster(1, 4, AllocationUnit.CORE);
        CostCollector c = new CostCollector(cluster, Pricing.onDemand(4));
        finish(c, job(1, 0, 2, 3600, "carol", "x"), 0, 3600, 2);
        finish(c, job(2, 0, 4, 3600, "bob", "y"), 3600, 7200, 4);
        finish(c, job(3, 0, 2, 3600, "carol", "x"), 7200, 10_800, 2);
        finish(c, job(4, 0, 1, 3600, "alice", "x"), 10_800, 14_400, 1);
        CostReport r = c.report();
        assertEquals(List.of("bob", "carol", "alice"), r.byUser().stream().map(CostShare::name).toList());
        assertEquals(new CostShare("carol", 2, 1.0, 4.0), r.byUser().get(1));
        assertEquals(List.of(new CostShare("x", 3, 1.25, 5.0), new CostShare("y", 1, 1.0, 4.0)), r.byAccount());
        // 4 hours of one node: 4 node-hours ($16), of which 2.25 busy ($9) and 1.75 idle ($7).
        assertEquals(16.0, r.total(), EPS);
        assertEquals(9.0, r.busy(), EPS);
        assertEquals(7.0, r.idle(), EPS);
        assertEquals(r.busy(), r.byUser().stream().mapToDouble(CostShare::cost).sum(), EPS, "users add up to busy");
        assertEquals(r.busy(), r.byAccount().stream().mapToDouble(CostShare::cost).sum(), EPS);
    }

    @Test
    void shouldPriceSpotAtItsDiscountOffOnDemand() {
        Pricing spot = Pricing.spot(3.888, 0.65);
        assertEquals(1.3608, spot.perNodeHour(), 1e-12);
        assertEquals(3.888, spot.onDemandPerHour(), 0);
        assertTrue(spot.spot());
        // One c5n.18xlarge-sized node (36 cores) held for two hours by one job.
        CostReport r = run(new HomogeneousCluster(1, 36, AllocationUnit.CORE), spot,
                List.of(job(1, 0, 36, 7200, "u", "a")));
        assertEquals(2 * 1.3608, r.total(), 1e-12);
        assertEquals(0.0, r.idle(), 1e-12);
        assertEquals(3.888, r.onDemandPerNodeHour(), 0);
        assertTrue(r.spot());
    }

    @Test
    void shouldRefuseADiscountOfAllOrMoreAndNegativePrices() {
        assertThrows(IllegalArgumentException.class, () -> Pricing.spot(3.888, 1));
        assertThrows(IllegalArgumentException.class, () -> Pricing.spot(3.888, -0.1));
        assertThrows(IllegalArgumentException.class, () -> Pricing.onDemand(-1));
        assertEquals(3.888, Pricing.spot(3.888, 0).perNodeHour(), 0, "no discount is the On-Demand price");
    }

    @Test
    void shouldChargeEveryCoreOfAWholeNode() {
        // Whole-node allocation: a 1-processor job holds all 4 cores of its node, so a full node-hour.
        HomogeneousCluster cluster = new HomogeneousCluster(2, 4, AllocationUnit.NODE);
        CostReport r = run(cluster, Pricing.onDemand(3), List.of(job(1, 0, 1, 3600, "u", "a")));
        assertEquals(1.0, r.busyNodeHours(), EPS);
        assertEquals(3.0, r.busy(), EPS);
        assertEquals(2.0, r.nodeHours(), EPS, "both nodes up for the hour");
        assertEquals(3.0, r.idle(), EPS);
        CostCollector c = new CostCollector(cluster, Pricing.onDemand(3));
        Job j = job(2, 0, 5, 1800, "u", "a");
        JobOutcome twoNodes = new JobOutcome(j, 0, SimTime.seconds(1800), 8, 2, false);
        assertEquals(1.0, c.nodeHours(twoNodes), EPS, "5 processors take 2 whole nodes for half an hour");
        assertEquals(3.0, c.costOf(twoNodes), EPS);
    }

    @Test
    void shouldChargeAKilledJobForTheTimeItRan() {
        // Asks for 600 s, would run 3600 s, is stopped at 600 s: 1/6 of an hour of one node.
        Job j = new Job(1, 0, SimTime.seconds(3600), SimTime.seconds(600), 4, 0, 0, JobLabels.NONE,
                JobHistory.UNKNOWN, -1, -1);
        HomogeneousCluster cluster = new HomogeneousCluster(1, 4, AllocationUnit.CORE);
        CostCollector c = new CostCollector(cluster, Pricing.onDemand(6));
        new ClusterRun(cluster, new FcfsPolicy(), new ListJobSource(List.of(j)), true, c).run();
        CostReport r = c.report();
        assertEquals(1.0, r.total(), EPS);
        assertEquals(1.0, r.busy(), EPS);
        assertEquals(List.of(new CostShare("", 1, 1.0 / 6, 1.0)), r.byUser(), "an unknown user is the empty name");
    }

    @Test
    void shouldCostNothingWithoutJobs() {
        CostReport r = new CostCollector(new HomogeneousCluster(4, 4, AllocationUnit.CORE), Pricing.onDemand(5))
                .report();
        assertEquals(0.0, r.total(), 0);
        assertEquals(0.0, r.nodeHours(), 0);
        assertTrue(r.byUser().isEmpty() && r.byAccount().isEmpty());
    }

    @Test
    void shouldPriceTheOnDemandAndSpotPartsOfAFleetThatPowersUpAndDownNodeByNode() {
        // 4 one-core nodes, On-Demand $4/h, Spot 75% off ($1/h): nodes 0-1 On-Demand (node 0
        // static), nodes 2-3 Spot and dynamic. From 0 to 3600 s node 0 alone is up; at 3600 s the
        // two Spot nodes power up, ready at once. Node-hours: On-Demand 2, Spot 2: $8 + $2 = $10,
        // an average of $2.50 a node-hour. The job J (1 core of node 0, 0..7200 s) holds 2 of the
        // On-Demand node-hours: $8 at its node's price (not the fleet's average).
        CostCollector c = CostCollector.ofGroups(List.of(
                new NodeGroup("ondemand", "x", 0, 1, 1, 1, Pricing.onDemand(4)),
                new NodeGroup("spot", "x", 2, 0, 2, 1, Pricing.spot(4, 0.75))), List.of(), null);
        Job j = job(1, 0, 1, 7200, "u", "a");
        c.jobSubmitted(j, 0);
        c.nodePowered(SimTime.seconds(3600), 2, true, SimTime.seconds(3600));
        c.nodePowered(SimTime.seconds(3600), 3, true, SimTime.seconds(3600));
        c.jobFinished(new JobOutcome(j, 0, SimTime.seconds(7200), 1, 1, false, "", 0, JobEndState.COMPLETED,
                new NodeShares(new int[] {0}, new int[] {1})));
        CostReport r = c.report();
        assertEquals(4, r.nodeHours(), EPS);
        assertEquals(2, r.spotNodeHours(), EPS);
        assertEquals(2, r.onDemandNodeHours(), EPS);
        assertEquals(2, r.spotCost(), EPS);
        assertEquals(8, r.onDemandCost(), EPS);
        assertEquals(10, r.total(), EPS);
        assertEquals(2.5, r.perNodeHour(), EPS);
        assertEquals(8, r.busy(), EPS);
        assertEquals(2, r.idle(), EPS); // the Spot nodes, up and unused
    }

    @Test
    void shouldPayTheHeadNodeOnDemandOverTheWholeWindow() {
        // 1 node at $2/h, one job 0..7200 s: 2 node-hours, $4; a c5n.xlarge head node ($0.216/h) for
        // the 2-hour window: $0.432. Total $4.432, of which compute $4.
        CostCollector c = new CostCollector(new HomogeneousCluster(1, 1, AllocationUnit.NODE), Pricing.onDemand(2),
                List.of(), InstanceCatalog.find("c5n.xlarge").orElseThrow());
        finish(c, job(1, 0, 1, 7200, "u", "a"), 0, 7200, 1);
        CostReport r = c.report();
        assertEquals("c5n.xlarge", r.headNode());
        assertEquals(0.432, r.headNodeCost(), EPS);
        assertEquals(4.432, r.total(), EPS);
        assertEquals(4, r.computeCost(), EPS);
    }
}
