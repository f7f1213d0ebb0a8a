package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.reports.data.JobRow;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs grouped into power-of-two size classes, one bar each with the mean bounded slowdown and count. */
class SlowdownBySizeChartTest {
    @TempDir
    Path dir;

    @Test
    void shouldClassifySizesByPowersOfTwo() {
        int[][] cases = {{0, 0}, {1, 0}, {2, 1}, {3, 2}, {4, 2}, {5, 3}, {8, 3}, {9, 4}, {1024, 10}, {1025, 11}};
        for (int[] c : cases) {
            assertEquals(c[1], SizeClass.of(c[0]), "class of " + c[0]);
        }
        assertEquals(List.of("1", "2", "3-4", "5-8", "513-1024"),
                List.of(SizeClass.label(0), SizeClass.label(1), SizeClass.label(2), SizeClass.label(3),
                        SizeClass.label(10)));
    }

    private static JobRow job(long id, int processors, double wait, double run) {
        return new JobRow(id, 0, wait, wait + run, wait, run, run, processors, 0, 1, processors, false, "u", "a", "p");
    }

    @Test
    void shouldAverageBoundedSlowdownPerNonEmptyClassInSizeOrder() {
        List<JobRow> jobs = List.of(job(1, 8, 100, 100), job(2, 1, 0, 50), job(3, 6, 300, 100), job(4, 1, 5, 5),
                job(5, 1, 0, 50));
        JFreeChart chart = SlowdownBySizeChart.create(jobs);
        CategoryDataset d = chart.getCategoryPlot().getDataset();
        assertEquals(List.of(SlowdownBySizeChart.SERIES), d.getRowKeys());
        assertEquals(List.of("1 (n=3)", "5-8 (n=2)"), d.getColumnKeys());
        // Size 1: slowdowns 1, max(1, 10/10) = 1, 1; sizes 5-8: 2 and 4.
        assertEquals(1.0, d.getValue(0, 0).doubleValue(), 1e-12);
        assertEquals(3.0, d.getValue(0, 1).doubleValue(), 1e-12);
        assertEquals(null, chart.getLegend());
    }

    @Test
    void shouldWritePngAndSvgAtFullSize() {
        var jobs = ChartFixtures.run("s", "fcfs", 16, 0, 300, 5).jobs();
        ChartChecks.assertWritten(ChartChecks.write(SlowdownBySizeChart.create(jobs), dir, "slowdown"));
    }
}
