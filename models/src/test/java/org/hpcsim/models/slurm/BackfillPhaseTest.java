package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/**
 * The backfill thread wakes on its own phase after the background loop's tick (real slurmctld runs:
 * 0.07 to 0.2 s before the main loop's ticks, a phase of 0.8 to 0.93 s), with bf_interval 1.
 */
class BackfillPhaseTest {
    private static final long PHASE = SimTime.ofSeconds(0.9);

    private static SlurmConfig backfill(int nodes, long phase) {
        return backfill(nodes, phase, 1);
    }

    /** select/linear on {@code nodes} nodes, bf_interval {@code bfInterval} s, the thread at {@code phase}. */
    private static SlurmConfig backfill(int nodes, long phase, long bfInterval) {
        return SlurmConfig.uniform(nodes, 1, SchedulerType.BACKFILL, SelectType.LINEAR, params(bfInterval, phase));
    }

    private static SchedulerParams params(long bfInterval, long phase) {
        SchedulerParams d = SchedulerParams.defaults();
        return new SchedulerParams(d.defaultQueueDepth(), d.schedInterval(), SimTime.seconds(bfInterval),
                d.bfResolution(), d.bfWindow(), d.bfMaxJobTest(), 0, d.batchSchedDelay(), d.tick())
                .withBackfillPhase(phase);
    }

    private static long start(SlurmReplay.Result r, long id) {
        return r.outcomes.get(id).startTime();
    }

    @Test
    void shouldRunBackfillPassesAtThePhaseAfterTheTick() {
        // As on the tick (ControllerTimingTest): backfill starts job 1 before the delayed main loop,
        // and job 2, submitted at 3, before the main loop may run at 5; each 0.1 s sooner.
        SlurmReplay.Result r = SlurmReplay.run(backfill(2, PHASE), List.of(job(1, 0, 50, 60, 1), job(2, 3, 5, 60, 1)));
        assertEquals(SimTime.ofSeconds(0.9), start(r, 1));
        assertEquals(SimTime.ofSeconds(3.9), start(r, 2));
    }

    @Test
    void shouldLeaveAnEndBetweenTheBackfillPassAndTheTickToTheMainLoop() {
        // One node. Job 1 runs 10.05 s from backfill's start: with the phase it ends at 10.95, after the
        // backfill pass of 10.9, and the main loop's tick at 11 starts job 2. On the tick (phase 0)
        // job 1 starts at 1 and ends at 11.05; job 2 waits for the tick at 12.
        List<Job> jobs = List.of(new Job(1, 0, SimTime.ofSeconds(10.05), SimTime.seconds(60), 1, 1, 0, JobLabels.NONE,
                JobHistory.UNKNOWN, -1, -1), job(2, 0, 5, 60, 1));
        SlurmReplay.Result phased = SlurmReplay.run(backfill(1, PHASE), jobs);
        assertEquals(SimTime.ofSeconds(0.9), start(phased, 1));
        assertEquals(SimTime.seconds(11), start(phased, 2));
        SlurmReplay.Result onTick = SlurmReplay.run(backfill(1, 0), jobs);
        assertEquals(SimTime.seconds(1), start(onTick, 1));
        assertEquals(SimTime.seconds(12), start(onTick, 2));
    }

    @Test
    void shouldCountTheSecondOfAChangeFromTheThreadsWakeUp() {
        // bf_interval 30, three nodes. Backfill starts job 1 at 0.9 and passes idle at 30.9; the main
        // loop starts job 2 (submitted at 64.95) on the tick at 65, which wakes the thread at 65.9 with
        // nothing to plan. That start fell in the second before the thread's (in real runs the main
        // loop's tick came 0.1 to 0.2 s after the thread's wake-up, in the same wall-clock second), so
        // _more_work asks for no idle pass at 95.9 that would hold the next to 125.9: jobs 3 (all
        // nodes, blocking the main loop) and 4 come at 100, and backfill starts job 4 at 100.9.
        List<Job> jobs = List.of(job(1, 0, 1000, 2000, 1), new Job(2, SimTime.ofSeconds(64.95), SimTime.seconds(1000),
                SimTime.seconds(2000), 1, 1, 0, JobLabels.NONE, JobHistory.UNKNOWN, -1, -1), job(3, 100, 10, 100, 3),
                job(4, 100, 5, 100, 1));
        SlurmReplay.Result r = SlurmReplay.run(backfill(3, PHASE, 30), jobs);
        assertEquals(SimTime.seconds(65), start(r, 2));
        assertEquals(SimTime.ofSeconds(100.9), start(r, 4));
    }

    @Test
    void shouldSeeAWindowsStartOnTheThreadsFirstWakeUpAfterTheCheck() {
        // bf_interval 30, five nodes. Job 1 holds three; job 2 (all five) waits and blocks the main
        // loop. A window on node 4 starts at 97, found by the reservation check at 100: backfill sees
        // it at 100.9, not at 99.9 a tick before the check, so its next pass may come at 130.9, where
        // it starts job 3 (one node, submitted at 129.5) on node 5. On the tick: 100, then 130.
        BitSet node4 = new BitSet();
        node4.set(3);
        List<Maintenance> windows = List.of(new Maintenance("maint", SimTime.seconds(97), SimTime.seconds(1000),
                node4));
        List<Job> jobs = List.of(job(1, 0, 2000, 3000, 3), job(2, 1, 10, 60, 5), new Job(3, SimTime.ofSeconds(129.5),
                SimTime.seconds(10), SimTime.seconds(60), 1, 1, 0, JobLabels.NONE, JobHistory.UNKNOWN, -1, -1));
        for (long phase : new long[] {PHASE, 0}) {
            SlurmReplay.Result r = new SlurmReplay.Result();
            new SlurmController(backfill(5, phase, 30), windows, new ListJobSource(jobs), true, false, r).run();
            assertEquals(SimTime.seconds(130) + phase, start(r, 3), "phase " + phase);
        }
    }

    @Test
    void shouldRefuseAPhaseOutsideTheTick() {
        SchedulerParams d = SchedulerParams.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withBackfillPhase(d.tick()));
        assertThrows(IllegalArgumentException.class, () -> d.withBackfillPhase(-1));
        assertThrows(IllegalArgumentException.class, () -> d.immediate().withBackfillPhase(1));
        assertEquals(0, d.withBackfillPhase(PHASE).immediate().backfillPhase(), "no tick, no phase");
        SchedulerParams all = d.withBackfillPhase(PHASE).withMaxSwitchWait(1).withKillInvalidDepend(true)
                .withBackfillLimits(BackfillLimits.NONE).withMinJobAge(1).withControllerStart(1).withBfWindowLinear(1)
                .withBuiltinInterval(1).withKillWait(1);
        assertEquals(PHASE, all.backfillPhase(), "every other setting keeps the phase");
    }
}
