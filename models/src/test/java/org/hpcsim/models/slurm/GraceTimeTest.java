package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.inPartition;
import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.hpcsim.models.slurm.SlurmReplay.nodes;
import static org.hpcsim.models.slurm.SlurmReplay.tiered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.NodeFailures;
import org.hpcsim.models.run.PreemptionStats;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

/**
 * Preemption GraceTime (see {@link GracePeriods}): two one-CPU nodes shared by a low partition whose
 * jobs are preempted with a grace time and a high partition of tier 2; a low job of both nodes from
 * 0, a high job of both nodes submitted at 10.
 */
class GraceTimeTest {
    private static final long GRACE = SimTime.seconds(20);

    private static SlurmReplay.Result lowThenHigh(SchedulerParams p, PreemptMode mode, long lowRun) {
        return run(p, mode, List.of(inPartition(job(1, 0, lowRun, 2000, 2), "low"),
                inPartition(job(2, 10, 100, 200, 2), "high")));
    }

    @Test
    void shouldLetThePreemptedJobRunThroughItsGraceTimeUnderAnIdealisedController() {
        // Preempted at 10, it runs to 10 + 20 = 30 and is cancelled then; the high job starts at once.
        SlurmReplay.Result r = lowThenHigh(SlurmReplay.params(1, 1), PreemptMode.CANCEL, 1000);
        assertPreemptedAndFollowed(r, 30, 30);
        assertEquals(new PreemptionStats(0, 1, 60.0), r.stats.preemption(), "2 CPUs for 30 s lost");
    }

    @Test
    void shouldStopThePreemptedJobOnTheTimeLimitTestAfterItsGraceTime() {
        // Slurm's timing: the job starts on the tick at 2; the high job's first pass, on the tick at
        // 11, preempts it: its grace ends at 31, and the time-limit test at 60 cancels it. Its
        // nodes' epilog-complete messages bring a main pass at once, which starts the high job.
        SlurmReplay.Result r = lowThenHigh(SchedulerParams.defaults(), PreemptMode.CANCEL, 1000);
        assertPreemptedAndFollowed(r, 60, 60);
    }

    @Test
    void shouldLetAJobThatEndsWithinItsGraceTimeComplete() {
        SlurmReplay.Result r = lowThenHigh(SlurmReplay.params(1, 1), PreemptMode.CANCEL, 25);
        assertEquals(25, r.end(1));
        assertEquals(JobEndState.COMPLETED, r.outcomes.get(1L).endState());
        assertEquals(25, r.start(2));
        assertEquals(PreemptionStats.NONE, r.stats.preemption());
    }

    @Test
    void shouldRequeueAtTheEndOfTheGraceTime() {
        SlurmReplay.Result r = lowThenHigh(SlurmReplay.params(1, 1), PreemptMode.REQUEUE, 1000);
        assertEquals(1, r.requeued.size());
        assertEquals(30 * SimTime.SECOND, r.requeued.get(0).endTime());
        assertEquals(30, r.start(2));
        // Eligible again at 30 + 121 = 151, after the high job (30 to 130): backfill restarts it then.
        assertEquals(151, r.start(1));
    }

    @Test
    void shouldTakeTheGraceTimeOfTheVictimsQosUnderPreemptQos() {
        // preempt/qos: the low QOS's GraceTime of 20 s, the partition's none.
        Qos low = Qos.unlimited("low", 10).withPreemption(new QosPreemptRule(List.of(), null, -1, GRACE));
        SlurmConfig c = SlurmConfig.uniform(2, 1, SchedulerType.BUILTIN, SelectType.LINEAR, SlurmReplay.params(1, 1))
                .withPreemption(Preemption.qos(PreemptMode.CANCEL))
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), low, Qos.unlimited("high", 100)
                        .withPreemption(new QosPreemptRule(List.of("low"), null, -1))), "normal"));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(QosLimitsTest.job(1, 0, 1000, 2000, 2, 2, "a", "x", "low"),
                QosLimitsTest.job(2, 10, 100, 200, 2, 2, "b", "x", "high")));
        assertPreemptedAndFollowed(r, 30, 30);
    }

    /** Job 1 was preempted (cancelled) at {@code end} s and job 2 started at {@code start} s. */
    private static void assertPreemptedAndFollowed(SlurmReplay.Result r, long end, long start) {
        assertEquals(end, r.end(1));
        assertEquals(JobEndState.PREEMPTED, r.outcomes.get(1L).endState());
        assertEquals(start, r.start(2));
    }

    private static SlurmReplay.Result run(SchedulerParams p, PreemptMode mode, List<Job> jobs) {
        return run(2, p, mode, jobs);
    }

    /** As above on {@code nodes} nodes, the low partition on the first two, the high one on all. */
    private static SlurmReplay.Result run(int nodes, SchedulerParams p, PreemptMode mode, List<Job> jobs) {
        SlurmConfig c = SlurmReplay.partitioned(nodes, SchedulerType.BACKFILL, p,
                        tiered("low", nodes(0, 1), true, 1, mode).withGraceTime(GRACE),
                        tiered("high", nodes(0, nodes - 1), false, 2, PreemptMode.OFF))
                .withPreemption(Preemption.partitionPrio());
        return SlurmReplay.run(c, jobs);
    }

    @Test
    void shouldPreemptAJobWhoseLimitEndsWithinItsGraceTime() {
        // The grace time is cut to the limit (25): from the preemption on, the time-limit test
        // preempts the job rather than timing it out.
        SlurmReplay.Result r = run(SlurmReplay.params(1, 1), PreemptMode.CANCEL,
                List.of(inPartition(job(1, 0, 1000, 25, 2), "low"), inPartition(job(2, 10, 100, 200, 2), "high")));
        assertPreemptedAndFollowed(r, 25, 25);
    }

    @Test
    void shouldStopAJobAlreadyPastItsLimitOnTheNextTest() {
        // OverTimeLimit of a minute: at 10 the job is past its limit (8); its grace end is that
        // limit, already gone, so it is stopped at once.
        SchedulerParams d = SchedulerParams.defaults();
        SchedulerParams p = new SchedulerParams(d.defaultQueueDepth(), d.schedInterval(), SimTime.SECOND,
                SimTime.SECOND, d.bfWindow(), d.bfMaxJobTest(), SimTime.seconds(60), 0, 0);
        SlurmReplay.Result r = run(p, PreemptMode.CANCEL,
                List.of(inPartition(job(1, 0, 1000, 8, 2), "low"), inPartition(job(2, 10, 100, 200, 2), "high")));
        assertPreemptedAndFollowed(r, 10, 10);
    }

    @Test
    void shouldGiveARequeuedJobItsGraceTimeAgainWhenPreemptedAgain() {
        // Requeued at 30, back at 151; a second high job at 200 preempts it again: grace to 220.
        SlurmReplay.Result r = run(SlurmReplay.params(1, 1), PreemptMode.REQUEUE,
                List.of(inPartition(job(1, 0, 1000, 2000, 2), "low"), inPartition(job(2, 10, 100, 200, 2), "high"),
                        inPartition(job(3, 200, 100, 200, 2), "high")));
        assertEquals(2, r.requeued.size());
        assertEquals(30 * SimTime.SECOND, r.requeued.get(0).endTime());
        assertEquals(151 * SimTime.SECOND, r.requeued.get(1).startTime());
        assertEquals(220 * SimTime.SECOND, r.requeued.get(1).endTime());
        assertEquals(220, r.start(3));
    }

    @Test
    void shouldPlanTheJobsBehindThePreemptorOnTheVictimsGraceEnd() {
        // Five nodes. Job 1 (low) holds nodes 0 and 1, job 5 (high) nodes 2 and 3 from 1 to 500. At 10,
        // job 6 (high, all five nodes) is blocked and stops the main loop; backfill reserves it from
        // 500. Job 2 (2 nodes) preempts job 1 into its grace time, to 30. Job 3 (3 nodes) is planned
        // in the same pass on job 1's cut end, nodes 0, 1 and 4 from 30, so job 4 (1 node) may not
        // take node 4 now. Planned as if job 1 were gone, job 3 would never fit while job 1 holds its
        // nodes, get no reservation, and job 4 would start at 10 (and delay job 3 to 310).
        SlurmReplay.Result r = run(5, SlurmReplay.params(1, 1), PreemptMode.CANCEL,
                List.of(inPartition(job(1, 0, 1000, 2000, 2), "low"), inPartition(job(5, 1, 499, 499, 2), "high"),
                        inPartition(job(6, 10, 100, 200, 5), "high"), inPartition(job(2, 10, 100, 200, 2), "high"),
                        inPartition(job(3, 10, 100, 100, 3), "high"), inPartition(job(4, 10, 300, 300, 1), "high")));
        assertPreemptedAndFollowed(r, 30, 30);
        assertEquals(130, r.start(3), "behind job 2, on nodes 0, 1 and 4");
        assertEquals(600, r.start(4), "after job 6: between job 3's end and 500 it would not fit");
    }

    @Test
    void shouldCountTheWholeTimeLimitOfAJobInItsGraceTimeAgainstGrpTresMins() {
        // QOS g, GrpTRESMins=cpu=10. Job 1 (g, low, 5 min limit) is preempted at 10 into a grace time
        // to 30. Its cut end does not change what it holds: acct_policy.c charged 1 CPU x its time
        // limit at its start, so job 3 (g, 6 min, on a node of its own) waits for job 1 to leave
        // (5 + 6 > 10). Counted to its cut end (1 min), job 3 would start at 11.
        Qos g = Qos.unlimited("g", 0).withGrpTresMins(new TresLimit(10, Qos.UNLIMITED, Qos.UNLIMITED));
        SlurmConfig c = SlurmReplay.partitioned(2, SchedulerType.BACKFILL, SlurmReplay.params(1, 1),
                        tiered("low", nodes(0, 0), true, 1, PreemptMode.CANCEL).withGraceTime(GRACE),
                        tiered("high", nodes(0, 0), false, 2, PreemptMode.OFF),
                        tiered("side", nodes(1, 1), false, 1, PreemptMode.OFF))
                .withPreemption(Preemption.partitionPrio())
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), g), "normal"));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(
                inPartition(QosLimitsTest.job(1, 0, 1000, 300, 1, 1, "a", "x", "g"), "low"),
                inPartition(job(2, 10, 100, 200, 1), "high"),
                inPartition(QosLimitsTest.job(3, 11, 100, 360, 1, 1, "a", "x", "g"), "side")));
        assertPreemptedAndFollowed(r, 30, 30);
        assertEquals(30, r.start(3));
    }

    @Test
    void shouldTryToPreemptAgainExactlyKillWaitAndMessageTimeoutLater() {
        // Slurm's timing: job 2 preempts job 1 on the tick at 11 (grace to 31). Job 3's submission
        // brings a pass on the tick at 51, KillWait + MessageTimeout (40 s) after the preemption:
        // select_nodes preempts again from then on, so job 1 goes at 51, before the time-limit
        // test at 60; job 2 starts on the pass its nodes' epilog-complete messages bring at once.
        // A second later, at 52, the time-limit test at 60 would have come first.
        SlurmReplay.Result r = run(SchedulerParams.defaults(), PreemptMode.CANCEL,
                List.of(inPartition(job(1, 0, 1000, 2000, 2), "low"), inPartition(job(2, 10, 100, 200, 2), "high"),
                        inPartition(job(3, 50, 100, 200, 2), "high")));
        assertPreemptedAndFollowed(r, 51, 51);
    }

    @Test
    void shouldForgetTheGraceTimeOfAJobRequeuedByANodeFailureInIt() {
        // Two nodes; n1 fails at about 278.85 s (seed 11, as NodeOutageTest) and is back 500 s later.
        // Job 2 (both nodes) preempts low jobs 1 (n1) and 4 (n2) at 270 into grace times to 290. n1
        // fails under job 1 in its grace: requeued (NODE_FAIL), it is back at t1 + 121 on n2 and
        // job 3 preempts it again at 450, into a second grace time to 470. Left in the list from its
        // first grace time, it would be stopped twice (a crash, before GracePeriods.left).
        FailureProcess n1Fails = new FailureProcess(FailureProcess.HARDWARE, 0, 1, 1.0 / 300, SimTime.seconds(500),
                false, true, "node.failures");
        SlurmConfig c = SlurmReplay.partitioned(2, SchedulerType.BACKFILL, SlurmReplay.params(1, 1),
                        tiered("low", nodes(0, 1), true, 1, PreemptMode.REQUEUE).withGraceTime(GRACE),
                        tiered("high", nodes(0, 1), false, 2, PreemptMode.OFF))
                .withPreemption(Preemption.partitionPrio());
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(job(1, 0, 1000, 300, 1), "low"),
                        inPartition(job(4, 0, 1000, 2000, 1), "low"), inPartition(job(2, 270, 100, 200, 2), "high"),
                        inPartition(job(3, 450, 100, 200, 1), "high")),
                new NodeFailures(List.of(n1Fails), Checkpointing.NONE), 11);
        List<JobOutcome> job1 = r.requeued.stream().filter(o -> o.job().id() == 1).toList();
        assertEquals(2, job1.size());
        assertEquals(JobEndState.NODE_FAIL, job1.get(0).endState());
        long t1 = job1.get(0).endTime();
        assertEquals(t1 + 121 * SimTime.SECOND, job1.get(1).startTime());
        assertEquals(JobEndState.REQUEUED, job1.get(1).endState());
        assertEquals(470 * SimTime.SECOND, job1.get(1).endTime(), "the second grace time, whole");
        assertEquals(470, r.start(3));
    }
}
