package org.hpcsim.cli.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The oracle's seeded workload: reproducible, and shaped so a queue forms and backfill matters. */
class OracleWorkloadTest {
    private static final List<OracleJob> JOBS = OracleWorkload.generate(7, 40, 12, 4, 50);

    @Test
    void shouldGiveTheSameJobsForTheSameSeed() {
        assertEquals(JOBS, OracleWorkload.generate(7, 40, 12, 4, 50));
        assertNotEquals(JOBS, OracleWorkload.generate(8, 40, 12, 4, 50));
    }

    @Test
    void shouldKeepSizesSleepsAndLimitsInTheirRanges() {
        for (OracleJob j : JOBS) {
            assertTrue(j.nodes() >= 1 && j.nodes() <= 12, j.toString());
            assertTrue(j.sleepSeconds() >= 2 && j.sleepSeconds() <= 10, j.toString());
            assertTrue(j.timeLimitMinutes() >= 1 && j.timeLimitMinutes() <= 5, j.toString());
        }
    }

    @Test
    void shouldSubmitInOrderInWavesWithBursts() {
        for (int i = 1; i < JOBS.size(); i++) {
            assertTrue(JOBS.get(i).submitOffset() >= JOBS.get(i - 1).submitOffset());
        }
        // 40 jobs in 4 waves of 10, 50 s apart: wave w's jobs are submitted from 50 w on, within it.
        for (int i = 0; i < JOBS.size(); i++) {
            double t = JOBS.get(i).submitOffset();
            int wave = i / 10;
            assertTrue(t >= 50 * wave && t < 50 * wave + 50, "job " + (i + 1) + " at " + t + " outside wave " + wave);
        }
        long closePairs = 0;
        for (int i = 1; i < JOBS.size(); i++) {
            if (JOBS.get(i).submitOffset() - JOBS.get(i - 1).submitOffset() < 0.5) {
                closePairs++;
            }
        }
        assertTrue(closePairs >= JOBS.size() / 3, "bursts: " + closePairs + " close pairs");
    }

    @Test
    void shouldBringWavesCloserWithoutChangingWhatEachAsks() {
        // The default span is a fifth of the wave: 10 s for waves of 50 s.
        List<OracleJob> closer = OracleWorkload.generate(7, 40, 12, 4, 40, 10);
        assertEquals(JOBS.size(), closer.size());
        for (int i = 0; i < JOBS.size(); i++) {
            OracleJob far = JOBS.get(i);
            OracleJob near = closer.get(i);
            int wave = i / 10;
            assertEquals(far.submitOffset() - 10 * wave, near.submitOffset(), 1e-9, "job " + (i + 1));
            assertEquals(new OracleJob(far.id(), near.submitOffset(), far.nodes(), far.sleepSeconds(),
                    far.timeLimitMinutes()), near);
        }
    }

    @Test
    void shouldMostlyAskForFewNodes() {
        long small = JOBS.stream().filter(j -> j.nodes() <= 2).count();
        long wide = JOBS.stream().filter(j -> j.nodes() > 6).count();
        assertTrue(small > JOBS.size() / 3 && wide > 0 && wide < small, small + " small, " + wide + " wide");
    }

    @Test
    void shouldTurnAJobOfNodesIntoAsManyTasks() {
        OracleJob nodes = new OracleJob(3, 1.5, 4, 6, 2, "a,b");
        OracleJob tasks = nodes.asTasks();
        assertEquals(new OracleJob(3, 1.5, 0, 6, 2, "a,b", 4), tasks);
        assertEquals(4, tasks.processors());
        assertEquals(tasks, tasks.asTasks());
        assertThrows(IllegalArgumentException.class, () -> new OracleJob(3, 0, 2, 6, 2, "", 4), "nodes and tasks");
        assertThrows(IllegalArgumentException.class, () -> new OracleJob(3, 0, 0, 6, 2, "", 0), "neither");
        assertEquals(new OracleJob(3, 1.5, 0, 6, 2, "a,b", 4, 2), tasks.withGpus(2));
        assertThrows(IllegalArgumentException.class, () -> new OracleJob(3, 0, 2, 6, 2, "", 0, 1),
                "GPUs in all for a job of tasks only");
    }

    @Test
    void shouldNameEachJobAfterItsId() {
        assertEquals(17, OracleJob.idOf(new OracleJob(17, 0, 1, 2, 1).name()));
        assertEquals(-1, OracleJob.idOf("wrap"));
    }
}
