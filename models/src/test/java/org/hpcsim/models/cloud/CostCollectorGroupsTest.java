package org.hpcsim.models.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.NodeShares;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/**
 * A cluster of two node groups priced node by node: 2 static On-Demand c5n.18xlarge nodes (nodes
 * 0-1, 36 CPUs, $3.888/h) and 2 dynamic Spot p4d.24xlarge nodes (nodes 2-3, 48 CPUs, $21.96/h at
 * 70% off: $6.588/h). Every figure below is worked out by hand from the timeline in hours:
 * job 1 on both c5n nodes 0-2 h; p4d node 2 powered up at 1 h, ready at 1.25 h, job 2 on it
 * 1.25-3.25 h, powered down at 3.5 h; job 3 on 18 of node 0's 36 CPUs 3-4 h (the window ends at 4 h).
 */
class CostCollectorGroupsTest {
    private static final double EPS = 1e-9;
    private static final long H = SimTime.HOUR;
    private static final double SPOT_P4D = 21.96 * (1 - 0.7);

    private static CostCollector collector() {
        return CostCollector.ofGroups(List.of(
                new NodeGroup("od/c5n", "c5n.18xlarge", 0, 2, 0, 36, Pricing.onDemand(3.888)),
                new NodeGroup("spot/p4d", "p4d.24xlarge", 2, 0, 2, 48, Pricing.spot(21.96, 0.7))), List.of(), null);
    }

    private static Job job(long id, String user, long submit) {
        return new Job(id, submit, H, H, 1, 0, 0, new JobLabels(user, "", user, "", "", "", ""), JobHistory.UNKNOWN,
                -1, -1);
    }

    private static JobOutcome ran(Job job, double fromH, double toH, int[] nodes, int[] cpus) {
        long cores = 0;
        for (int c : cpus) {
            cores += c;
        }
        return new JobOutcome(job, (long) (fromH * H), (long) (toH * H), cores, nodes.length, false, "", 0,
                JobEndState.COMPLETED, new NodeShares(nodes, cpus));
    }

    private static CostReport run(CostCollector c) {
        Job j1 = job(1, "ann", 0);
        Job j2 = job(2, "bob", 0);
        Job j3 = job(3, "ann", 0);
        c.jobSubmitted(j1, 0);
        c.jobSubmitted(j2, 0);
        c.jobSubmitted(j3, 0);
        c.nodePowered(H, 2, true, H + H / 4);
        c.jobFinished(ran(j1, 0, 2, new int[] {0, 1}, new int[] {36, 36}));
        c.jobFinished(ran(j2, 1.25, 3.25, new int[] {2}, new int[] {48}));
        c.nodePowered(3 * H + H / 2, 2, false, 3 * H + H / 2);
        c.jobFinished(ran(j3, 3, 4, new int[] {0}, new int[] {18}));
        return c.report();
    }

    @Test
    void shouldPriceEachGroupItsOwnNodeHoursUpBusyIdleAndBooting() {
        CostReport r = run(collector());
        GroupCost od = r.groups().get(0);
        assertEquals("od/c5n", od.name());
        assertEquals("ondemand", od.capacity());
        assertEquals(8, od.nodeHours(), EPS);          // 2 nodes x 4 h
        assertEquals(4.5, od.busyNodeHours(), EPS);    // 2 x 2 h + 0.5 x 1 h
        assertEquals(3.5, od.idleNodeHours(), EPS);
        assertEquals(0, od.bootingNodeHours(), EPS);
        assertEquals(8 * 3.888, od.cost(), EPS);
        assertEquals(4.5 * 3.888, od.busy(), EPS);
        GroupCost spot = r.groups().get(1);
        assertEquals("spot", spot.capacity());
        assertEquals(SPOT_P4D, spot.perNodeHour(), EPS);
        assertEquals(2.5, spot.nodeHours(), EPS);      // up 1 h to 3.5 h
        assertEquals(2, spot.busyNodeHours(), EPS);
        assertEquals(0.25, spot.bootingNodeHours(), EPS);
        assertEquals(0.25, spot.idleNodeHours(), EPS); // 3.25 h to 3.5 h
        assertEquals(2.5 * SPOT_P4D, spot.cost(), EPS);
        assertEquals(0.25 * SPOT_P4D, spot.booting(), EPS);
    }

    @Test
    void shouldSumTheGroupsIntoTheTotalsAndSplitSpotFromOnDemand() {
        CostReport r = run(collector());
        double total = 8 * 3.888 + 2.5 * SPOT_P4D;
        assertEquals(10.5, r.nodeHours(), EPS);
        assertEquals(6.5, r.busyNodeHours(), EPS);
        assertEquals(total, r.total(), EPS);
        assertEquals(total / 10.5, r.perNodeHour(), EPS);
        assertEquals((8 * 3.888 + 2.5 * 21.96) / 10.5, r.onDemandPerNodeHour(), EPS);
        assertEquals(2.5, r.spotNodeHours(), EPS);
        assertEquals(2.5 * SPOT_P4D, r.spotCost(), EPS);
        assertEquals(8, r.onDemandNodeHours(), EPS);
        assertEquals(8 * 3.888, r.onDemandCost(), EPS);
        assertEquals(0.25, r.bootingNodeHours(), EPS);
        assertEquals(3.5 * 3.888 + 0.25 * SPOT_P4D, r.idle(), EPS);
    }

    @Test
    void shouldPriceEachJobAtTheNodesItHeld() {
        CostCollector c = collector();
        CostReport r = run(c);
        Job j = job(9, "x", 0);
        assertEquals(2 * 2 * 3.888, c.costOf(ran(j, 0, 2, new int[] {0, 1}, new int[] {36, 36})), EPS);
        assertEquals(2 * SPOT_P4D, c.costOf(ran(j, 1.25, 3.25, new int[] {2}, new int[] {48})), EPS);
        assertEquals(0.5 * 3.888, c.costOf(ran(j, 3, 4, new int[] {0}, new int[] {18})), EPS);
        // ann ran jobs 1 and 3 on the c5n nodes, bob job 2 on the p4d node: each at those nodes' price.
        assertEquals("ann", r.byUser().get(0).name());
        assertEquals(4.5 * 3.888, r.byUser().get(0).cost(), EPS);
        assertEquals(4.5, r.byUser().get(0).nodeHours(), EPS);
        assertEquals("bob", r.byUser().get(1).name());
        assertEquals(2 * SPOT_P4D, r.byUser().get(1).cost(), EPS);
    }

    @Test
    void shouldRefuseOverlappingGroupsAndAJobThatDoesNotSayItsNodes() {
        assertThrows(IllegalArgumentException.class, () -> CostCollector.ofGroups(List.of(
                new NodeGroup("a", "c5n.18xlarge", 0, 2, 0, 36, Pricing.onDemand(1)),
                new NodeGroup("b", "c5n.18xlarge", 1, 2, 0, 36, Pricing.onDemand(1))), List.of(), null));
        CostCollector c = collector();
        Job j = job(1, "a", 0);
        assertThrows(IllegalStateException.class, () -> c.costOf(new JobOutcome(j, 0, H, 36, 1, false)));
    }
}
