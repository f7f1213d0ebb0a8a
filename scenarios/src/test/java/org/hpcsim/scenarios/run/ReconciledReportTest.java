package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciledReportTest {

    @Test
    void shouldCountJobsReadAheadPastALimitSoThatReadEqualsDroppedPlusRun() {
        Map<String, Long> dropped = new LinkedHashMap<>();
        dropped.put("never started", 4L);
        WorkloadReport read = new WorkloadReport("s.txt", "sacct", 13, 4, dropped, Map.of());
        WorkloadReport w = ScenarioRunner.reconciled(read, 3);
        assertEquals(10, w.jobsDropped());
        assertEquals(6, w.droppedByReason().get(ScenarioRunner.CUT));
        assertEquals(4, w.droppedByReason().get("never started"));
        assertEquals(w.jobsRead(), w.jobsDropped() + 3);
    }

    @Test
    void shouldCountJobsTheSchedulerNeverStartedApart() {
        WorkloadReport read = new WorkloadReport("jobs.csv", "jobs.csv", 19, 0, Map.of(), Map.of());
        WorkloadReport w = ScenarioRunner.reconciled(read, 18, 1);
        assertEquals(Map.of(ScenarioRunner.REFUSED, 1L), w.droppedByReason());
    }

    @Test
    void shouldLeaveAReportThatAlreadyAddsUpAlone() {
        WorkloadReport read = new WorkloadReport("t.swf", "swf", 10, 2, Map.of("unknown run time", 2L), Map.of());
        assertSame(read, ScenarioRunner.reconciled(read, 8));
    }
}
