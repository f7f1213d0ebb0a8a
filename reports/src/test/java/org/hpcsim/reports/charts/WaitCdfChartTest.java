package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.reports.data.JobRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The empirical CDF of waits: exact steps at each distinct wait, zero waits clamped on a log axis. */
class WaitCdfChartTest {
    @TempDir
    Path dir;

    static List<JobRow> withWaits(double... waits) {
        List<JobRow> jobs = new ArrayList<>();
        for (int i = 0; i < waits.length; i++) {
            jobs.add(new JobRow(i + 1, 0, waits[i], waits[i] + 100, waits[i], 100, 200, 1, 0, 1, 1, false, "u", "a",
                    "p"));
        }
        return jobs;
    }

    @Test
    void shouldStepUpAtEachDistinctWaitOnALinearAxis() {
        JFreeChart chart = WaitCdfChart.create(withWaits(10, 0, 5, 10, 0, 10), false);
        assertEquals(List.of(WaitCdfChart.SERIES), ChartChecks.xyKeys(chart));
        XYDataset d = chart.getXYPlot().getDataset();
        double[][] expected = {{0, 0}, {0, 2 / 6.0}, {5, 2 / 6.0}, {5, 3 / 6.0}, {10, 3 / 6.0}, {10, 1}};
        assertEquals(expected.length, d.getItemCount(0));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], d.getXValue(0, i), 1e-12, "x of corner " + i);
            assertEquals(expected[i][1], d.getYValue(0, i), 1e-12, "y of corner " + i);
        }
        assertInstanceOf(NumberAxis.class, chart.getXYPlot().getDomainAxis());
        assertEquals(null, chart.getLegend());
    }

    @Test
    void shouldClampZeroWaitsToOneSecondOnALogAxisAndSaySo() {
        JFreeChart chart = WaitCdfChart.create(withWaits(0, 0.5, 1, 3600), true);
        XYDataset d = chart.getXYPlot().getDataset();
        assertEquals(4, d.getItemCount(0), "0, 0.5 and 1 s all drawn at 1 s");
        assertEquals(1.0, d.getXValue(0, 0));
        assertEquals(0.75, d.getYValue(0, 1), 1e-12);
        LogAxis x = assertInstanceOf(LogAxis.class, chart.getXYPlot().getDomainAxis());
        assertTrue(x.getLabel().contains("under 1 s drawn at 1 s"), x.getLabel());
        assertTrue(x.getLowerBound() < 1 && x.getUpperBound() >= 3600, x.getRange().toString());
    }

    @Test
    void shouldSampleManyDistinctWaitsButKeepTheCurveExactAtItsSamples() {
        double[] waits = new double[10_000];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = i * 1.5;
        }
        XYSeries s = WaitCdfChart.cdf(waits);
        assertTrue(s.getItemCount() <= 2 * WaitCdfChart.MAX_POINTS, s.getItemCount() + " corners");
        assertEquals(1.0, s.getY(s.getItemCount() - 1).doubleValue());
        assertEquals(waits[waits.length - 1], s.getX(s.getItemCount() - 1).doubleValue());
        for (int i = 1; i < s.getItemCount(); i++) {
            assertTrue(s.getY(i).doubleValue() >= s.getY(i - 1).doubleValue(), "non-decreasing at " + i);
            double x = s.getX(i).doubleValue();
            double y = s.getY(i).doubleValue();
            // Each upper corner is the exact share of waits at most x.
            if (i % 2 == 1) {
                assertEquals((Math.floor(x / 1.5) + 1) / waits.length, y, 1e-12);
            }
        }
    }

    @Test
    void shouldWritePngAndSvgForBothAxes() {
        var jobs = ChartFixtures.run("w", "fcfs", 16, 0, 300, 5).jobs();
        ChartChecks.assertWritten(ChartChecks.write(WaitCdfChart.create(jobs, true), dir, "wait-cdf-log"));
        ChartChecks.assertWritten(ChartChecks.write(WaitCdfChart.create(jobs, false), dir, "wait-cdf"));
    }
}
