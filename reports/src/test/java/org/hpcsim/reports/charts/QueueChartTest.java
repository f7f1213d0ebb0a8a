package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queue length and running jobs, two step series on one time axis. */
class QueueChartTest {
    @TempDir
    Path dir;

    @Test
    void shouldHoldQueuedAndRunningJobs() {
        double day = 86_400;
        List<TimeSeriesPoint> series = List.of(new TimeSeriesPoint(0, 2 * day, 0, 0, 0, 4, 2),
                new TimeSeriesPoint(2 * day, 2 * day, 0, 0, 0, 0, 5),
                new TimeSeriesPoint(4 * day, 2 * day, 0, 0, 0, 1, 5));
        JFreeChart chart = QueueChart.create(series);
        assertEquals(List.of(QueueChart.QUEUED, QueueChart.RUNNING), ChartChecks.xyKeys(chart));
        // Running stays at 5 over the last two steps, which merge into one.
        assertEquals(List.of(6, 4), ChartChecks.xyCounts(chart));
        assertEquals(6.0, chart.getXYPlot().getDataset().getXValue(1, 3), 1e-9, "six days, in days");
        assertEquals("Time since first submission (days)", chart.getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void shouldWritePngAndSvgAtFullSize() {
        var run = ChartFixtures.run("q", "fcfs", 16, 0, 200, 5);
        ChartChecks.assertWritten(ChartChecks.write(QueueChart.create(run.series()), dir, "queue"));
    }
}
