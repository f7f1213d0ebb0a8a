package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.run.InterruptionStats;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.NodeFailures;
import org.junit.jupiter.api.Test;

/**
 * Node failures under the Slurm model, on hand-worked timelines: one-CPU nodes, select/linear, an
 * idealised controller (passes at the instant of events, backfill every second). Node n1 (index
 * 0) fails as a Poisson process of mean 300 s from the named stream {@code node.failures} and is
 * back {@value #REPAIR} s later; with seed 11 the first failure comes at about 278.85 s and the
 * next at about 1906 s, after every timeline here has ended. Requeued jobs are eligible again
 * cred_expire + 1 = 121 s after the failure.
 */
class NodeOutageTest {
    private static final long SEED = 11;
    private static final long REPAIR = 500;
    private static final long S = SimTime.SECOND;

    /** The first failure the run draws: the gap from the stream, exactly as the clock draws it. */
    private static long firstFailure() {
        RandomStream s = new RandomStreams(SEED).stream("node.failures");
        return Math.max(1, SimTime.ofSeconds(s.nextExponentialWithMean(300)));
    }

    private static NodeFailures failures(boolean requeue, Checkpointing checkpoints) {
        FailureProcess p = new FailureProcess(FailureProcess.HARDWARE, 0, 1, 1.0 / 300, SimTime.seconds(REPAIR),
                false, requeue, "node.failures");
        return new NodeFailures(List.of(p), checkpoints);
    }

    private static SlurmReplay.Result run(int nodes, SchedulerType type, List<org.hpcsim.models.workload.Job> jobs,
                                          NodeFailures f) {
        SlurmConfig c = SlurmReplay.uniform(nodes, 1, type, SelectType.LINEAR, SlurmReplay.params(1, 1));
        return SlurmReplay.run(c, jobs, f, SEED);
    }

    @Test
    void shouldRequeueAJobOnAFailedNodeAndRestartItOnAnIdleNodeOnceEligible() {
        long t1 = firstFailure();
        assertTrue(t1 > 200 * S && t1 < 300 * S, "the seed's first failure falls inside the job's run");
        SlurmReplay.Result r = run(2, SchedulerType.BACKFILL, List.of(job(1, 0, 1000, 2000, 1)),
                failures(true, Checkpointing.NONE));
        assertEquals(1, r.requeued.size());
        JobOutcome lost = r.requeued.get(0);
        assertEquals(JobEndState.NODE_FAIL, lost.endState());
        assertEquals(0, lost.startTime());
        assertEquals(t1, lost.endTime());
        // n1 is DOWN until t1 + 500, so the start at t1 + 121 (the backfill pass at its begin time) is on n2.
        JobOutcome last = r.outcomes.get(1L);
        assertEquals(t1 + 121 * S, last.startTime());
        assertEquals(t1 + 1121 * S, last.endTime());
        assertEquals(JobEndState.COMPLETED, last.endState());
        assertEquals(new InterruptionStats(0, 1, 0, 1, 0, SimTime.toSeconds(t1)), r.stats.interruptions());
    }

    @Test
    void shouldEndAJobOnAFailedNodeForGoodUnderJobRequeueZero() {
        long t1 = firstFailure();
        SlurmConfig c = SlurmReplay.uniform(2, 1, SchedulerType.BACKFILL, SelectType.LINEAR, SlurmReplay.params(1, 1))
                .withJobRequeue(false);
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 1000, 2000, 1)),
                failures(true, Checkpointing.NONE), SEED);
        assertTrue(r.requeued.isEmpty(), "JobRequeue=0: no batch job is requeued");
        assertEquals(JobEndState.NODE_FAIL, r.outcomes.get(1L).endState());
        assertEquals(t1, r.outcomes.get(1L).endTime());
    }

    @Test
    void shouldStartARequeuedJobAtTheFirstSchedIntervalPassAfterItsBeginTimeUnderBuiltin() {
        long t1 = firstFailure();
        SlurmReplay.Result r = run(2, SchedulerType.BUILTIN, List.of(job(1, 0, 1000, 2000, 1)),
                failures(true, Checkpointing.NONE));
        long eligible = t1 + 121 * S;
        long pass = (eligible / (60 * S) + 1) * 60 * S;
        assertEquals(420 * S, pass, "eligible at about 399.85 s; sched_interval passes every 60 s");
        assertEquals(pass, r.outcomes.get(1L).startTime());
    }

    @Test
    void shouldGiveADownNodeToNoWaitingJobUntilItReturnsAfterItsRepairTime() {
        // One node. A (500 s) runs from 0; B waits behind it. The node fails under A: B must not get
        // it while it is DOWN, though B is pending at the failure and A is eligible again at t1 + 121.
        // At t1 + 500 the node is back and IDLE, and the pass then starts A: under priority/basic a
        // requeued job keeps its priority in 22.05 (batch_requeue_fini resets it only since 24.05.5),
        // so A still ranks before B. B follows at A's end.
        long t1 = firstFailure();
        SlurmReplay.Result r = run(1, SchedulerType.BACKFILL, List.of(job(1, 0, 500, 1000, 1),
                job(2, 10, 100, 200, 1)), failures(true, Checkpointing.NONE));
        long back = t1 + REPAIR * S;
        assertEquals(back, r.outcomes.get(1L).startTime());
        assertEquals(back + 500 * S, r.outcomes.get(2L).startTime());
        assertEquals(back + 600 * S, r.outcomes.get(2L).endTime());
        assertEquals(back + 600 * S, r.stats.endTime(), "the run ends with its last job");
    }

    @Test
    void shouldKeepARequeuedJobAheadOfTheJobsSubmittedAfterIt() {
        // As above, with C submitted 10 s after the failure: at t1 + 500, A, then B, then C.
        long t1 = firstFailure();
        long cSubmit = t1 / S + 10;
        SlurmReplay.Result r = run(1, SchedulerType.BACKFILL, List.of(job(1, 0, 500, 1000, 1),
                job(2, 10, 100, 200, 1), job(3, cSubmit, 50, 200, 1)), failures(true, Checkpointing.NONE));
        long back = t1 + REPAIR * S;
        assertEquals(back, r.outcomes.get(1L).startTime());
        assertEquals(back + 500 * S, r.outcomes.get(2L).startTime());
        assertEquals(back + 600 * S, r.outcomes.get(3L).startTime(), "C ends before the next failure");
    }

    @Test
    void shouldFreeTheOtherNodesOfAFailedJobAtOnce() {
        // Two nodes. A holds both; B (one node) waits. n1 fails under A: n2 is free at once and B
        // starts there in the pass of the failure. A needs both nodes again: n1 is back at t1 + 500,
        // n2 when B ends at t1 + 1000.
        long t1 = firstFailure();
        SlurmReplay.Result r = run(2, SchedulerType.BACKFILL, List.of(job(1, 0, 500, 2000, 2),
                job(2, 5, 1000, 2000, 1)), failures(true, Checkpointing.NONE));
        assertEquals(t1, r.outcomes.get(2L).startTime());
        assertEquals(t1 + 1000 * S, r.outcomes.get(1L).startTime());
        assertEquals(JobEndState.COMPLETED, r.outcomes.get(1L).endState());
        assertEquals(2 * SimTime.toSeconds(t1), r.stats.interruptions().lostCpuSeconds(), 1e-9,
                "both CPUs of the failed run are lost");
    }

    @Test
    void shouldEndAFailedJobForGoodWithoutRequeue() {
        long t1 = firstFailure();
        SlurmReplay.Result r = run(1, SchedulerType.BACKFILL, List.of(job(1, 0, 1000, 2000, 1),
                job(2, 10, 100, 200, 1)), failures(false, Checkpointing.NONE));
        assertTrue(r.requeued.isEmpty());
        JobOutcome failed = r.outcomes.get(1L);
        assertEquals(JobEndState.NODE_FAIL, failed.endState());
        assertEquals(t1, failed.endTime());
        assertEquals(t1 + REPAIR * S, r.outcomes.get(2L).startTime());
        InterruptionStats s = r.stats.interruptions();
        assertEquals(1, s.failed());
        assertEquals(0, s.requeued());
    }

    @Test
    void shouldResumeFromTheLastCheckpoint() {
        // Checkpoints every 100 s of work, 10 s each: 1000 s of work takes 1090 s. Failing at about
        // 278.85 s the run has completed two checkpoints (at 110 s and 220 s): 200 s saved, 58.85 s
        // lost. The next run, once n1 is back, does 800 s of work in 870 s.
        long t1 = firstFailure();
        Checkpointing ckpt = new Checkpointing(100 * S, 10 * S);
        SlurmReplay.Result r = run(1, SchedulerType.BACKFILL, List.of(job(1, 0, 1000, 2000, 1)), failures(true, ckpt));
        long back = t1 + REPAIR * S;
        JobOutcome last = r.outcomes.get(1L);
        assertEquals(back, last.startTime());
        assertEquals(back + 870 * S, last.endTime());
        assertEquals(SimTime.toSeconds(t1 - 220 * S), r.stats.interruptions().lostCpuSeconds(), 1e-9);
    }

    @Test
    void shouldReportNoFailuresForARunWithout() {
        SlurmReplay.Result r = SlurmReplay.run(SlurmReplay.uniform(1, 1, SchedulerType.BACKFILL, SelectType.LINEAR,
                SlurmReplay.params(1, 1)), List.of(job(1, 0, 1000, 2000, 1)));
        assertNull(r.stats.interruptions());
    }
}
