package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** Backfill rounds its plan to bf_resolution in Unix time, wherever the simulated clock's 0 lies. */
class BackfillClockOriginTest {
    // Job 1 holds 3 of 4 nodes until 100 s; job 2 needs all 4 and is planned from 100 s; job 3 asks
    // for one node for 80 s at 2 s. With bf_resolution 60 s the reservation begins at 100 rounded
    // down: 60 s when time 0 is on a whole minute of Unix time, and job 3, ending at 82 s, would
    // reach into it; 90 s when time 0 is 30 s past a minute, and job 3 ends before it.
    private static final List<Job> JOBS = List.of(job(1, 0, 100, 100, 3), job(2, 1, 10, 100, 4),
            job(3, 2, 80, 80, 1));

    private static SlurmReplay.Result run(long unixOrigin) {
        SlurmConfig config = SlurmReplay.uniform(4, 1, SchedulerType.BACKFILL, SelectType.LINEAR,
                SlurmReplay.params(1, 60));
        SlurmReplay.Result r = new SlurmReplay.Result();
        r.stats = new SlurmController(config, new ListJobSource(JOBS), true, r,
                SlurmRunOptions.NONE.withUnixOrigin(unixOrigin)).run();
        return r;
    }

    @Test
    void shouldKeepAJobOutOfAReservationThatRoundsToBeforeItsEnd() {
        SlurmReplay.Result r = run(1_700_000_040L); // a whole minute
        assertEquals(100, r.start(2));
        assertEquals(110, r.start(3), "job 3 waits for job 2");
    }

    @Test
    void shouldBackfillAJobThatEndsBeforeTheReservationRoundedInUnixTime() {
        SlurmReplay.Result r = run(1_700_000_070L); // 30 s past a minute
        assertEquals(2, r.start(3), "job 3 ends at 82 s, before the reservation at 90 s");
        assertEquals(100, r.start(2), "job 2 keeps its start");
    }
}
