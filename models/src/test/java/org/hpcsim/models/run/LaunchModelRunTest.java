package org.hpcsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.CostCollector;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.models.cloud.Pricing;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.scheduling.ConservativeBackfillPolicy;
import org.hpcsim.models.scheduling.EasyBackfillPolicy;
import org.hpcsim.models.scheduling.FcfsPolicy;
import org.hpcsim.models.scheduling.SchedulingPolicy;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/**
 * Launches of dynamic nodes that fail for lack of capacity, and a cap on nodes booting at once;
 * every timeline here is worked by hand (boot 270 s, idle time 600 s unless said).
 */
class LaunchModelRunTest {
    private static final double EPS = 1e-9;
    private static final long DOWN_S = 600;

    private static HomogeneousCluster cluster(int staticNodes, int dynamicNodes, long idleS) {
        return new HomogeneousCluster(staticNodes, dynamicNodes, 4, 0, AllocationUnit.NODE, SimTime.seconds(270),
                SimTime.seconds(idleS));
    }

    private static HomogeneousCluster cluster(int staticNodes, int dynamicNodes) {
        return cluster(staticNodes, dynamicNodes, 600);
    }

    private static Job job(long id, long submitS, int nodes, long runS) {
        return Job.rigid(id, SimTime.seconds(submitS), SimTime.seconds(runS), SimTime.seconds(runS), 4 * nodes);
    }

    private static LaunchModel errors(double probability) {
        return new LaunchModel(probability, SimTime.seconds(DOWN_S), 0);
    }

    private static LaunchModel cap(int maxLaunches) {
        return new LaunchModel(0, SimTime.seconds(DOWN_S), maxLaunches);
    }

    /**
     * The first seed whose stream of launch errors, at probability {@code p}, draws the given
     * outcomes in order (true: the launch fails), so a test can say which launches fail.
     */
    private static long seedDrawing(double p, boolean... fails) {
        for (long seed = 1; ; seed++) {
            RandomStream r = new RandomStreams(seed).stream(LaunchModel.STREAM);
            boolean match = true;
            for (boolean f : fails) {
                match &= (r.nextDouble() < p) == f;
            }
            if (match) {
                return seed;
            }
        }
    }

    /** Records outcomes, every nodes-up change as {time s, up}, and the run's counters. */
    private static final class Recorder implements RunObserver {
        final List<JobOutcome> outcomes = new ArrayList<>();
        final List<List<Long>> up = new ArrayList<>();
        RunStats stats;

        @Override
        public void nodesUp(long now, int n) {
            up.add(List.of(now / SimTime.SECOND, (long) n));
        }

        @Override
        public void jobFinished(JobOutcome o) {
            outcomes.add(o);
        }

        JobOutcome of(long id) {
            return outcomes.stream().filter(o -> o.job().id() == id).findFirst().orElseThrow();
        }
    }

    private static Recorder run(HomogeneousCluster cluster, SchedulingPolicy policy, List<Job> jobs, long seed,
                                LaunchModel model, RunObserver... more) {
        Recorder r = new Recorder();
        List<RunObserver> all = new ArrayList<>(List.of(more));
        all.add(0, r);
        r.stats = new ClusterRun(cluster, policy, new ListJobSource(jobs), true, false, RunObservers.of(all), null,
                new RandomStreams(seed), model).run();
        return r;
    }

    private static void assertRan(JobOutcome o, long startS, long endS) {
        assertEquals(SimTime.seconds(startS), o.startTime(), "start of job " + o.job().id());
        assertEquals(SimTime.seconds(endS), o.endTime(), "end of job " + o.job().id());
    }

    @Test
    void shouldSendTheJobBackAndBootItOnceTheComputeResourceIsUpAgainWhenItsFirstLaunchFails() {
        // No static nodes. J1's launch at 0 fails: J1 goes back to the queue, both dynamic nodes
        // leave the capacity until 600; then its launch succeeds and it runs 600 + 270 = 870..1870.
        // Its wait (870 s) counts from its submission. No node was up before 600.
        long seed = seedDrawing(0.5, true, false);
        Recorder r = run(cluster(0, 2), new FcfsPolicy(), List.of(job(1, 0, 1, 1000)), seed, errors(0.5));
        assertEquals(1, r.outcomes.size());
        assertRan(r.of(1), 870, 1870);
        assertEquals(List.of(List.of(0L, 0L), List.of(600L, 1L)), r.up);
        assertEquals(new LaunchStats(1, 1, 0, 0), r.stats.launches());
    }

    @Test
    void shouldKeepUpNodesRunningJobsWhileTheComputeResourceIsDown() {
        // 1 static + 2 dynamic under EASY. J1 (2 nodes) at 0 needs a boot; the launch fails, so it
        // holds nothing and the 2 dynamic nodes leave the capacity until 600: 1 node is left. J1
        // cannot fit even when every running job ends, so it gets no reservation, and J2 (1 node,
        // at 10) runs on the static node at once: 10..110. At 600 J1 takes the static node and
        // boots one: 870..970. Nodes up: the static one, then 2 from 600.
        long seed = seedDrawing(0.5, true, false);
        Recorder r = run(cluster(1, 2), new EasyBackfillPolicy(), List.of(job(1, 0, 2, 100), job(2, 10, 1, 100)),
                seed, errors(0.5));
        assertRan(r.of(2), 10, 110);
        assertRan(r.of(1), 870, 970);
        assertEquals(List.of(List.of(0L, 1L), List.of(600L, 2L)), r.up);
        assertEquals(new LaunchStats(1, 1, 0, 0), r.stats.launches());
    }

    @Test
    void shouldSendBackWithoutADrawAJobGivenPoweredDownNodesWhileTheResourceIsDown() {
        // J1 and J2 (1 node each) arrive at 0. J1's launch fails (draw 1); in the same pass J2 is
        // given a powered-down node of the now down resource and goes back without a draw. At 600
        // J1's launch fails again (draw 2): down until 1200, J2 back again. At 1200 both launch
        // (draws 3, 4) and run 1470..1570. Had J2 drawn at 0 it would have taken draw 2, and both
        // would have run from 870.
        long seed = seedDrawing(0.5, true, true, false, false);
        Recorder r = run(cluster(0, 3), new FcfsPolicy(), List.of(job(1, 0, 1, 100), job(2, 0, 1, 100)), seed,
                errors(0.5));
        assertRan(r.of(1), 1470, 1570);
        assertRan(r.of(2), 1470, 1570);
        assertEquals(new LaunchStats(2, 4, 0, 0), r.stats.launches());
    }

    @Test
    void shouldKeepANodeThatPowersDownWhileTheResourceIsDownOutOfTheCapacityUntilItIsUp() {
        // 0 static + 2 dynamic, idle time 100 s. J1 (1 node, 50 s) launches (draw 1): 270..320;
        // its node A idles from 320. J2 (2 nodes) at 330 takes A and needs one boot: the launch
        // fails (draw 2), the resource is down until 930 and the powered-down node leaves the
        // capacity. A powers down at 420 and leaves it too, so J3 (1 node) at 500 finds nothing
        // free and waits (had A stayed, J3 would have been given it and sent back: 2 sends).
        // At 930 J2 boots 2 nodes (draw 3): 1200..1300; J3 then runs on one of them: 1300..1350.
        long seed = seedDrawing(0.5, false, true, false);
        Recorder r = run(cluster(0, 2, 100), new EasyBackfillPolicy(),
                List.of(job(1, 0, 1, 50), job(2, 330, 2, 100), job(3, 500, 1, 50)), seed, errors(0.5));
        assertRan(r.of(1), 270, 320);
        assertRan(r.of(2), 1200, 1300);
        assertRan(r.of(3), 1300, 1350);
        assertEquals(List.of(List.of(0L, 0L), List.of(0L, 1L), List.of(420L, 0L), List.of(930L, 2L)), r.up);
        assertEquals(new LaunchStats(1, 1, 0, 0), r.stats.launches());
    }

    @Test
    void shouldBootABigJobsNodesInWavesUnderTheLaunchCap() {
        // At most 2 boots at once. J1 (5 nodes, 100 s) at 0: nodes boot 0..270 (2), 270..540 (2)
        // and 540..810 (1); it runs 810..910. Nodes up: 2 at 0, 4 at 270, 5 at 540. Up
        // node-seconds to 910: 2 x 910 + 2 x 640 + 370 = 3470; busy 5 x 100 = 500; at $3.6 per
        // node-hour that is $3.47 of which $0.50 busy. Three boots waited: 270 + 270 + 540 s.
        HomogeneousCluster c = cluster(0, 5);
        CostCollector cost = new CostCollector(c, Pricing.onDemand(3.6));
        Recorder r = run(c, new FcfsPolicy(), List.of(job(1, 0, 5, 100)), 1, cap(2), cost);
        assertRan(r.of(1), 810, 910);
        assertEquals(List.of(List.of(0L, 0L), List.of(0L, 2L), List.of(270L, 4L), List.of(540L, 5L)), r.up);
        assertEquals(3.47, cost.report().total(), EPS);
        assertEquals(0.50, cost.report().busy(), EPS);
        assertEquals(new LaunchStats(0, 0, 3, 1080), r.stats.launches());
    }

    @Test
    void shouldMakeALaterJobsBootWaitForALaunchSlot() {
        // Cap 2. J1 (2 nodes) boots both at 0 and runs 270..1270. J2 (1 node) at 100 is given a
        // powered-down node, whose boot waits for a slot: 270..540; J2 runs 540..640. Its node is
        // down (unpaid) until its boot begins, and powers down 600 s after J2 ends, at 1240.
        Recorder r = run(cluster(0, 4), new EasyBackfillPolicy(), List.of(job(1, 0, 2, 1000), job(2, 100, 1, 100)), 1,
                cap(2));
        assertRan(r.of(1), 270, 1270);
        assertRan(r.of(2), 540, 640);
        assertEquals(List.of(List.of(0L, 0L), List.of(0L, 2L), List.of(270L, 3L), List.of(1240L, 2L)), r.up);
        assertEquals(new LaunchStats(0, 0, 1, 170), r.stats.launches());
    }

    private static List<Job> workload() {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            jobs.add(job(i + 1, i * 97L % 5000 + i * 40L, 1 + i % 4, 50 + i * 31L % 900));
        }
        jobs.sort((a, b) -> Long.compare(a.submitTime(), b.submitTime()));
        return jobs;
    }

    @Test
    void shouldRunExactlyAsWithoutTheModelAtProbabilityZeroAndACapNoBootReaches() {
        for (SchedulingPolicy[] policies : List.of(
                new SchedulingPolicy[] {new FcfsPolicy(), new FcfsPolicy(), new FcfsPolicy()},
                new SchedulingPolicy[] {new EasyBackfillPolicy(), new EasyBackfillPolicy(), new EasyBackfillPolicy()},
                new SchedulingPolicy[] {new ConservativeBackfillPolicy(), new ConservativeBackfillPolicy(),
                        new ConservativeBackfillPolicy()})) {
            Recorder before = new Recorder();
            RunStats stats = new ClusterRun(cluster(1, 4), policies[0], new ListJobSource(workload()), true,
                    before).run();
            Recorder zero = run(cluster(1, 4), policies[1], workload(), 7, errors(0));
            Recorder wide = run(cluster(1, 4), policies[2], workload(), 7, cap(4));
            for (Recorder r : List.of(zero, wide)) {
                assertEquals(before.outcomes, r.outcomes);
                assertEquals(before.up, r.up);
                assertEquals(stats.events(), r.stats.events());
                assertEquals(stats.schedulingPasses(), r.stats.schedulingPasses());
            }
            assertNull(zero.stats.launches(), "probability 0 and no cap: no launch block");
            assertEquals(new LaunchStats(0, 0, 0, 0), wide.stats.launches());
        }
    }

    @Test
    void shouldGiveTheSameRunForTheSameSeedAndAnotherForAnother() {
        LaunchModel model = new LaunchModel(0.3, SimTime.seconds(DOWN_S), 2);
        for (boolean conservative : new boolean[] {false, true}) {
            Recorder a = run(cluster(1, 4), conservative ? new ConservativeBackfillPolicy() : new EasyBackfillPolicy(),
                    workload(), 11, model);
            Recorder b = run(cluster(1, 4), conservative ? new ConservativeBackfillPolicy() : new EasyBackfillPolicy(),
                    workload(), 11, model);
            Recorder c = run(cluster(1, 4), conservative ? new ConservativeBackfillPolicy() : new EasyBackfillPolicy(),
                    workload(), 12, model);
            assertEquals(300, a.outcomes.size());
            assertEquals(a.outcomes, b.outcomes);
            assertEquals(a.up, b.up);
            assertEquals(a.stats, b.stats);
            assertNotEquals(a.stats.launches(), c.stats.launches());
        }
    }
}
