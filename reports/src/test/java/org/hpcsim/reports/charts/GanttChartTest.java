package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.reports.data.JobRow;
import org.hpcsim.reports.data.RunOutput.ClusterShape;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs drawn on concrete unit rows: lowest free units first, one bar per run of adjacent units, size limits. */
class GanttChartTest {
    @TempDir
    Path dir;

    static JobRow job(long id, double start, double end, int units) {
        return new JobRow(id, 0, start, end, start, end - start, end - start, units, 0, units, units, false, "u", "a",
                "p");
    }

    @Test
    void shouldGiveTheLowestFreeUnitsAndHandThemOverAtTheEnd() {
        // Job 2 ends at 10 exactly when job 4 starts; job 4 reuses its units, and so crosses a gap.
        List<JobRow> jobs = List.of(job(3, 5, 20, 1), job(1, 0, 30, 2), job(2, 0, 10, 2), job(4, 10, 15, 3));
        List<GanttAssignment.Placement> p = GanttAssignment.assign(jobs, 6);
        assertEquals(List.of(1L, 2L, 3L, 4L), p.stream().map(x -> x.job().id()).toList(), "by start, then id");
        assertArrayEquals(new int[] {0, 1}, p.get(0).units());
        assertArrayEquals(new int[] {2, 3}, p.get(1).units());
        assertArrayEquals(new int[] {4}, p.get(2).units());
        assertArrayEquals(new int[] {2, 3, 5}, p.get(3).units());
    }

    @Test
    void shouldDrawOneBarPerRunOfAdjacentUnits() {
        List<JobRow> jobs = List.of(job(1, 0, 30, 2), job(2, 0, 10, 2), job(3, 5, 20, 1), job(4, 10, 15, 3));
        JFreeChart chart = GanttChart.create(jobs, new ClusterShape(6, 4, 0, "node"));
        assertEquals(List.of(GanttChart.SERIES), ChartChecks.xyKeys(chart));
        // Jobs 1, 2 and 3 are one bar each; job 4 on units 2-3 and 5 is two.
        assertEquals(List.of(5), ChartChecks.xyCounts(chart));
        IntervalXYDataset d = (IntervalXYDataset) chart.getXYPlot().getDataset();
        assertEquals(2 - 0.45, d.getStartYValue(0, 3), 1e-12);
        assertEquals(3 + 0.45, d.getEndYValue(0, 3), 1e-12);
        assertEquals(10.0, d.getStartXValue(0, 3), 1e-12, "seconds for a 30 s run");
        assertEquals(15.0, d.getEndXValue(0, 3), 1e-12);
        assertEquals(null, chart.getLegend());
    }

    @Test
    void shouldUseCoresAsRowsWithCoreAllocation() {
        ClusterShape cores = new ClusterShape(4, 32, 0, "core");
        assertEquals(128, GanttChart.units(cores));
        JFreeChart chart = GanttChart.create(List.of(job(1, 0, 10, 100)), cores);
        assertTrue(chart.getXYPlot().getRangeAxis().getLabel().startsWith("Core"));
    }

    @Test
    void shouldRefuseTooManyUnitsOrJobs() {
        ClusterShape big = new ClusterShape(GanttChart.MAX_UNITS + 1, 1, 0, "node");
        assertFalse(GanttChart.fits(big, List.of()));
        IllegalArgumentException units =
                assertThrows(IllegalArgumentException.class, () -> GanttChart.create(List.of(job(1, 0, 1, 1)), big));
        assertTrue(units.getMessage().contains("at most 512 units"), units.getMessage());
        assertTrue(GanttChart.fits(new ClusterShape(64, 8, 0, "core"), List.of()), "512 cores is the limit, inclusive");
        assertFalse(GanttChart.fits(new ClusterShape(65, 8, 0, "core"), List.of()));
        assertFalse(GanttChart.fits(new ClusterShape(0, 8, 0, "node"), List.of()), "no units, nothing to draw on");

        List<JobRow> many = new ArrayList<>();
        for (int i = 0; i <= GanttChart.MAX_JOBS; i++) {
            many.add(job(i, i, i + 1, 1));
        }
        ClusterShape small = new ClusterShape(8, 1, 0, "node");
        assertFalse(GanttChart.fits(small, many));
        IllegalArgumentException jobs =
                assertThrows(IllegalArgumentException.class, () -> GanttChart.create(many, small));
        assertTrue(jobs.getMessage().contains("at most 5000 jobs"), jobs.getMessage());
        assertTrue(GanttChart.fits(small, many.subList(0, GanttChart.MAX_JOBS)));
    }

    @Test
    void shouldRefuseJobsHoldingMoreThanTheCluster() {
        List<JobRow> jobs = List.of(job(1, 0, 10, 3), job(2, 5, 15, 2));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> GanttAssignment.assign(jobs, 4));
        assertTrue(e.getMessage().contains("job 2"), e.getMessage());
    }

    @Test
    void shouldWritePngAndSvgAtFullSize() {
        var run = ChartFixtures.run("g", "fcfs", 32, 0, 300, 5);
        ChartChecks.assertWritten(ChartChecks.write(GanttChart.create(run.jobs(), run.cluster()), dir, "gantt"));
    }
}
