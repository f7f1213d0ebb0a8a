package org.hpcsim.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.reports.data.RunOutput;
import org.junit.jupiter.api.Test;

/** Differences, percentages and best values of {@link Comparison}, against numbers worked out by hand. */
class ComparisonTest {
    private static final Path ROOT = Path.of("runs");
    private final Comparison c = Comparison.of(CompareFixtures.three(ROOT));

    private MetricRow row(HeadlineMetric m) {
        MetricRow r = c.rows().get(m.ordinal());
        assertEquals(m, r.metric());
        return r;
    }

    private static void assertChange(double difference, double percent, Change change) {
        assertEquals(difference, change.difference().orElseThrow(), 1e-9);
        assertEquals(percent, change.percent().orElseThrow(), 1e-9);
    }

    @Test
    void shouldHaveOneRowPerHeadlineMetricInOrder() {
        assertEquals(List.of(HeadlineMetric.values()), c.rows().stream().map(MetricRow::metric).toList());
        assertEquals("fcfs", c.baseline().name());
    }

    @Test
    void shouldComputeDifferencesAndPercentagesAgainstTheBaseline() {
        // easy: mean wait 3480 -> 2736 s is -744 s, -744 / 3480 = -21.379 %.
        assertChange(-744, -21.379310344827587, row(HeadlineMetric.MEAN_WAIT).changes().get(1));
        // big: mean wait unchanged.
        assertChange(0, 0, row(HeadlineMetric.MEAN_WAIT).changes().get(2));
        // makespan 36000 -> 34200 (-5 %) and -> 39600 (+10 %).
        assertChange(-1800, -5, row(HeadlineMetric.MAKESPAN).changes().get(1));
        assertChange(3600, 10, row(HeadlineMetric.MAKESPAN).changes().get(2));
        // utilization 0.5 -> 0.55 is +0.05 (5 points), +10 % of the baseline; -> 0.4 is -20 %.
        assertChange(0.05, 10, row(HeadlineMetric.UTILIZATION).changes().get(1));
        assertChange(-0.1, -20, row(HeadlineMetric.UTILIZATION).changes().get(2));
        // jobs 100 -> 90, core-hours 1000 -> 900: -10 % each.
        assertChange(-10, -10, row(HeadlineMetric.JOBS).changes().get(2));
        assertChange(-100, -10, row(HeadlineMetric.CORE_HOURS).changes().get(2));
        assertChange(-1, -25, row(HeadlineMetric.MEAN_BOUNDED_SLOWDOWN).changes().get(1));
        assertChange(-1, -10, row(HeadlineMetric.THROUGHPUT).changes().get(2));
        assertChange(0.5, 25, row(HeadlineMetric.MEAN_QUEUE_LENGTH).changes().get(2));
        // The baseline against itself.
        assertChange(0, 0, row(HeadlineMetric.MEAN_WAIT).changes().get(0));
    }

    @Test
    void shouldGiveADifferenceButNoPercentageAgainstAZeroBaseline() {
        MetricRow median = row(HeadlineMetric.MEDIAN_WAIT);
        assertEquals(60, median.changes().get(1).difference().orElseThrow(), 0);
        assertTrue(median.changes().get(1).percent().isEmpty());
        assertEquals(0, median.changes().get(2).difference().orElseThrow(), 0);
        assertTrue(median.changes().get(2).percent().isEmpty());
    }

    @Test
    void shouldMarkTheBestValueByWhichWayIsBetter() {
        assertEquals(List.of(1), row(HeadlineMetric.MAKESPAN).best(), "lower makespan");
        assertEquals(List.of(1), row(HeadlineMetric.UTILIZATION).best(), "higher utilization");
        assertEquals(List.of(1), row(HeadlineMetric.THROUGHPUT).best(), "higher throughput");
        assertEquals(List.of(1), row(HeadlineMetric.MEAN_WAIT).best());
        assertEquals(List.of(2), row(HeadlineMetric.MAX_WAIT).best(), "big has the shortest longest wait");
        assertEquals(List.of(0, 2), row(HeadlineMetric.MEDIAN_WAIT).best(), "a tie marks both");
        assertEquals(List.of(), row(HeadlineMetric.JOBS).best(), "jobs has no better side");
        assertEquals(List.of(), row(HeadlineMetric.CORE_HOURS).best(), "core-hours has no better side");
        assertTrue(row(HeadlineMetric.MAX_WAIT).isBest(2));
    }

    @Test
    void shouldMarkNothingWhenEveryRunHasTheSameValue() {
        Comparison same = Comparison.of(List.of(CompareFixtures.fcfs(ROOT.resolve("a")),
                CompareFixtures.run(ROOT.resolve("b"), "copy", "fcfs", 32, CompareFixtures.fcfs(ROOT).metrics())));
        for (MetricRow r : same.rows()) {
            assertEquals(List.of(), r.best(), r.metric().key());
        }
    }

    @Test
    void shouldLeaveMissingNumbersOutOfChangesAndBestValues() {
        RunMetrics none = new RunMetrics(0, 0, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0);
        RunOutput empty = CompareFixtures.run(ROOT.resolve("empty"), "empty", "fcfs", 32, none);
        Comparison withEmpty = Comparison.of(List.of(CompareFixtures.fcfs(ROOT), CompareFixtures.easy(ROOT), empty));
        MetricRow wait = withEmpty.rows().get(HeadlineMetric.MEAN_WAIT.ordinal());
        assertTrue(wait.changes().get(2).difference().isEmpty());
        assertTrue(wait.changes().get(2).percent().isEmpty());
        assertEquals(List.of(1), wait.best());

        Comparison emptyBaseline = Comparison.of(List.of(empty, CompareFixtures.easy(ROOT)));
        MetricRow w = emptyBaseline.rows().get(HeadlineMetric.MEAN_WAIT.ordinal());
        assertTrue(w.changes().get(1).difference().isEmpty());
        assertEquals(List.of(), w.best(), "one number alone is not best of anything");
    }

    @Test
    void shouldCompareCostsLowerBeingBetter() {
        Comparison priced = Comparison.of(CompareFixtures.threePriced(ROOT));
        MetricRow cost = priced.rows().get(HeadlineMetric.TOTAL_COST.ordinal());
        assertEquals(List.of(640.0, 608.0, 880.0), cost.values());
        // easy: $640 -> $608 is -$32, -5 %; big: +$240, +37.5 %.
        assertChange(-32, -5, cost.changes().get(1));
        assertChange(240, 37.5, cost.changes().get(2));
        assertEquals(List.of(1), cost.best());
        MetricRow idle = priced.rows().get(HeadlineMetric.IDLE_COST_SHARE.ordinal());
        assertEquals(390.0 / 640, idle.values().get(0), 1e-12);
        assertEquals(655.0 / 880, idle.values().get(2), 1e-12);
        assertEquals(List.of(1), idle.best());
    }

    @Test
    void shouldHaveNoCostForRunsWithoutPricing() {
        for (HeadlineMetric m : List.of(HeadlineMetric.TOTAL_COST, HeadlineMetric.IDLE_COST_SHARE)) {
            MetricRow r = row(m);
            assertTrue(r.values().stream().allMatch(v -> v.isNaN()), m.key());
            assertTrue(r.changes().get(1).difference().isEmpty(), m.key());
            assertEquals(List.of(), r.best(), m.key());
        }
    }

    @Test
    void shouldRefuseFewerThanTwoRunsOrTwoRunsOfOneName() {
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(List.of(CompareFixtures.fcfs(ROOT))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Comparison.of(List.of(CompareFixtures.fcfs(ROOT), CompareFixtures.fcfs(ROOT.resolve("x")))));
        assertTrue(e.getMessage().contains("'fcfs'"), e.getMessage());
    }
}
