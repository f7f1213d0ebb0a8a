package org.hpcsim.cli.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slurmctld.log lines that name a job around a moment of the replay, on the replayed jobs' clock. */
class LogExcerptTest {
    @TempDir
    Path dir;

    @Test
    void shouldKeepTheLinesOfTheWindowOnTheReplaysClock() throws Exception {
        Path log = Files.writeString(dir.resolve("slurmctld.log"), """
                [2026-12-01T13:16:09.624] _slurm_rpc_submit_batch_job: JobId=9 InitPrio=4294901751 usec=531
                [2026-12-01T13:16:10.134] sched: Allocate JobId=9 NodeList=n[1-3] #CPUs=3 Partition=all
                [2026-12-01T13:16:19.195] _job_complete: JobId=9 done
                not a log line
                [2026-12-01T13:16:20.000] error: a line that names no job
                [2026-12-01T13:16:22.001] sched: Allocate JobId=10 NodeList=n[1-3] #CPUs=3 Partition=all
                [2026-12-01T13:16:23.500] _job_complete: JobId=10 done
                """);
        ReplayedJob first = new ReplayedJob(new OracleJob(1, 0, 1, 5, 2), 9, "COMPLETED", 969, 970, 979);
        // 13:16:22 is 982 s past 13:00: from 977 to 983.
        assertEquals("""
                  [2026-12-01T13:16:19.195] _job_complete: JobId=9 done
                  [2026-12-01T13:16:22.001] sched: Allocate JobId=10 NodeList=n[1-3] #CPUs=3 Partition=all
                """, LogExcerpt.around(log, first, 982, 5, 1));
        assertEquals("", LogExcerpt.around(log, new ReplayedJob(new OracleJob(2, 0, 1, 5, 2), 11, "COMPLETED", 0, 0, 0),
                982, 5, 1), "a job the log does not show");
    }
}
