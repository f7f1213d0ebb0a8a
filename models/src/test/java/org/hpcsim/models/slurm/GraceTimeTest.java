package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.inPartition;
import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.hpcsim.models.slurm.SlurmReplay.nodes;
import static org.hpcsim.models.slurm.SlurmReplay.tiered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobEndState;
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
        // 11, preempts it: its grace ends at 31, and the time-limit test at 60 cancels it. The high
        // job starts on the tick after.
        SlurmReplay.Result r = lowThenHigh(SchedulerParams.defaults(), PreemptMode.CANCEL, 1000);
        assertPreemptedAndFollowed(r, 60, 61);
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
        SlurmConfig c = SlurmReplay.partitioned(2, SchedulerType.BACKFILL, p,
                        tiered("low", nodes(0, 1), true, 1, mode).withGraceTime(GRACE),
                        tiered("high", nodes(0, 1), false, 2, PreemptMode.OFF))
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
}
