package org.hpcsim.cli.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submissions and runs on the tick's clock, from a slurmctld.log of an oracle run: job 10 came
 * 0.18 s after the tick of its second, so it is due after that tick, not before it as its whole
 * second would have it.
 */
class TickClockTest {
    @TempDir
    Path dir;

    private static ReplayedJob replayed(int id, long slurmId) {
        return new ReplayedJob(new OracleJob(id, 0, 1, 5, 2), slurmId, "COMPLETED", 0, 0, 0);
    }

    @Test
    void shouldPutEachSubmissionOnTheTicksClockAndTakeRunsToTheMillisecond() throws Exception {
        Path log = Files.writeString(dir.resolve("slurmctld.log"), """
                [2026-12-01T12:59:31.132] Running as primary controller
                [2026-12-01T13:15:40.132] Running as primary controller
                [2026-12-01T13:16:09.624] _slurm_rpc_submit_batch_job: JobId=9 InitPrio=4294901751 usec=531
                [2026-12-01T13:17:00.001] Running as primary controller
                [2026-12-01T13:16:10.134] sched: Allocate JobId=9 NodeList=n[1-3] #CPUs=3 Partition=all
                [2026-12-01T13:16:10.316] _slurm_rpc_submit_batch_job: JobId=10 InitPrio=4294901750 usec=438
                [2026-12-01T13:16:13.140] sched: Allocate JobId=10 NodeList=n[4-8] #CPUs=5 Partition=all
                [2026-12-01T13:16:19.195] _job_complete: JobId=9 done
                [2026-12-01T13:16:20.199] _job_complete: JobId=10 done
                """);
        TickClock c = TickClock.of(List.of(replayed(1, 9), replayed(2, 10)), log);
        // 13:16:09.624 is 969.624 s past 13:00, the tick's phase there 0.134: 969.490. Job 10 at
        // 970.316 with the phase at 0.1344 (drifting to 0.140 by 973.140): 970.182.
        assertArrayEquals(new double[] {969.490, 970.182}, c.submits(), 1e-9);
        // Runs on the clock: job 9's less the tick's drift over it (0.134 to 0.140), job 10's none.
        assertArrayEquals(new double[] {9.055, 7.059}, c.runs(), 1e-9);
        // The last start before the first submission, 940.132 s past 13:00: the tick of second 940 is
        // at 940 on this clock, and periodic passes come on the ticks of 1000, 1060...
        assertEquals(940L, c.controllerStart());
        assertNull(c.backfillPhase(), "no backfill pass in the log");
        assertNull(TickClock.of(List.of(replayed(3, 11)), log), "a job the log does not show");
        assertNull(TickClock.of(List.of(replayed(1, 9)), log, TickClock.Loop.BACKFILL),
                "no start of the backfill thread to read its phase from");
    }

    /**
     * The main loop's first allocation may come a minute into the run while its tick drifts: its
     * phase before then runs from the controller's start (the background loop starts with it), not
     * held at the first allocation's.
     */
    @Test
    void shouldTakeTheMainLoopsPhaseFromTheControllersStartBeforeItsFirstAllocation() throws Exception {
        Path log = Files.writeString(dir.resolve("slurmctld.log"), """
                [2026-12-01T13:16:00.300] Running as primary controller
                [2026-12-01T13:16:30.500] _slurm_rpc_submit_batch_job: JobId=1 InitPrio=4294901751 usec=531
                [2026-12-01T13:17:00.420] sched: Allocate JobId=1 NodeList=n[1-3] #CPUs=3 Partition=all
                [2026-12-01T13:17:09.195] _job_complete: JobId=1 done
                """);
        // 990.5 s past 13:00, half way from the start (960.300, phase 0.300) to the allocation
        // (1020.420, phase 0.420): phase 0.3598, so 990.140 rather than 990.080.
        TickClock c = TickClock.of(List.of(replayed(1, 1)), log);
        assertArrayEquals(new double[] {990.140}, c.submits(), 1e-9);
    }

    /**
     * On the main loop's clock, the backfill thread's passes (DebugFlags=Backfill) give its phase
     * after the main loop's tick: their median, unwrapped across the second's end, from the first
     * submission on.
     */
    @Test
    void shouldReadTheBackfillThreadsPhaseAfterTheMainLoopsTick() throws Exception {
        Path log = Files.writeString(dir.resolve("slurmctld.log"), """
                [2026-12-01T13:16:05.500] sched/backfill: _attempt_backfill: beginning
                [2026-12-01T13:16:09.624] _slurm_rpc_submit_batch_job: JobId=9 InitPrio=4294901751 usec=531
                [2026-12-01T13:16:10.250] sched/backfill: _attempt_backfill: beginning
                [2026-12-01T13:16:10.300] sched: Allocate JobId=9 NodeList=n[1-3] #CPUs=3 Partition=all
                [2026-12-01T13:16:11.290] sched/backfill: _attempt_backfill: beginning
                [2026-12-01T13:16:12.310] sched/backfill: _attempt_backfill: beginning
                [2026-12-01T13:16:19.195] _job_complete: JobId=9 done
                """);
        // The main loop's tick at .300; the passes 0.95, 0.99 and 1.01 s after a tick (the one at
        // 5.500, before the submission, is not counted): 0.99, not the 0.95 that 0.01 would make.
        TickClock main = TickClock.of(List.of(replayed(1, 9)), log);
        assertEquals(0.99, main.backfillPhase(), 1e-9);
        assertNull(TickClock.of(List.of(replayed(1, 9)), log, TickClock.Loop.BACKFILL).backfillPhase(),
                "on the backfill thread's own clock");
    }

    /**
     * From a run where the backfill thread woke at .92 of each second: a job submitted at .72 started
     * in the second of its submission, which on the job log's whole seconds hpcsim put a second later.
     */
    @Test
    void shouldPutSubmissionsOnTheBackfillThreadsClock() throws Exception {
        Path log = Files.writeString(dir.resolve("slurmctld.log"), """
                [2026-12-02T05:15:43.722] _slurm_rpc_submit_batch_job: JobId=1 InitPrio=4294901759 usec=433
                [2026-12-02T05:15:43.921] sched/backfill: _start_job: Started JobId=1 in all on n[1-4]
                [2026-12-02T05:15:46.718] _slurm_rpc_submit_batch_job: JobId=2 InitPrio=4294901758 usec=349
                [2026-12-02T05:15:46.925] sched/backfill: _start_job: Started JobId=2 in all on n[5-9]
                [2026-12-02T05:15:50.993] _job_complete: JobId=1 done
                [2026-12-02T05:15:55.047] _job_complete: JobId=2 done
                """);
        TickClock c = TickClock.of(List.of(replayed(1, 1), replayed(2, 2)), log, TickClock.Loop.BACKFILL);
        // 943.722 less the phase 0.921: 942.801, due on the thread's wake-up at 943 (943.921 on the
        // wall clock). 946.718 less 0.9247 (drifting from 0.921 at 943.921 to 0.925 at 946.925): 945.793.
        assertArrayEquals(new double[] {942.801, 945.793}, c.submits(), 1e-9);
        // Job 1's run less the thread's drift over it (0.921 to 0.925).
        assertArrayEquals(new double[] {7.068, 8.122}, c.runs(), 1e-9);
        assertNull(c.controllerStart(), "no start in the log");
    }

    /**
     * A run lasts until the last of its nodes was free again: the last terminate request its
     * slurmds logged (SlurmdDebug=debug), where that is after its end; a slurmd slow to answer (job
     * 2's n4 here) keeps hpcsim's job on its nodes as long.
     */
    @Test
    void shouldRunUntilTheLastOfTheJobsNodesIsReleased() throws Exception {
        Path log = Files.writeString(dir.resolve("slurmctld.log"), """
                [2026-12-01T13:16:09.624] _slurm_rpc_submit_batch_job: JobId=1 InitPrio=4294901751 usec=531
                [2026-12-01T13:16:10.134] sched: Allocate JobId=1 NodeList=n[1-2] #CPUs=2 Partition=all
                [2026-12-01T13:16:10.316] _slurm_rpc_submit_batch_job: JobId=2 InitPrio=4294901750 usec=438
                [2026-12-01T13:16:11.134] sched: Allocate JobId=2 NodeList=n[3-4] #CPUs=2 Partition=all
                [2026-12-01T13:16:19.195] _job_complete: JobId=1 done
                [2026-12-01T13:16:20.100] _job_complete: JobId=2 done
                """);
        Files.writeString(dir.resolve("slurmd-n1.log"), """
                [2026-12-01T13:16:19.196] debug:  _rpc_terminate_job: uid = 0 JobId=1
                """);
        Files.writeString(dir.resolve("slurmd-n2.log"), """
                [2026-12-01T13:16:19.199] debug:  _rpc_terminate_job: uid = 0 JobId=1
                """);
        Files.writeString(dir.resolve("slurmd-n3.log"), """
                [2026-12-01T13:16:20.103] debug:  _rpc_terminate_job: uid = 0 JobId=2
                """);
        Files.writeString(dir.resolve("slurmd-n4.log"), """
                [2026-12-01T13:16:20.160] debug:  _rpc_terminate_job: uid = 0 JobId=2
                """);
        TickClock c = TickClock.of(List.of(replayed(1, 1), replayed(2, 2)), log);
        assertArrayEquals(new double[] {9.065, 9.026}, c.runs(), 1e-9);
    }

    /**
     * From a CI run (2026-12-03): the main loop's tick came at .696 and then, three seconds on, at
     * .729. Job 11, started on the first, ended at .718, before the second; in wall-clock time its
     * run (3.022 s) from its tick at 90 on the clock would end at 93.022, after the tick of 93, and
     * hpcsim started the job waiting for its nodes 3 s late. Less the tick's drift over the run it
     * ends before that tick, as it did.
     */
    @Test
    void shouldTakeTheTicksDriftOffARunItsLoopStarted() throws Exception {
        Path log = Files.writeString(dir.resolve("slurmctld.log"), """
                [2026-12-03T16:01:24.073] _slurm_rpc_submit_batch_job: JobId=11 InitPrio=4294901748 usec=400
                [2026-12-03T16:01:30.696] sched: Allocate JobId=11 NodeList=n[1-2,9-12] #CPUs=6 Partition=all
                [2026-12-03T16:01:33.718] _job_complete: JobId=11 done
                [2026-12-03T16:01:33.729] sched: Allocate JobId=14 NodeList=n[6-12] #CPUs=7 Partition=all
                """);
        TickClock c = TickClock.of(List.of(replayed(1, 11)), log);
        // 3.022 less the drift from 0.696 to 0.696 + 0.033 * 3.022 / 3.033 = 0.72888: 2.989.
        assertArrayEquals(new double[] {2.989}, c.runs(), 1e-9);
        assertTrue(90 + c.runs()[0] < 93, "ends before the tick that started job 14");
    }
}
