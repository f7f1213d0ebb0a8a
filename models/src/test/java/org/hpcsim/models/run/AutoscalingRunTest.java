package org.hpcsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.CostCollector;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.cloud.Pricing;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.scheduling.EasyBackfillPolicy;
import org.hpcsim.models.scheduling.FcfsPolicy;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** Dynamic nodes boot on demand and power down when idle; every figure here is worked by hand. */
class AutoscalingRunTest {
    private static final double EPS = 1e-9;
    private static final long BOOT_S = 270;
    private static final long IDLE_S = 600;

    private static HomogeneousCluster cluster(int staticNodes, int dynamicNodes) {
        return new HomogeneousCluster(staticNodes, dynamicNodes, 4, 0, AllocationUnit.NODE, SimTime.seconds(BOOT_S),
                SimTime.seconds(IDLE_S));
    }

    private static Job job(long id, long submitS, int nodes, long runS) {
        return Job.rigid(id, SimTime.seconds(submitS), SimTime.seconds(runS), SimTime.seconds(runS), 4 * nodes);
    }

    /** Records outcomes and every nodes-up change as {time s, up}. */
    private static final class Recorder implements RunObserver {
        final List<JobOutcome> outcomes = new ArrayList<>();
        final List<List<Long>> up = new ArrayList<>();

        @Override
        public void nodesUp(long now, int n) {
            up.add(List.of(now / SimTime.SECOND, (long) n));
        }

        @Override
        public void jobFinished(JobOutcome o) {
            outcomes.add(o);
        }
    }

    private static Recorder run(HomogeneousCluster cluster, List<Job> jobs, RunObserver... more) {
        Recorder r = new Recorder();
        List<RunObserver> all = new ArrayList<>(List.of(more));
        all.add(0, r);
        new ClusterRun(cluster, new FcfsPolicy(), new ListJobSource(jobs), true, RunObservers.of(all)).run();
        return r;
    }

    private static void assertRan(JobOutcome o, long startS, long endS) {
        assertEquals(SimTime.seconds(startS), o.startTime(), "start of job " + o.job().id());
        assertEquals(SimTime.seconds(endS), o.endTime(), "end of job " + o.job().id());
    }

    @Test
    void shouldStartAJobOnAnEmptyClusterAfterTheBootTime() {
        // No static nodes: the job boots a dynamic node at 0, starts at 270 and runs 1000 s.
        Recorder r = run(cluster(0, 2), List.of(job(1, 0, 1, 1000)));
        assertRan(r.outcomes.get(0), 270, 1270);
        assertEquals(List.of(List.of(0L, 0L), List.of(0L, 1L)), r.up);
    }

    @Test
    void shouldStartAtOnceOnAnIdleStaticNodeBeforeBootingADynamicOne() {
        // 1 static + 1 dynamic: J1 (1 node) takes the static node at 0 with no boot.
        Recorder r = run(cluster(1, 1), List.of(job(1, 0, 1, 100)));
        assertRan(r.outcomes.get(0), 0, 100);
        assertEquals(List.of(List.of(0L, 1L)), r.up);
    }

    @Test
    void shouldReuseTheBootedNodeWithoutASecondBootWhenTheNextJobArrivesWithinTheIdleTime() {
        // J1 boots a node: 270..1270. J2 arrives at 1500, 230 s into the node's idle time (< 600),
        // and starts at once on it: 1500..1600. Nodes up: 0, then 1, never another boot.
        Recorder r = run(cluster(0, 2), List.of(job(1, 0, 1, 1000), job(2, 1500, 1, 100)));
        assertRan(r.outcomes.get(0), 270, 1270);
        assertRan(r.outcomes.get(1), 1500, 1600);
        assertEquals(List.of(List.of(0L, 0L), List.of(0L, 1L)), r.up);
    }

    @Test
    void shouldPowerDownAnIdleDynamicNodeAfterTheScaledownIdleTimeAndBootAgainLater() {
        // J1: 270..1270; the node idles from 1270 and powers down at 1270 + 600 = 1870.
        // J2 arrives at 3000, boots a node again: 3270..3370.
        // Time series in 1000 s steps from 0: nodes up 1 on [0,1000); 1 on [1000,1870) = 0.87;
        // 0 on [2000,3000); 1 on [3000,3370) (last step, 370 s).
        HomogeneousCluster c = cluster(0, 2);
        List<TimeSeriesPoint> points = new ArrayList<>();
        CostCollector cost = new CostCollector(c, Pricing.onDemand(2));
        Recorder r = run(c, List.of(job(1, 0, 1, 1000), job(2, 3000, 1, 100)), cost,
                new TimeSeriesCollector(SimTime.seconds(1000), c, points::add));
        assertRan(r.outcomes.get(0), 270, 1270);
        assertRan(r.outcomes.get(1), 3270, 3370);
        assertEquals(List.of(List.of(0L, 0L), List.of(0L, 1L), List.of(1870L, 0L), List.of(3000L, 1L)), r.up);
        assertEquals(4, points.size());
        assertEquals(1.0, points.get(0).nodesUp(), EPS);
        assertEquals(0.87, points.get(1).nodesUp(), EPS);
        assertEquals(0.0, points.get(2).nodesUp(), EPS);
        assertEquals(1.0, points.get(3).nodesUp(), EPS);
        assertEquals(370, points.get(3).step(), EPS);
        // Up 0..1870 and 3000..3370: 2240 node-seconds at $2 per node-hour = $1.244444...
        // Busy (job runs) 1000 + 100 = 1100 node-seconds = $0.611111...; booting 2 x 270 = 540 s
        // (0..270, 3000..3270) = $0.3; idle the rest, 600 s (1270..1870) = $0.333333...
        CostReport report = cost.report();
        assertEquals(2240.0 / 3600, report.nodeHours(), EPS);
        assertEquals(1100.0 / 3600, report.busyNodeHours(), EPS);
        assertEquals(540.0 / 3600, report.bootingNodeHours(), EPS);
        assertEquals(600.0 / 3600, report.idleNodeHours(), EPS);
        assertEquals(2240.0 / 1800, report.total(), EPS);
        assertEquals(1100.0 / 1800, report.busy(), EPS);
        assertEquals(0.3, report.booting(), EPS);
        assertEquals(600.0 / 1800, report.idle(), EPS);
    }

    @Test
    void shouldPriceASmallMixedClusterByHand() {
        // 1 static + 1 dynamic node, $2 per node-hour. J1 needs both: the static one is idle, the
        // dynamic one boots, so J1 runs 270..3870. Both nodes are up 0..3870: 7740 node-s = 2.15
        // node-hours = $4.30; busy 2 x 3600 s = 2 node-hours = $4; the dynamic node boots 270 s =
        // 0.075 node-hours = $0.15; the static node waits for it, idle, 0.075 = $0.15.
        HomogeneousCluster c = cluster(1, 1);
        CostCollector cost = new CostCollector(c, Pricing.onDemand(2));
        Recorder r = run(c, List.of(job(1, 0, 2, 3600)), cost);
        assertRan(r.outcomes.get(0), 270, 3870);
        CostReport report = cost.report();
        assertEquals(2.15, report.nodeHours(), EPS);
        assertEquals(2.0, report.busyNodeHours(), EPS);
        assertEquals(4.30, report.total(), EPS);
        assertEquals(4.0, report.busy(), EPS);
        assertEquals(0.075, report.bootingNodeHours(), EPS);
        assertEquals(0.15, report.booting(), EPS);
        assertEquals(0.15, report.idle(), EPS);
    }

    @Test
    void shouldTakeTheMostRecentlyIdledDynamicNodeSoTheOldestPowersDownOnTime() {
        // 0 static + 2 dynamic. J1 and J2 each boot a node at 0: J1 270..370, J2 270..1270.
        // J1's node idles from 370 (powers down at 970), J2's from 1270 (would power down at 1870).
        // J3 arrives at 1300 and takes J2's node (most recent): 1300..1400; J1's powers down at 970.
        // J3's node idles again from 1400 and powers down at 2000, but the workload is over at
        // 1400, so no more changes are recorded.
        Recorder r = run(cluster(0, 2), List.of(job(1, 0, 1, 100), job(2, 0, 1, 1000), job(3, 1300, 1, 100)));
        assertRan(r.outcomes.get(0), 270, 370);
        assertRan(r.outcomes.get(1), 270, 1270);
        assertRan(r.outcomes.get(2), 1300, 1400);
        assertEquals(List.of(List.of(0L, 0L), List.of(0L, 1L), List.of(0L, 2L), List.of(970L, 1L)), r.up);
    }

    @Test
    void shouldKeepTheNodesHeldWhileBootingSoALaterJobWaits() {
        // 0 static + 1 dynamic under EASY: J1 boots the node at 0 and runs 270..370. J2 arrives at
        // 10; the node is held (booting), so J2 waits and starts at 370 on the warm node: 370..470.
        Recorder r = new Recorder();
        new ClusterRun(cluster(0, 1), new EasyBackfillPolicy(), new ListJobSource(
                List.of(job(1, 0, 1, 100), job(2, 10, 1, 100))), true, r).run();
        assertRan(r.outcomes.get(0), 270, 370);
        assertRan(r.outcomes.get(1), 370, 470);
    }

    @Test
    void shouldGiveTheSameOutcomesOnEveryRun() {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            jobs.add(job(i + 1, i * 97L % 5000 + i * 40L, 1 + i % 3, 50 + i * 31L % 900));
        }
        jobs.sort((a, b) -> Long.compare(a.submitTime(), b.submitTime()));
        Recorder a = run(cluster(1, 3), jobs);
        Recorder b = run(cluster(1, 3), jobs);
        assertEquals(a.outcomes, b.outcomes);
        assertEquals(a.up, b.up);
    }
}
