package org.hpcsim.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.reports.data.JobRow;
import org.junit.jupiter.api.Test;

/** Grouping, ordering and capping of the per-group tables, on jobs small enough to sum by hand. */
class GroupTableTest {
    private static JobRow job(String user, double wait, double run, int nodes) {
        return ReportFixtures.job(1, 0, wait, run, nodes, user, "p");
    }

    @Test
    void shouldSortByCoreHoursThenNameAndSumTheRest() {
        List<JobRow> jobs = List.of(
                job("carol", 0, 3600, 1),    // 4 core-h
                job("bob", 100, 3600, 1),    // 4 core-h, tie with carol: bob first by name
                job("dave", 0, 1800, 1),     // 2 core-h
                job("", 10, 900, 1),         // 1 core-h, no user recorded
                job("alice", 0, 36_000, 2)); // 80 core-h
        GroupTable<GroupRow> t = GroupTable.of(jobs, JobRow::user, 3);
        assertEquals(List.of("alice", "bob", "carol"), t.top().stream().map(GroupRow::name).toList());
        assertEquals(5, t.groups());
        assertEquals(2, t.otherGroups());
        GroupRow others = t.others().orElseThrow();
        assertEquals(2, others.jobs());
        assertEquals(3.0, others.coreHours(), 1e-12);
        assertEquals(5.0, others.meanWait(), 1e-12);
        assertEquals(3.0 / 91, others.share(), 1e-12);
        assertEquals(91.0, t.all().coreHours(), 1e-12);
        assertEquals(1.0, t.all().share(), 1e-12);
    }

    @Test
    void shouldNotAddOthersWithinTheLimit() {
        GroupTable<GroupRow> t = GroupTable.of(List.of(job("a", 0, 60, 1)), JobRow::user, 1);
        assertTrue(t.others().isEmpty());
        assertEquals(0, t.otherGroups());
        assertEquals(1, t.top().size());
    }

    @Test
    void shouldGiveUndefinedMeansForNoJobs() {
        GroupTable<GroupRow> t = GroupTable.of(List.of(), JobRow::user, 50);
        assertEquals(0, t.groups());
        assertTrue(Double.isNaN(t.all().meanWait()) && Double.isNaN(t.all().p95Wait()));
        assertEquals(0.0, t.all().share());
    }

    @Test
    void shouldTakePercentilesAsRunMetricsDoes() {
        assertEquals(3330.0, Percentile.of(new double[] {3600, 0, 1800, 600}, 95), 1e-9);
        assertEquals(7.0, Percentile.of(new double[] {7}, 95));
        assertTrue(Double.isNaN(Percentile.of(new double[0], 50)));
    }
}
