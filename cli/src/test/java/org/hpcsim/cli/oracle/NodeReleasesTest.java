package org.hpcsim.cli.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each job's last terminate request over every slurmd's log, at debug; an earlier cluster's lines lose. */
class NodeReleasesTest {
    @TempDir
    Path dir;

    @Test
    void shouldTakeEachJobsLatestTerminateRequestOverAllNodes() throws Exception {
        Files.writeString(dir.resolve("slurmd-n1.log"), """
                [2026-12-01T12:00:05.000] debug:  _rpc_terminate_job: uid = 0 JobId=7
                [2026-12-01T13:16:19.196] debug:  _rpc_terminate_job: uid = 0 JobId=7
                [2026-12-01T13:16:19.197] debug:  credential for job 7 revoked
                [2026-12-01T13:16:25.000] Launching batch job 8 for UID 0
                """);
        Files.writeString(dir.resolve("slurmd-n2.log"), """
                [2026-12-01T13:16:19.211] debug:  _rpc_terminate_job: uid = 0 JobId=7
                """);
        Files.writeString(dir.resolve("slurmctld.log"), """
                [2026-12-01T13:16:30.000] debug:  _rpc_terminate_job: uid = 0 JobId=8
                """);
        assertEquals(Map.of(7L, LocalDateTime.parse("2026-12-01T13:16:19.211")), NodeReleases.read(dir),
                "n2's request was the last; slurmctld.log is no slurmd's");
        assertEquals(Map.of(), NodeReleases.read(dir.resolve("absent")));
    }
}
