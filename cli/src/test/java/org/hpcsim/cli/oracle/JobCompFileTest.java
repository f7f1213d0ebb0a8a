package org.hpcsim.cli.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading Slurm's jobcomp/filetxt log, from lines as slurm-wlm 22.05 writes them. */
class JobCompFileTest {
    // A line as Debian's slurm-wlm 22.05 wrote it on this project's loopback cluster.
    private static final String LINE = "JobId=1 UserId=root(0) GroupId=root(0) Name=j1 JobState=COMPLETED"
            + " Partition=all TimeLimit=1 StartTime=2026-11-30T13:52:58 EndTime=2026-11-30T13:53:00"
            + " NodeList=n[1-2] NodeCnt=2 ProcCnt=2 WorkDir=/tmp ReservationName= Tres=cpu=2,mem=2000M,node=2,billing=2"
            + " Account= QOS= WcKey= Cluster=unknown SubmitTime=2026-11-30T13:52:55"
            + " EligibleTime=2026-11-30T13:52:55 DerivedExitCode=0:0 ExitCode=0:0 ";

    @TempDir
    Path tmp;

    @Test
    void shouldReadIdNameStateTimesAndNodes() {
        JobCompRecord r = JobCompFile.parse("t", LINE);
        assertEquals(1, r.jobId());
        assertEquals("j1", r.name());
        assertEquals("COMPLETED", r.state());
        assertEquals(LocalDateTime.of(2026, 11, 30, 13, 52, 55), r.submit());
        assertEquals(LocalDateTime.of(2026, 11, 30, 13, 52, 58), r.start());
        assertEquals(LocalDateTime.of(2026, 11, 30, 13, 53, 0), r.end());
        assertEquals(2, r.nodeCount());
    }

    @Test
    void shouldKeepSpacesInsideValues() {
        JobCompRecord r = JobCompFile.parse("t", LINE.replace("Name=j1", "Name=my job").replace("/tmp", "/a b"));
        assertEquals("my job", r.name());
    }

    @Test
    void shouldLeaveTheStartOfAJobThatNeverRanEmpty() {
        assertNull(JobCompFile.parse("t", LINE.replace("StartTime=2026-11-30T13:52:58", "StartTime=Unknown")).start());
    }

    @Test
    void shouldNameTheLineOfAMissingField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobCompFile.parse("log:3", LINE.replace("NodeCnt=2 ", "")));
        assertEquals("log:3: no NodeCnt= field", e.getMessage());
    }

    @Test
    void shouldSkipALastLineStillBeingWritten() throws IOException {
        Path log = Files.writeString(tmp.resolve("jobcomp.txt"), LINE + "\n" + LINE.substring(0, 80));
        List<JobCompRecord> all = JobCompFile.read(log);
        assertEquals(1, all.size());
    }

    @Test
    void shouldReadNoRecordsBeforeTheFirstJobEnds() {
        assertEquals(List.of(), JobCompFile.read(tmp.resolve("absent.txt")));
    }
}
