package org.hpcsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.cloud.SpotInterruptions;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.scheduling.EasyBackfillPolicy;
import org.hpcsim.models.scheduling.FcfsPolicy;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/**
 * Spot interruptions in a run: failed jobs requeued (from zero, or from their last checkpoint),
 * nodes away until replaced, work counted once as useful and once as lost. Expected timelines
 * are worked out from the same named random stream the run draws from.
 */
class SpotInterruptionRunTest {
    private static final long DAY = SimTime.seconds(86_400);
    private static final long REPLACE = SimTime.seconds(270);

    /** Records ends, requeued runs and starts (SpotPoolRunTest's too). */
    static final class Recorder implements RunObserver {
        final List<JobOutcome> finished = new ArrayList<>();
        final List<JobOutcome> requeued = new ArrayList<>();
        final List<Long> starts = new ArrayList<>();

        @Override
        public void jobStarted(Job job, long now, long cores) {
            starts.add(now);
        }

        @Override
        public void jobFinished(JobOutcome o) {
            finished.add(o);
        }

        @Override
        public void jobRequeued(JobOutcome run) {
            requeued.add(run);
        }
    }

    private record Result(Recorder recorder, RunStats stats, RunMetrics metrics) {}

    private static RandomStream stream(long seed) {
        return new RandomStreams(seed).stream("spot.interruptions");
    }

    private static Result run(HomogeneousCluster cluster, List<Job> jobs, Spot spot, long seed, boolean easy) {
        Recorder r = new Recorder();
        MetricsCollector metrics = new MetricsCollector(cluster.totalCores());
        NodeFailures failures = new NodeFailures(List.of(spot.interruptions().process(cluster.staticNodes())),
                spot.checkpoints());
        RunStats stats = new ClusterRun(cluster, easy ? new EasyBackfillPolicy() : new FcfsPolicy(),
                new ListJobSource(jobs), true, false, RunObservers.of(List.of(metrics, r)), failures,
                new RandomStreams(seed)).run();
        return new Result(r, stats, metrics.metrics());
    }

    /** Spot nodes, their interruptions and how jobs checkpoint. */
    private record Spot(SpotInterruptions interruptions, Checkpointing checkpoints) {}

    private static Spot spot(int nodes, double perDay, boolean requeue, Checkpointing checkpoints) {
        return new Spot(new SpotInterruptions(nodes, perDay / 86_400, requeue, REPLACE), checkpoints);
    }

    /** The interruption times the run will draw for {@code spotNodes} nodes (node picks consume draws too). */
    private static List<Long> interruptionTimes(long seed, double perNodeDay, int spotNodes, int count) {
        RandomStream s = stream(seed);
        double rate = perNodeDay / 86_400 * spotNodes;
        List<Long> times = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < count; i++) {
            t += Math.max(1, SimTime.ofSeconds(s.nextExponentialWithMean(1 / rate)));
            times.add(t);
            s.nextInt(spotNodes);
        }
        return times;
    }

    @Test
    void shouldRequeueAFailedJobToStartAgainFromZeroOnceTheNodeIsReplaced() {
        // One Spot node, one job of 3 days, about one interruption a day: each interruption before
        // the job's end fails it; it restarts from zero when the replacement is up.
        long work = 3 * DAY;
        Job job = Job.rigid(1, 0, work, 10 * work, 1);
        long seed = 11;
        List<Long> times = interruptionTimes(seed, 1.0, 1, 200);
        long start = 0;
        int fails = 0;
        List<Long> expectedStarts = new ArrayList<>(List.of(0L));
        for (long t : times) {
            if (t < start) {
                continue; // the node is being replaced: no instance to interrupt
            }
            if (t >= start + work) {
                break;
            }
            fails++;
            start = t + REPLACE;
            expectedStarts.add(start);
        }
        assertTrue(fails >= 1, "the seed gives at least one failure, so the test tests something");
        Result r = run(new HomogeneousCluster(1, 1, AllocationUnit.NODE), List.of(job), spot(1, 1.0, true,
                Checkpointing.NONE), seed, false);
        assertEquals(expectedStarts, r.recorder().starts);
        assertEquals(fails, r.recorder().requeued.size());
        assertEquals(1, r.recorder().finished.size());
        JobOutcome last = r.recorder().finished.get(0);
        assertEquals(start, last.startTime());
        assertEquals(start + work, last.endTime());
        assertEquals(JobEndState.COMPLETED, last.endState());
        for (JobOutcome lost : r.recorder().requeued) {
            assertEquals(JobEndState.NODE_FAIL, lost.endState());
        }
    }

    @Test
    void shouldCountARequeuedJobsWorkOnceAsUsefulAndOnceAsLost() {
        Job job = Job.rigid(1, 0, 3 * DAY, 30 * DAY, 1);
        Result r = run(new HomogeneousCluster(1, 1, AllocationUnit.NODE), List.of(job), spot(1, 1.0, true,
                Checkpointing.NONE), 11, false);
        double lost = 0;
        for (JobOutcome o : r.recorder().requeued) {
            lost += SimTime.toSeconds(o.runTime());
        }
        assertTrue(lost > 0);
        assertEquals(lost, r.stats().interruptions().lostCpuSeconds(), 1e-6);
        assertEquals((3 * 86_400 + lost) / 3600, r.metrics().coreHours(), 1e-6,
                "core-hours held: the useful 3 days and the lost runs");
        assertEquals(r.recorder().requeued.size(), r.stats().interruptions().requeued());
    }

    @Test
    void shouldResumeFromTheLastCheckpoint() {
        // Checkpoints every 6 hours of work, 10 minutes each: a run cut short keeps its whole
        // checkpointed intervals, and its last run does what is left, with its own checkpoints.
        long work = 3 * DAY;
        long interval = SimTime.seconds(6 * 3600);
        long overhead = SimTime.seconds(600);
        Checkpointing ckpt = new Checkpointing(interval, overhead);
        Job job = Job.rigid(1, 0, work, 10 * work, 1);
        long seed = 11;
        long left = work;
        long start = 0;
        long lostSeconds = 0;
        for (long t : interruptionTimes(seed, 1.0, 1, 200)) {
            if (t < start) {
                continue;
            }
            if (t >= start + ckpt.duration(left)) {
                break;
            }
            long elapsed = t - start;
            long saved = elapsed / (interval + overhead) * interval;
            lostSeconds += elapsed - saved / interval * (interval + overhead);
            left -= Math.min(saved, left);
            start = t + REPLACE;
        }
        Result r = run(new HomogeneousCluster(1, 1, AllocationUnit.NODE), List.of(job),
                spot(1, 1.0, true, ckpt), seed, false);
        JobOutcome last = r.recorder().finished.get(0);
        assertEquals(start, last.startTime());
        assertEquals(start + ckpt.duration(left), last.endTime());
        assertTrue(left < work, "some work was saved by a checkpoint before a failure");
        assertEquals(SimTime.toSeconds(lostSeconds), r.stats().interruptions().lostCpuSeconds(), 1e-6);
    }

    @Test
    void shouldEndAFailedJobForGoodWithoutRequeue() {
        Job job = Job.rigid(1, 0, 3 * DAY, 30 * DAY, 1);
        long first = interruptionTimes(11, 1.0, 1, 1).get(0);
        assertTrue(first < 3 * DAY);
        Result r = run(new HomogeneousCluster(1, 1, AllocationUnit.NODE), List.of(job), spot(1, 1.0, false,
                Checkpointing.NONE), 11, false);
        assertEquals(1, r.recorder().finished.size());
        JobOutcome o = r.recorder().finished.get(0);
        assertEquals(JobEndState.NODE_FAIL, o.endState());
        assertEquals(first, o.endTime());
        assertEquals(1, r.stats().interruptions().failed());
        assertEquals(first, r.stats().endTime(), "the run ends with its last job, not with the pending replacement");
    }

    @Test
    void shouldFailEveryJobSharingTheInterruptedNode() {
        // One Spot node of 4 cores, two 2-core jobs on it: one interruption fails both.
        List<Job> jobs = List.of(Job.rigid(1, 0, 3 * DAY, 30 * DAY, 2), Job.rigid(2, 0, 3 * DAY, 30 * DAY, 2));
        long first = interruptionTimes(11, 1.0, 1, 1).get(0);
        Result r = run(new HomogeneousCluster(1, 4, AllocationUnit.CORE), jobs, spot(1, 1.0, true,
                Checkpointing.NONE), 11, false);
        assertTrue(r.recorder().requeued.size() >= 2);
        assertEquals(first, r.recorder().requeued.get(0).endTime());
        assertEquals(first, r.recorder().requeued.get(1).endTime());
    }

    @Test
    void shouldPlaceJobsOnOnDemandNodesBeforeSpotOnes() {
        // Two nodes, the second Spot: a 1-node job sits on the On-Demand node and every
        // interruption hits the idle Spot node.
        Job job = Job.rigid(1, 0, 3 * DAY, 30 * DAY, 1);
        Result r = run(new HomogeneousCluster(2, 1, AllocationUnit.NODE), List.of(job), spot(1, 1.0, true,
                Checkpointing.NONE), 11, false);
        assertEquals(0, r.recorder().requeued.size());
        assertEquals(3 * DAY, r.recorder().finished.get(0).endTime());
        InterruptionStats s = r.stats().interruptions();
        assertTrue(s.spotInterruptions() >= 1);
        assertEquals(s.spotInterruptions(), s.idleHits());
    }

    private static List<Job> workload() {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long submit = SimTime.seconds(600L * i);
            long run = SimTime.seconds(1800 + (i * 7919L) % 20_000);
            jobs.add(Job.rigid(i + 1, submit, run, run * 2, 1 + (i * 31) % 8));
        }
        return jobs;
    }

    @Test
    void shouldRunExactlyAsWithoutSpotWhenTheRateIsZero() {
        HomogeneousCluster a = new HomogeneousCluster(8, 1, AllocationUnit.NODE);
        HomogeneousCluster b = new HomogeneousCluster(8, 1, AllocationUnit.NODE);
        Recorder plain = new Recorder();
        new ClusterRun(a, new EasyBackfillPolicy(), new ListJobSource(workload()), true, plain).run();
        Result spot = run(b, workload(), spot(8, 0, true, Checkpointing.NONE), 3, true);
        assertEquals(plain.finished, spot.recorder().finished);
        assertEquals(0, spot.stats().interruptions().spotInterruptions());
    }

    @Test
    void shouldGiveTheSameRunForTheSameSeedAndAnotherForAnother() {
        Spot s = spot(8, 0.5, true, Checkpointing.NONE);
        Result a = run(new HomogeneousCluster(8, 1, AllocationUnit.NODE), workload(), s, 5, true);
        Result b = run(new HomogeneousCluster(8, 1, AllocationUnit.NODE), workload(), s, 5, true);
        Result c = run(new HomogeneousCluster(8, 1, AllocationUnit.NODE), workload(), s, 6, true);
        assertEquals(a.recorder().finished, b.recorder().finished);
        assertEquals(a.stats(), b.stats());
        assertNotEquals(a.recorder().finished, c.recorder().finished);
        assertEquals(300, a.recorder().finished.size(), "every job ends once however often it failed");
        assertTrue(a.stats().interruptions().requeued() > 0);
    }

    @Test
    void shouldRepairAFailedNodeAfterAnExponentialTimeDrawnFromTheFailureStream() {
        // Hardware failures of one node, MTBF one day, MTTR 6 hours on average: the job of 3 days
        // restarts each time the node comes back.
        long work = 3 * DAY;
        Job job = Job.rigid(1, 0, work, 10 * work, 1);
        long seed = 21;
        FailureProcess hw = new FailureProcess(FailureProcess.HARDWARE, 0, 1, 1.0 / 86_400,
                SimTime.seconds(6 * 3600), true, true, "node.failures");
        RandomStream s = new RandomStreams(seed).stream("node.failures");
        long start = 0;
        long t = 0;
        int fails = 0;
        while (true) {
            t += Math.max(1, SimTime.ofSeconds(s.nextExponentialWithMean(86_400)));
            s.nextInt(1);
            if (t < start) {
                continue; // still being repaired: the draw of a repair time is only made on a failure
            }
            if (t >= start + work) {
                break;
            }
            fails++;
            start = t + Math.max(1, SimTime.ofSeconds(s.nextExponentialWithMean(6 * 3600)));
        }
        assertTrue(fails >= 1);
        Recorder r = new Recorder();
        RunStats stats = new ClusterRun(new HomogeneousCluster(1, 1, AllocationUnit.NODE), new FcfsPolicy(),
                new ListJobSource(List.of(job)), true, false, r, new NodeFailures(List.of(hw), Checkpointing.NONE),
                new RandomStreams(seed)).run();
        assertEquals(fails, r.requeued.size());
        assertEquals(start, r.finished.get(0).startTime());
        assertEquals(start + work, r.finished.get(0).endTime());
        assertEquals(fails, stats.interruptions().hardwareFailures());
        assertEquals(0, stats.interruptions().spotInterruptions());
    }
}
