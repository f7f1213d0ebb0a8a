package org.hpcsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.cloud.CostCollector;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.models.cloud.Pricing;
import org.hpcsim.models.cloud.SpotInterruptions;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.scheduling.EasyBackfillPolicy;
import org.hpcsim.models.scheduling.FcfsPolicy;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.run.SpotInterruptionRunTest.Recorder;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/**
 * Spot interruptions of an autoscaling cluster's dynamic nodes: the job on an interrupted node
 * fails and is requeued, the node is gone and a new one boots for the next start. Expected
 * timelines come from the draws of the named stream the run draws from: the gap to the next
 * event at the rate of every node, then the node it picks (node i &lt; nodes up stands for the
 * i-th dynamic node held by running jobs in slot order, then the idle ones).
 */
class SpotPoolRunTest {
    private static final long S = SimTime.SECOND;
    private static final long DAY = 86_400 * S;
    private static final long BOOT = 270 * S;
    private static final long IDLE = 600 * S;

    private record Result(Recorder recorder, RunStats stats, CostReport cost, RunMetrics metrics) {}

    private static HomogeneousCluster cluster(int staticNodes, int dynamicNodes) {
        return new HomogeneousCluster(staticNodes, dynamicNodes, 1, 0, AllocationUnit.NODE, BOOT, IDLE);
    }

    private static NodeFailures spot(HomogeneousCluster c, double perNodeDay, boolean requeue, Checkpointing ckpt) {
        return new NodeFailures(List.of(new SpotInterruptions(c.nodes(), perNodeDay / 86_400, requeue, BOOT)
                .process(c.nodes())), ckpt);
    }

    private static Result run(HomogeneousCluster c, List<Job> jobs, NodeFailures failures, long seed, boolean easy) {
        Recorder r = new Recorder();
        MetricsCollector metrics = new MetricsCollector(c.totalCores());
        CostCollector cost = new CostCollector(c, Pricing.onDemand(1.0));
        RunStats stats = new ClusterRun(c, easy ? new EasyBackfillPolicy() : new FcfsPolicy(), new ListJobSource(jobs),
                true, false, RunObservers.of(List.of(metrics, cost, r)), failures, new RandomStreams(seed)).run();
        return new Result(r, stats, cost.report(), metrics.metrics());
    }

    /** The first {@code count} events the run will draw: {time, node picked}. */
    private static List<long[]> draws(long seed, double perNodeDay, int nodes, int count) {
        RandomStream s = new RandomStreams(seed).stream("spot.interruptions");
        double rate = perNodeDay / 86_400 * nodes;
        List<long[]> out = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < count; i++) {
            t += Math.max(1, SimTime.ofSeconds(s.nextExponentialWithMean(1 / rate)));
            out.add(new long[] {t, s.nextInt(nodes)});
        }
        return out;
    }

    private static Job job(long id, long submit, long run, int nodes) {
        return Job.rigid(id, submit, run, 10 * run, nodes);
    }

    @Test
    void shouldRequeueTheJobOfAnInterruptedDynamicNodeToRestartOnAFreshlyBootedOne() {
        // One dynamic node, one job of 3 days, about one interruption a day. The node is up from
        // the job's first start decision on (booting or busy), so every event before the job's end
        // hits it: the run fails, the node is gone, and the requeued job boots a new node at once,
        // starting its work a boot time later, from zero (seed 11 gives over 20 failed runs, some
        // of them during a boot).
        long work = 3 * DAY;
        long seed = 11;
        long begin = BOOT;
        List<Long> failedAt = new ArrayList<>();
        for (long[] d : draws(seed, 1.0, 1, 200)) {
            if (d[0] >= begin + work) {
                break;
            }
            failedAt.add(d[0]);
            begin = d[0] + BOOT;
        }
        assertTrue(failedAt.size() >= 20, "the seed gives failures, so the test tests something");
        int duringBoot = 0;
        for (int i = 1; i < failedAt.size(); i++) {
            duringBoot += failedAt.get(i) < failedAt.get(i - 1) + BOOT ? 1 : 0;
        }
        assertTrue(duringBoot >= 1, "and a failure during a boot");
        Result r = run(cluster(0, 1), List.of(job(1, 0, work, 1)), spot(cluster(0, 1), 1.0, true, Checkpointing.NONE),
                seed, false);
        assertEquals(failedAt.size(), r.recorder().requeued.size());
        for (int i = 0; i < failedAt.size(); i++) {
            JobOutcome lost = r.recorder().requeued.get(i);
            assertEquals(JobEndState.NODE_FAIL, lost.endState());
            assertEquals(failedAt.get(i), lost.endTime());
            long began = i == 0 ? BOOT : failedAt.get(i - 1) + BOOT;
            // A run cut short during its boot did no work: it is reported with no time.
            assertEquals(Math.min(began, failedAt.get(i)), lost.startTime(), "run " + i + " began after a boot");
        }
        JobOutcome last = r.recorder().finished.get(0);
        assertEquals(JobEndState.COMPLETED, last.endState());
        assertEquals(begin, last.startTime());
        assertEquals(begin + work, last.endTime());
        InterruptionStats s = r.stats().interruptions();
        assertEquals(failedAt.size(), s.spotInterruptions());
        assertEquals(0, s.idleHits());
        // The node is paid from its first boot to the end: every interruption is followed by a new boot at once.
        assertEquals(SimTime.toSeconds(begin + work) / 3600, r.cost().nodeHours(), 1e-9);
        assertEquals(failedAt.size() + 1, Math.round(r.cost().bootingNodeHours() * 3600 / 270.0), "one boot per run");
    }

    @Test
    void shouldResumeFromTheLastCheckpointOnTheNewNode() {
        long work = 3 * DAY;
        long interval = 6 * 3600 * S;
        long overhead = 600 * S;
        Checkpointing ckpt = new Checkpointing(interval, overhead);
        long seed = 11;
        long left = work;
        long begin = BOOT;
        for (long[] d : draws(seed, 1.0, 1, 200)) {
            long t = d[0];
            if (t >= begin + ckpt.duration(left)) {
                break;
            }
            left -= ckpt.saved(Math.max(0, t - begin), left);
            begin = t + BOOT;
        }
        assertTrue(left < work, "a checkpoint saved work before a failure");
        Result r = run(cluster(0, 1), List.of(job(1, 0, work, 1)), spot(cluster(0, 1), 1.0, true, ckpt), seed, false);
        JobOutcome last = r.recorder().finished.get(0);
        assertEquals(begin, last.startTime());
        assertEquals(begin + ckpt.duration(left), last.endTime());
    }

    @Test
    void shouldStopPayingForAnInterruptedNodeAtTheInterruption() {
        // Two dynamic nodes, A (3 days) and B (4 days) of one node each start at 0 and begin at
        // 270 s; with seed 6 the only interruption before B's end picks node 0, A's (slot order),
        // at t1. A ends NODE_FAIL (no requeue) and its node is terminated: it is not paid idle for
        // the 10 minutes to its power-down, so the nodes are paid t1 + (270 s + 4 days) in all.
        long seed = 6;
        List<long[]> d = draws(seed, 0.2, 2, 2);
        long t1 = d.get(0)[0];
        long bEnd = BOOT + 4 * DAY;
        assertTrue(t1 > BOOT && t1 < BOOT + 3 * DAY && d.get(0)[1] == 0 && d.get(1)[0] > bEnd, "the seed's draws");
        HomogeneousCluster c = cluster(0, 2);
        Result r = run(c, List.of(job(1, 0, 3 * DAY, 1), job(2, 0, 4 * DAY, 1)), spot(c, 0.2, false,
                Checkpointing.NONE), seed, false);
        JobOutcome a = r.recorder().finished.get(0);
        assertEquals(1, a.job().id());
        assertEquals(JobEndState.NODE_FAIL, a.endState());
        assertEquals(t1, a.endTime());
        assertEquals(bEnd, r.recorder().finished.get(1).endTime());
        assertEquals(SimTime.toSeconds(t1 + bEnd) / 3600, r.cost().nodeHours(), 1e-9);
        assertEquals(1, r.stats().interruptions().failed());
    }

    @Test
    void shouldPowerDownAnInterruptedIdleNodeAsAnIdleHit() {
        // A (2 nodes, 100 s) boots both nodes at 0 and ends at 370 s; they idle until 970 s. Seed 3
        // interrupts one of them at t1 = 750.25 s: it powers down then, the other at 970 s. Its
        // next event (4,863 s) finds no node up. B (1 node, 100 s, at 5,000 s) boots a new one.
        long seed = 3;
        List<long[]> d = draws(seed, 2.0, 2, 3);
        long t1 = d.get(0)[0];
        assertTrue(t1 > 370 * S && t1 < 970 * S && d.get(1)[0] > 970 * S && d.get(1)[0] < 5000 * S
                && d.get(2)[0] > 5370 * S, "the seed's draws");
        HomogeneousCluster c = cluster(0, 2);
        Result r = run(c, List.of(job(1, 0, 100 * S, 2), job(2, 5000 * S, 100 * S, 1)),
                spot(c, 2.0, true, Checkpointing.NONE), seed, false);
        InterruptionStats s = r.stats().interruptions();
        assertEquals(1, s.spotInterruptions());
        assertEquals(1, s.idleHits());
        assertEquals(0, s.requeued());
        assertEquals(5370 * S, r.recorder().finished.get(1).endTime(), "B booted a node as on a quiet cluster");
        double upSeconds = 2 * 370 + 2 * (SimTime.toSeconds(t1) - 370) + (970 - SimTime.toSeconds(t1)) + 370;
        assertEquals(upSeconds / 3600, r.cost().nodeHours(), 1e-9);
    }

    @Test
    void shouldFailAJobWhoseNodesStillBootWithARunOfNoTimeAndBootNewNodesForIt() {
        // Eight dynamic nodes at 200 interruptions a node-day: with seed 311 the first event falls in
        // the boot of the 4-node job's nodes (0 to 270 s) and picks one of them. The job fails with
        // a run of no time at t1; its 3 other nodes stay held until their boot ends at 270 s, so
        // the requeued job takes 4 fresh powered-down nodes at once and begins at t1 + 270 s.
        long seed = 311;
        List<long[]> d = draws(seed, 200, 8, 2);
        long t1 = d.get(0)[0];
        assertTrue(t1 < BOOT && d.get(0)[1] < 4 && d.get(1)[0] > t1 + BOOT + 30 * S, "the seed's draws");
        HomogeneousCluster c = cluster(0, 8);
        Result r = run(c, List.of(job(1, 0, 30 * S, 4)), spot(c, 200, true, Checkpointing.NONE), seed, false);
        JobOutcome first = r.recorder().requeued.get(0);
        assertEquals(t1, first.startTime());
        assertEquals(t1, first.endTime());
        assertEquals(1, r.recorder().requeued.size());
        assertEquals(0.0, r.stats().interruptions().lostCpuSeconds(), 0.0);
        JobOutcome done = r.recorder().finished.get(0);
        assertEquals(t1 + BOOT, done.startTime());
        assertEquals(t1 + BOOT + 30 * S, done.endTime());
    }

    private static List<Job> workload() {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long submit = 600L * i * S;
            long run = (1800 + (i * 7919L) % 20_000) * S;
            jobs.add(Job.rigid(i + 1, submit, run, run * 2, 1 + (i * 31) % 8));
        }
        return jobs;
    }

    @Test
    void shouldRunExactlyAsWithoutSpotWhenTheRateIsZero() {
        Recorder plain = new Recorder();
        MetricsCollector metrics = new MetricsCollector(cluster(2, 10).totalCores());
        CostCollector cost = new CostCollector(cluster(2, 10), Pricing.onDemand(1.0));
        new ClusterRun(cluster(2, 10), new EasyBackfillPolicy(), new ListJobSource(workload()), true,
                RunObservers.of(List.of(metrics, cost, plain))).run();
        HomogeneousCluster c = cluster(2, 10);
        Result zero = run(c, workload(), spot(c, 0, true, Checkpointing.NONE), 3, true);
        assertEquals(plain.finished, zero.recorder().finished);
        assertEquals(metrics.metrics(), zero.metrics());
        assertEquals(cost.report(), zero.cost());
        assertEquals(0, zero.stats().interruptions().spotInterruptions());
    }

    @Test
    void shouldGiveTheSameRunForTheSameSeedAndAnotherForAnother() {
        HomogeneousCluster c = cluster(2, 10);
        NodeFailures f = spot(c, 2.0, true, Checkpointing.NONE);
        Result a = run(cluster(2, 10), workload(), f, 5, true);
        Result b = run(cluster(2, 10), workload(), f, 5, true);
        Result other = run(cluster(2, 10), workload(), f, 6, true);
        assertEquals(a.recorder().finished, b.recorder().finished);
        assertEquals(a.stats(), b.stats());
        assertEquals(a.cost(), b.cost());
        assertNotEquals(a.recorder().finished, other.recorder().finished);
        assertEquals(300, a.recorder().finished.size(), "every job ends once however often it failed");
        InterruptionStats s = a.stats().interruptions();
        assertTrue(s.requeued() > 0 && s.idleHits() > 0, s.toString());
    }

    @Test
    void shouldRefuseWhatIsNotModelledOnAnAutoscalingCluster() {
        HomogeneousCluster c = cluster(2, 2);
        NodeFailures staticOnly = new NodeFailures(List.of(new SpotInterruptions(2, 1e-5, true, BOOT).process(2)),
                Checkpointing.NONE);
        assertThrows(IllegalArgumentException.class, () -> new ClusterRun(c, new FcfsPolicy(),
                new ListJobSource(workload()), true, false, new Recorder(), staticOnly, new RandomStreams(1)));
        assertThrows(IllegalArgumentException.class, () -> new ClusterRun(c, new FcfsPolicy(),
                new ListJobSource(workload()), true, false, new Recorder(), spot(c, 1, true, Checkpointing.NONE),
                new RandomStreams(1), new LaunchModel(0, 0, 1)));
    }
}
