package org.hpcsim.cli.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The oracle's seeded workload: reproducible, and shaped so a queue forms and backfill matters. */
class OracleWorkloadTest {
    private static final List<OracleJob> JOBS = OracleWorkload.generate(7, 40, 12, 60);

    @Test
    void shouldGiveTheSameJobsForTheSameSeed() {
        assertEquals(JOBS, OracleWorkload.generate(7, 40, 12, 60));
        assertNotEquals(JOBS, OracleWorkload.generate(8, 40, 12, 60));
    }

    @Test
    void shouldKeepSizesSleepsAndLimitsInTheirRanges() {
        for (OracleJob j : JOBS) {
            assertTrue(j.nodes() >= 1 && j.nodes() <= 12, j.toString());
            assertTrue(j.sleepSeconds() >= 2 && j.sleepSeconds() <= 15, j.toString());
            assertTrue(j.timeLimitMinutes() >= 1 && j.timeLimitMinutes() <= 5, j.toString());
        }
    }

    @Test
    void shouldSubmitInOrderOverAboutTheSpanWithBursts() {
        for (int i = 1; i < JOBS.size(); i++) {
            assertTrue(JOBS.get(i).submitOffset() >= JOBS.get(i - 1).submitOffset());
        }
        double last = JOBS.get(JOBS.size() - 1).submitOffset();
        assertTrue(last > 30 && last < 120, "last submission at " + last);
        long closePairs = 0;
        for (int i = 1; i < JOBS.size(); i++) {
            if (JOBS.get(i).submitOffset() - JOBS.get(i - 1).submitOffset() < 0.5) {
                closePairs++;
            }
        }
        assertTrue(closePairs >= JOBS.size() / 3, "bursts: " + closePairs + " close pairs");
    }

    @Test
    void shouldMostlyAskForFewNodes() {
        long small = JOBS.stream().filter(j -> j.nodes() <= 2).count();
        long wide = JOBS.stream().filter(j -> j.nodes() > 6).count();
        assertTrue(small > JOBS.size() / 3 && wide > 0 && wide < small, small + " small, " + wide + " wide");
    }

    @Test
    void shouldNameEachJobAfterItsId() {
        assertEquals(17, OracleJob.idOf(new OracleJob(17, 0, 1, 2, 1).name()));
        assertEquals(-1, OracleJob.idOf("wrap"));
    }
}
