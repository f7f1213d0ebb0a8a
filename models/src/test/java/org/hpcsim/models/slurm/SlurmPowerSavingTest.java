package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.hpcsim.models.slurm.SlurmReplay.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.RunObservers;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/**
 * Slurm power saving on cloud nodes, timelines worked by hand: boots while the job is
 * CONFIGURING, its limit counted from the boot's end, idle nodes powering down after SuspendTime
 * and unavailable for SuspendTimeout, node choice by power state, and insufficient capacity.
 */
class SlurmPowerSavingTest {
    private static final long BOOT = 300;
    private static final long SUSPEND = 600;
    private static final long SUSPEND_TIMEOUT = 120;

    /** Nodes up over time, as (time s, up). */
    static final class UpLog implements org.hpcsim.models.run.RunObserver {
        final List<long[]> changes = new ArrayList<>();

        @Override
        public void nodesUp(long now, int up) {
            changes.add(new long[] {now / SimTime.SECOND, up});
        }

        int last() {
            return (int) changes.get(changes.size() - 1)[1];
        }
    }

    /** {@code staticNodes} always up and {@code cloudNodes} more with power saving, one CPU each, select/linear. */
    static SlurmConfig config(int staticNodes, int cloudNodes) {
        return config(staticNodes, cloudNodes, SchedulerType.BACKFILL);
    }

    static SlurmConfig config(int staticNodes, int cloudNodes, SchedulerType type) {
        SlurmConfig u = SlurmConfig.uniform(staticNodes + cloudNodes, 1, type, SelectType.LINEAR, params(30, 60));
        List<SlurmNode> nodes = new ArrayList<>();
        for (SlurmNode n : u.nodes()) {
            boolean cloud = nodes.size() >= staticNodes;
            nodes.add(new SlurmNode(n.name(), n.cpus(), n.memoryMb(), 0, "", cloud ? 1000 : 1, n.features()));
        }
        return new SlurmConfig(nodes, u.partitions(), u.scheduler(), u.select(), u.params(), false, null);
    }

    private static PowerSaving power(int staticNodes, int cloudNodes, LaunchModel launch) {
        BitSet cloud = new BitSet();
        cloud.set(staticNodes, staticNodes + cloudNodes);
        return new PowerSaving(cloud, SimTime.seconds(SUSPEND), SimTime.seconds(SUSPEND_TIMEOUT),
                SimTime.seconds(BOOT), launch);
    }

    private static SlurmReplay.Result run(int staticNodes, int cloudNodes, List<Job> jobs, LaunchModel launch,
                                          UpLog log) {
        SlurmReplay.Result r = new SlurmReplay.Result();
        r.stats = new SlurmController(config(staticNodes, cloudNodes), new ListJobSource(jobs), true,
                RunObservers.of(List.of(r, log)), new SlurmRunOptions(List.of(), false, null, new RandomStreams(7),
                        null, power(staticNodes, cloudNodes, launch))).run();
        return r;
    }

    private static SlurmReplay.Result run(int staticNodes, int cloudNodes, List<Job> jobs, UpLog log) {
        return run(staticNodes, cloudNodes, jobs, LaunchModel.UNLIMITED, log);
    }

    @Test
    void aJobOnPoweredDownNodesStartsWhenTheyHaveBooted() {
        UpLog log = new UpLog();
        SlurmReplay.Result r = run(0, 4, List.of(job(1, 10, 100, 1000, 2)), log);
        assertEquals(10 + BOOT, r.start(1), "CONFIGURING for the boot, then the start is reset");
        assertEquals(10 + BOOT + 100, r.end(1));
        assertEquals(0, log.changes.get(0)[1], "no node is up before the first job");
        assertEquals(List.of(10L, 2L), List.of(log.changes.get(1)[0], log.changes.get(1)[1]),
                "two nodes are paid from the boot on");
    }

    @Test
    void theTimeLimitRunsFromTheEndOfTheBoot() {
        SlurmReplay.Result r = run(0, 2, List.of(job(1, 0, 500, 200, 1)), new UpLog());
        assertEquals(BOOT, r.start(1));
        assertEquals(BOOT + 200, r.end(1), "killed at its 200 s limit counted from the boot's end");
    }

    @Test
    void idleNodesPowerDownAfterSuspendTimeAndAreUnavailableForSuspendTimeout() {
        UpLog log = new UpLog();
        // Job 1 boots node 0 (0 -> 300, ends 400). It powers down at 400 + 600 = 1000 and may not be
        // allocated until 1120. Job 2 arrives at 1050: the other cloud node boots for it.
        // Job 3 arrives at 1200: node 0 is powered down again and boots for it (the other is busy).
        SlurmReplay.Result r = run(0, 2, List.of(job(1, 0, 100, 1000, 1), job(2, 1050, 1000, 2000, 1),
                job(3, 1200, 10, 100, 1)), log);
        assertEquals(BOOT, r.start(1));
        assertEquals(1050 + BOOT, r.start(2));
        assertEquals(1200 + BOOT, r.start(3));
        assertTrue(log.changes.stream().anyMatch(c -> c[0] == 400 + SUSPEND && c[1] == 0),
                "node 0 stops being paid at 1000: " + describe(log));
    }

    @Test
    void aNodeUsedAgainBeforeSuspendTimeStaysUp() {
        UpLog log = new UpLog();
        SlurmReplay.Result r = run(0, 2, List.of(job(1, 0, 100, 1000, 1), job(2, 500, 100, 1000, 1)), log);
        assertEquals(500, r.start(2), "the idle cloud node is up: no boot");
        assertTrue(log.changes.stream().allMatch(c -> c[1] <= 1), "never a second node: " + describe(log));
    }

    @Test
    void upNodesComeBeforePoweredDownOnesAndStaticBeforeDynamic() {
        // Node 0 static, nodes 1-2 cloud. Job 1 (2 nodes) takes the static node and boots node 1.
        // After it ends, a 1-node job takes the static node (lowest weight), and another at the same
        // time the idle cloud node 1 rather than booting node 2.
        SlurmReplay.Result r = run(1, 2, List.of(job(1, 0, 100, 1000, 2), job(2, 500, 50, 100, 1),
                job(3, 500, 50, 100, 1)), new UpLog());
        assertEquals(BOOT, r.start(1));
        assertEquals(500, r.start(2));
        assertEquals(500, r.start(3), "no boot: an up node was there");
    }

    @Test
    void aFailedLaunchRequeuesTheJobAndTakesTheComputeResourceDown() {
        UpLog log = new UpLog();
        // Every draw fails (probability just below 1): the job is requeued, eligible 121 s later
        // (cred_expire + 1), and the cloud nodes are down for 600 s; it runs on the static node once
        // that is free at 1000.
        LaunchModel ice = new LaunchModel(0.999999999, SimTime.seconds(600), 0);
        SlurmReplay.Result r = run(1, 2, List.of(job(1, 0, 1000, 2000, 1), job(2, 10, 100, 1000, 1)), ice, log);
        assertEquals(0, r.start(1));
        assertEquals(1000, r.start(2));
        assertTrue(r.requeued.isEmpty(), "a job that never ran reports no run");
        LaunchStatsCheck.errorsAtLeast(r, 1);
        assertEquals(1, log.last(), "no cloud node was ever paid for");
    }

    @Test
    void aFailedLaunchEndsTheJobUnderJobRequeueZero() {
        // As above, with JobRequeue=0: the job ends NODE_FAIL at its failed launch and never runs.
        LaunchModel ice = new LaunchModel(0.999999999, SimTime.seconds(600), 0);
        SlurmReplay.Result r = new SlurmReplay.Result();
        r.stats = new SlurmController(config(1, 2).withJobRequeue(false), new ListJobSource(
                List.of(job(1, 0, 1000, 2000, 1), job(2, 10, 100, 1000, 1))), true, r,
                new SlurmRunOptions(List.of(), false, null, new RandomStreams(7), null, power(1, 2, ice))).run();
        assertEquals(0, r.start(1));
        assertEquals(JobEndState.NODE_FAIL, r.outcomes.get(2L).endState());
        assertEquals(r.outcomes.get(2L).startTime(), r.outcomes.get(2L).endTime(), "it never ran");
        assertTrue(r.outcomes.get(2L).endTime() < SimTime.seconds(1000), "not run on the static node later");
    }

    @Test
    void launchErrorsAreDrawnFromTheSeedAndEveryJobRunsOnce() {
        LaunchModel ice = new LaunchModel(0.5, SimTime.seconds(600), 0);
        List<Job> jobs = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            jobs.add(job(i, 400L * i, 100 + 37L * i, 2000, 1 + i % 3));
        }
        SlurmReplay.Result a = run(0, 4, jobs, ice, new UpLog());
        SlurmReplay.Result b = run(0, 4, jobs, ice, new UpLog());
        assertEquals(20, a.outcomes.size());
        assertTrue(a.stats.launches().insufficientCapacity() > 0, "some launches failed");
        for (long id = 1; id <= 20; id++) {
            assertEquals(a.start(id), b.start(id), "same seed, same schedule");
            assertTrue(a.start(id) >= 400 * id);
        }
        assertTrue(a.start(1) >= 400 + BOOT, "the first job boots its nodes");
        assertEquals(a.stats.launches(), b.stats.launches());
    }

    private static String describe(UpLog log) {
        StringBuilder b = new StringBuilder();
        for (long[] c : log.changes) {
            b.append(c[0]).append("s:").append(c[1]).append(' ');
        }
        return b.toString();
    }

    /** Reads the launch counters of a run. */
    private static final class LaunchStatsCheck {
        static void errorsAtLeast(SlurmReplay.Result r, long n) {
            assertNotNull(r.stats.launches());
            assertTrue(r.stats.launches().insufficientCapacity() >= n);
        }
    }
}
