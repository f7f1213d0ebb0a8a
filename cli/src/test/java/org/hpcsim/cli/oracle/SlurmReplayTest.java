package org.hpcsim.cli.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a replay ran, read back from Slurm's job log: requeued runs, and earlier replays in the same log. */
class SlurmReplayTest {
    @TempDir
    Path dir;

    private static String record(String state, String submit, String start, String end) {
        return "JobId=1 UserId=root(0) GroupId=root(0) Name=j1 JobState=" + state + " Partition=low TimeLimit=5"
                + " StartTime=2026-12-02T23:" + start + " EndTime=2026-12-02T23:" + end + " NodeList=n1 NodeCnt=1"
                + " ProcCnt=1 WorkDir=/tmp ReservationName= Tres=cpu=1 Account= QOS= WcKey= Cluster=unknown"
                + " SubmitTime=2026-12-02T23:" + submit + " EligibleTime=2026-12-02T23:" + submit
                + " DerivedExitCode=0:0 ExitCode=0:0\n";
    }

    @Test
    void shouldTakeTheFirstSubmissionAndTheLastRunOfARequeuedJobAfterAnEarlierReplay() throws Exception {
        // An earlier replay's j1 (Slurm ids restart at 1), then this one's: preempted at 10:20 (the
        // log keeps its submission), requeued (the submit time becomes the requeue's), run again.
        Path log = Files.writeString(dir.resolve("jobcomp.txt"), record("COMPLETED", "00:00", "00:01", "00:09")
                + record("PREEMPTED", "10:00", "10:01", "10:20") + record("COMPLETED", "10:20", "12:30", "13:02"));
        List<ReplayedJob> r = SlurmReplay.fromJobComp(log, List.of(new OracleJob(1, 0, 1, 30, 5, "low")));
        assertEquals(1, r.size());
        assertEquals(1, r.get(0).requeues());
        assertEquals(10 * 60, r.get(0).submit(), "seconds from the top of the hour: 23:10:00");
        assertEquals(12 * 60 + 30, r.get(0).start());
        assertEquals(32, r.get(0).runTime());
    }
}
