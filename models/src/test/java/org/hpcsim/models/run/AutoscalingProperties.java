package org.hpcsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.models.cloud.SpotInterruptions;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.scheduling.ConservativeBackfillPolicy;
import org.hpcsim.models.scheduling.EasyBackfillPolicy;
import org.hpcsim.models.scheduling.FcfsPolicy;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;

/** Invariants of autoscaling runs on random small clusters and workloads, under both policies. */
class AutoscalingProperties {
    /** A cluster and a workload of whole-node jobs (sizes in nodes, times in seconds). */
    record Case(int staticNodes, int dynamicNodes, long bootS, long idleS, boolean easy, List<long[]> jobs) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> statics = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> dynamics = Arbitraries.integers().between(1, 4);
        Arbitrary<Long> boot = Arbitraries.longs().between(0, 30);
        Arbitrary<Long> idle = Arbitraries.longs().between(0, 60);
        Arbitrary<Boolean> easy = Arbitraries.of(true, false);
        Arbitrary<long[]> job = Combinators.combine(Arbitraries.longs().between(0, 40),
                Arbitraries.longs().between(1, 7), Arbitraries.longs().between(0, 50),
                Arbitraries.longs().between(0, 30)).as((gap, nodes, run, slack) -> new long[] {gap, nodes, run, slack});
        return Combinators.combine(statics, dynamics, boot, idle, easy, job.list().ofMaxSize(60))
                .as(Case::new);
    }

    /** Tracks nodes held by jobs and nodes up, failing at the first breach. */
    private static final class Watch implements RunObserver {
        final int staticNodes;
        final int max;
        final int coresPerNode;
        final boolean capped;
        int held;
        int ended;

        Watch(int staticNodes, int max, int coresPerNode) {
            this(staticNodes, max, coresPerNode, false);
        }

        /** With {@code capped}, a held node may still wait to be launched, so it need not be up. */
        Watch(int staticNodes, int max, int coresPerNode, boolean capped) {
            this.staticNodes = staticNodes;
            this.max = max;
            this.coresPerNode = coresPerNode;
            this.capped = capped;
        }

        @Override
        public void jobStarted(Job job, long now, long cores) {
            held += (int) (cores / coresPerNode);
            assertTrue(held <= max, "held " + held + " of " + max + " nodes");
        }

        @Override
        public void jobFinished(JobOutcome o) {
            held -= o.allocatedUnits();
            ended++;
            assertTrue(o.startTime() >= o.job().submitTime(), "started before submitted");
        }

        @Override
        public void nodesUp(long now, int up) {
            assertTrue(up >= staticNodes && up <= max, "nodes up " + up + " outside [" + staticNodes + ", " + max + "]");
            // Held nodes are up (booting or running): a start reports its boots right after it.
            assertTrue(capped || up >= held, "fewer nodes up (" + up + ") than held (" + held + ")");
        }
    }

    @Property(tries = 300)
    void shouldNeverHoldOrPowerUpMoreNodesThanTheClusterHasNorFewerThanItsStaticOnes(@ForAll("cases") Case c) {
        int max = c.staticNodes() + c.dynamicNodes();
        HomogeneousCluster cluster = new HomogeneousCluster(c.staticNodes(), c.dynamicNodes(), 2, 0,
                AllocationUnit.NODE, SimTime.seconds(c.bootS()), SimTime.seconds(c.idleS()));
        List<Job> jobs = jobs(c, max);
        Watch watch = new Watch(c.staticNodes(), max, 2);
        new ClusterRun(cluster, c.easy() ? new EasyBackfillPolicy() : new FcfsPolicy(), new ListJobSource(jobs), true,
                watch).run();
        assertEquals(jobs.size(), watch.ended, "every job ends");
        assertEquals(0, watch.held);
    }

    /** A case run with a launch model: errors at {@code probability}, at most {@code cap} boots at once (0: any). */
    record LaunchCase(Case c, double probability, int cap, int policy, long seed) {}

    @Provide
    Arbitrary<LaunchCase> launchCases() {
        return Combinators.combine(cases(), Arbitraries.of(0.0, 0.3, 0.7), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2), Arbitraries.longs().between(1, 1000)).as(LaunchCase::new);
    }

    @Property(tries = 300)
    void shouldEndEveryJobWithinTheNodeBoundsWhateverLaunchesFailOrWait(@ForAll("launchCases") LaunchCase l) {
        Case c = l.c();
        int max = c.staticNodes() + c.dynamicNodes();
        HomogeneousCluster cluster = new HomogeneousCluster(c.staticNodes(), c.dynamicNodes(), 2, 0,
                AllocationUnit.NODE, SimTime.seconds(c.bootS()), SimTime.seconds(c.idleS()));
        List<Job> jobs = jobs(c, max);
        Watch watch = new Watch(c.staticNodes(), max, 2, l.cap() > 0);
        new ClusterRun(cluster, l.policy() == 0 ? new FcfsPolicy() : l.policy() == 1 ? new EasyBackfillPolicy()
                : new ConservativeBackfillPolicy(), new ListJobSource(jobs), true, false, watch, null,
                new RandomStreams(l.seed()), new LaunchModel(l.probability(), SimTime.seconds(60), l.cap())).run();
        assertEquals(jobs.size(), watch.ended, "every job ends");
        assertEquals(0, watch.held);
    }

    /** The case's jobs, of 2-core nodes, none larger than the cluster's {@code max} nodes. */
    private static List<Job> jobs(Case c, int max) {
        List<Job> jobs = new ArrayList<>();
        long submit = 0;
        for (long[] j : c.jobs()) {
            submit += j[0];
            int nodes = (int) Math.min(j[1], max);
            jobs.add(Job.rigid(jobs.size() + 1, SimTime.seconds(submit), SimTime.seconds(j[2]),
                    SimTime.seconds(j[2] + j[3]), 2 * nodes));
        }
        return jobs;
    }

    /** A case run with Spot interruptions of every node at {@code perNodeSecond}, launches failing at {@code probability}. */
    record SpotCase(Case c, double perNodeSecond, double probability, int policy, long seed) {}

    @Provide
    Arbitrary<SpotCase> spotCases() {
        return Combinators.combine(cases(), Arbitraries.of(0.0, 0.0005, 0.002, 0.005), Arbitraries.of(0.0, 0.3),
                Arbitraries.integers().between(0, 2), Arbitraries.longs().between(1, 1000)).as(SpotCase::new);
    }

    /** Records every run's core-seconds: completed ones and those a failure cut short. */
    private static final class Runs implements RunObserver {
        final int staticNodes;
        final int max;
        final List<JobOutcome> completed = new ArrayList<>();
        double lostCoreSeconds;

        Runs(int staticNodes, int max) {
            this.staticNodes = staticNodes;
            this.max = max;
        }

        @Override
        public void jobFinished(JobOutcome o) {
            completed.add(o);
        }

        @Override
        public void jobRequeued(JobOutcome run) {
            assertEquals(JobEndState.NODE_FAIL, run.endState());
            lostCoreSeconds += run.allocatedCores() * SimTime.toSeconds(run.runTime());
        }

        @Override
        public void nodesUp(long now, int up) {
            assertTrue(up >= staticNodes && up <= max, "nodes up " + up + " outside [" + staticNodes + ", " + max + "]");
        }
    }

    @Property(tries = 300)
    void shouldAccountForAllWorkAsCompletedRunsPlusRunsLostToSpotInterruptions(@ForAll("spotCases") SpotCase sc) {
        Case c = sc.c();
        int max = c.staticNodes() + c.dynamicNodes();
        HomogeneousCluster cluster = new HomogeneousCluster(c.staticNodes(), c.dynamicNodes(), 2, 0,
                AllocationUnit.NODE, SimTime.seconds(c.bootS()), SimTime.seconds(c.idleS()));
        List<Job> jobs = jobs(c, max);
        NodeFailures spot = new NodeFailures(List.of(new SpotInterruptions(max, sc.perNodeSecond(), true,
                SimTime.seconds(c.bootS())).process(max)), Checkpointing.NONE);
        Runs runs = new Runs(c.staticNodes(), max);
        RunStats stats = new ClusterRun(cluster, sc.policy() == 0 ? new FcfsPolicy() : sc.policy() == 1
                ? new EasyBackfillPolicy() : new ConservativeBackfillPolicy(), new ListJobSource(jobs), false, false,
                runs, spot, new RandomStreams(sc.seed()), new LaunchModel(sc.probability(), SimTime.seconds(60), 0)).run();
        // Requeued without checkpoints, every job completes once, its whole work in its last run.
        assertEquals(jobs.size(), runs.completed.size(), "every job ends once");
        for (JobOutcome o : runs.completed) {
            assertEquals(JobEndState.COMPLETED, o.endState());
            assertEquals(o.job().runTime(), o.runTime(), "job " + o.job().id() + " ran its whole work last");
        }
        assertEquals(runs.lostCoreSeconds, stats.interruptions().lostCpuSeconds(), 1e-6);
        assertTrue(stats.interruptions().idleHits() <= stats.interruptions().spotInterruptions());
    }
}
