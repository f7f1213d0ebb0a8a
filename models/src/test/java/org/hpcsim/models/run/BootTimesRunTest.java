package org.hpcsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.BootDistribution;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.random.StreamRandomGenerator;
import org.hpcsim.models.scheduling.EasyBackfillPolicy;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** Boot times drawn per dynamic node: each launch draws its own, and a job starts when its slowest node is up. */
class BootTimesRunTest {
    private static final double MIN_S = 240;
    private static final double MAX_S = 600;
    private static final BootDistribution UNIFORM =
            new BootDistribution("uniform", rng -> new UniformRealDistribution(rng, MIN_S, MAX_S));

    private static HomogeneousCluster cluster(int dynamicNodes) {
        return new HomogeneousCluster(0, dynamicNodes, 4, 0, AllocationUnit.NODE, SimTime.seconds(270),
                SimTime.seconds(600));
    }

    private static Job job(long id, long submitS, int nodes, long runS) {
        return Job.rigid(id, SimTime.seconds(submitS), SimTime.seconds(runS), SimTime.seconds(runS), 4 * nodes);
    }

    /** The first {@code n} boot times, in ns, the stream of seed {@code seed} draws. */
    private static long[] draws(long seed, int n) {
        UniformRealDistribution d = new UniformRealDistribution(
                new StreamRandomGenerator(new RandomStreams(seed).stream(BootDistribution.STREAM)), MIN_S, MAX_S);
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = SimTime.ofSeconds(d.sample());
        }
        return t;
    }

    private static final class Outcomes implements RunObserver {
        final List<JobOutcome> done = new ArrayList<>();
        final List<long[]> booting = new ArrayList<>();
        RunStats stats;

        @Override
        public void jobFinished(JobOutcome o) {
            done.add(o);
        }

        @Override
        public void nodesBooting(long now, int nodes, long readyAt) {
            booting.add(new long[] {now, nodes, readyAt});
        }

        long start(long id) {
            return done.stream().filter(o -> o.job().id() == id).findFirst().orElseThrow().startTime();
        }
    }

    private static Outcomes run(int dynamicNodes, List<Job> jobs, long seed, LaunchModel model) {
        Outcomes o = new Outcomes();
        o.stats = new ClusterRun(cluster(dynamicNodes), new EasyBackfillPolicy(), new ListJobSource(jobs), true, false,
                RunObservers.of(List.of(o)), null, new RandomStreams(seed), model).run();
        return o;
    }

    @Test
    void aJobOnFourBootingNodesStartsWhenTheSlowestOfItsFourDrawsIsUp() {
        Outcomes o = run(4, List.of(job(1, 100, 4, 1000)), 3, LaunchModel.UNLIMITED.withBootTimes(UNIFORM));
        long[] d = draws(3, 4);
        long slowest = Math.max(Math.max(d[0], d[1]), Math.max(d[2], d[3]));
        assertEquals(SimTime.seconds(100) + slowest, o.start(1));
        assertEquals(4, o.booting.size(), "each node boots for its own time");
        for (int i = 0; i < 4; i++) {
            assertEquals(SimTime.seconds(100) + d[i], o.booting.get(i)[2], "node " + i + "'s draw");
        }
        assertEquals(4, o.stats.launches().boots().count());
        assertEquals(SimTime.toSeconds(slowest), o.stats.launches().boots().maxSeconds(), 1e-9);
        assertEquals(SimTime.toSeconds(d[0] + d[1] + d[2] + d[3]) / 4, o.stats.launches().boots().meanSeconds(), 1e-9);
    }

    @Test
    void theSameSeedDrawsTheSameBootTimesAndAnotherSeedOthers() {
        List<Job> jobs = List.of(job(1, 0, 3, 500), job(2, 100, 5, 500), job(3, 5000, 8, 100));
        LaunchModel m = LaunchModel.UNLIMITED.withBootTimes(UNIFORM);
        List<Long> a = starts(run(8, jobs, 1, m));
        assertEquals(a, starts(run(8, jobs, 1, m)));
        assertNotEquals(a, starts(run(8, jobs, 2, m)));
    }

    @Test
    void aFixedBootTimeDrawsNothingAndReportsNoLaunches() {
        Outcomes o = run(4, List.of(job(1, 100, 4, 1000)), 3, LaunchModel.UNLIMITED);
        assertEquals(SimTime.seconds(100 + 270), o.start(1));
        assertNull(o.stats.launches());
        assertEquals(1, o.booting.size(), "one report for the four nodes, as before boot times could be drawn");
    }

    @Test
    void underACapEachWaitingNodeBootsForItsOwnDrawOnceASlotFrees() {
        // Two slots, four nodes: nodes 0 and 1 boot at 0; node 2 takes the slot that frees first,
        // node 3 the next one (see BootSlotsTest); the job starts when the last is up.
        Outcomes o = run(4, List.of(job(1, 0, 4, 100)), 5, new LaunchModel(0, 0, 2, UNIFORM));
        long[] d = draws(5, 4);
        long[] ends = {d[0], d[1]};
        long last = Math.max(d[0], d[1]);
        for (int i = 2; i < 4; i++) {
            int slot = ends[0] <= ends[1] ? 0 : 1;
            ends[slot] += d[i];
            last = Math.max(last, ends[slot]);
        }
        assertEquals(last, o.start(1));
        assertEquals(2, o.stats.launches().delayedBoots());
        assertTrue(o.stats.launches().bootWaitSeconds() > 0);
    }

    private static List<Long> starts(Outcomes o) {
        List<Long> s = new ArrayList<>();
        for (long id = 1; id <= 3; id++) {
            s.add(o.start(id));
        }
        return s;
    }
}
