package org.hpcsim.cli.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * slurmctld.log's submission, allocation (main loop and backfill thread), preemption, end and
 * controller start lines, to the millisecond; a job id's last line wins.
 */
class SlurmctldLogTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadSubmissionsAndEachLoopsAllocations() throws Exception {
        Path log = Files.writeString(dir.resolve("slurmctld.log"), """
                [2026-12-01T12:59:58.757] Running as primary controller
                [2026-12-01T13:00:00.100] _slurm_rpc_submit_batch_job: JobId=1 InitPrio=4294901759 usec=900
                [2026-12-01T13:09:59.757] Running as primary controller
                [2026-12-01T13:10:00] Running as primary controller
                [2026-12-01T13:10:09.624] _slurm_rpc_submit_batch_job: JobId=1 InitPrio=4294901751 usec=531
                [2026-12-01T13:10:10.134] sched: Allocate JobId=1 NodeList=n[1-3] #CPUs=3 Partition=all
                [2026-12-01T13:10:10.316] _slurm_rpc_submit_batch_job: JobId=2 InitPrio=4294901750 usec=438
                [2026-12-01T13:10:11.000] sched/backfill: _start_job: Started JobId=2 in all on n4
                [2026-12-01T13:10:12] sched: Allocate JobId=3 NodeList=n5 #CPUs=1 Partition=all
                [2026-12-01T13:10:19.194] _job_complete: JobId=1 WEXITSTATUS 0
                [2026-12-01T13:10:19.195] _job_complete: JobId=1 done
                """);
        SlurmctldLog l = SlurmctldLog.read(log);
        assertEquals(LocalDateTime.parse("2026-12-01T13:10:09.624"), l.submits().get(1L));
        assertEquals(LocalDateTime.parse("2026-12-01T13:10:10.316"), l.submits().get(2L));
        assertEquals(List.of(LocalDateTime.parse("2026-12-01T13:10:10.134")), l.allocations(),
                "backfill's starts and lines without milliseconds are not the main loop's ticks");
        assertEquals(LocalDateTime.parse("2026-12-01T13:10:10.134"), l.allocated().get(1L));
        assertEquals(List.of(LocalDateTime.parse("2026-12-01T13:10:11.000")), l.backfillActions());
        assertEquals(LocalDateTime.parse("2026-12-01T13:10:11.000"), l.allocated().get(2L),
                "a job the backfill thread started is allocated then");
        assertEquals(LocalDateTime.parse("2026-12-01T13:10:19.195"), l.done().get(1L));
        assertEquals(List.of(LocalDateTime.parse("2026-12-01T12:59:58.757"),
                LocalDateTime.parse("2026-12-01T13:09:59.757")), l.starts(), "each start, to the millisecond");
    }

    @Test
    void shouldTakeAPreemptionForTheBackfillThreadsUnlessItFollowsTheMainLoopsAllocation() throws Exception {
        // As a real slurmctld 22.05.8 logged them: backfill preempts for job 8; the victims' end
        // brings the main loop, which allocates job 8 and preempts for job 9 in the same pass; a
        // job's end brings a main-loop pass that preempts 19 ms later.
        Path log = Files.writeString(dir.resolve("slurmctld.log"), """
                [2026-12-02T22:45:00.172] preempted JobId=4 has been requeued to reclaim resources for JobId=8
                [2026-12-02T22:45:00.172] preempted JobId=1 has been requeued to reclaim resources for JobId=8
                [2026-12-02T22:45:00.201] Requeuing JobId=4
                [2026-12-02T22:45:00.201] sched: Allocate JobId=8 NodeList=n[1-2,7-9] #CPUs=5 Partition=high
                [2026-12-02T22:45:00.201] preempted JobId=5 has been requeued to reclaim resources for JobId=9
                [2026-12-02T22:45:00.227] Requeuing JobId=5
                [2026-12-02T22:45:00.227] sched: Allocate JobId=9 NodeList=n[10-12] #CPUs=3 Partition=high
                [2026-12-02T22:45:15.175] preempted JobId=3 has been killed to reclaim resources for JobId=10
                [2026-12-02T22:45:52.874] _job_complete: JobId=9 done
                [2026-12-02T22:45:52.893] preempted JobId=6 has been requeued to reclaim resources for JobId=11
                [2026-12-02T22:45:53.780] sched/backfill: _attempt_backfill: beginning
                """);
        SlurmctldLog l = SlurmctldLog.read(log);
        assertEquals(List.of(LocalDateTime.parse("2026-12-02T22:45:00.172"),
                LocalDateTime.parse("2026-12-02T22:45:00.172"), LocalDateTime.parse("2026-12-02T22:45:15.175")),
                l.backfillActions());
        assertEquals(2, l.allocations().size());
        assertEquals(List.of(LocalDateTime.parse("2026-12-02T22:45:53.780")), l.backfillPasses(),
                "each pass's start, where DebugFlags=Backfill logs it");
    }
}
