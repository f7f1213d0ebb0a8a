package org.hpcsim.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.reports.data.RunOutput;
import org.junit.jupiter.api.Test;

/** The Markdown table: its cells, hand-checked, its layout, and that equal inputs give equal text. */
class ComparisonTableTest {
    private static final Path ROOT = Path.of("runs");

    private static List<List<String>> cells() {
        return ComparisonTable.cells(Comparison.of(CompareFixtures.three(ROOT)));
    }

    @Test
    void shouldHaveAColumnPerRunAndAChangeColumnAfterEachVariant() {
        assertEquals(List.of("metric", "better", "fcfs (baseline)", "easy", "easy vs fcfs", "big", "big vs fcfs"),
                cells().get(0));
    }

    @Test
    void shouldShowValuesChangesAndTheBestMark() {
        List<List<String>> cells = cells();
        assertEquals(List.of("jobs", "", "100", "100", "0 (0.0%)", "90", "-10 (-10.0%)"), cells.get(1));
        assertEquals(List.of("makespan", "lower", "10.0 h", "9.5 h *", "-30.0 min (-5.0%)", "11.0 h",
                "+60.0 min (+10.0%)"), cells.get(2));
        assertEquals(List.of("utilization", "higher", "50.0 %", "55.0 % *", "+5.0 pp (+10.0%)", "40.0 %",
                "-10.0 pp (-20.0%)"), cells.get(3));
        assertEquals(List.of("mean wait", "lower", "58.0 min", "45.6 min *", "-12.4 min (-21.4%)", "58.0 min",
                "0 s (0.0%)"), cells.get(4));
        assertEquals(List.of("median wait", "lower", "0 s *", "60 s", "+60 s (n/a)", "0 s *", "0 s (n/a)"),
                cells.get(5));
        assertEquals(List.of("max wait", "lower", "4.0 h", "5.0 h", "+60.0 min (+25.0%)", "3.0 h *",
                "-60.0 min (-25.0%)"), cells.get(7));
        assertEquals(List.of("throughput", "higher", "10.00 jobs/h", "10.50 jobs/h *", "+0.50 jobs/h (+5.0%)",
                "9.00 jobs/h", "-1.00 jobs/h (-10.0%)"), cells.get(9));
        assertEquals(List.of("core-hours", "", "1000.0 core-h", "1000.0 core-h", "0.0 core-h (0.0%)",
                "900.0 core-h", "-100.0 core-h (-10.0%)"), cells.get(11));
        assertEquals(1 + HeadlineMetric.values().length, cells.size());
    }

    @Test
    void shouldRenderAPaddedMarkdownTableWithALegend() {
        String text = ComparisonTable.render(Comparison.of(CompareFixtures.three(ROOT)));
        List<String> lines = text.lines().toList();
        assertEquals(1 + 1 + HeadlineMetric.values().length + 2, lines.size(), text);
        int width = lines.get(0).length();
        for (String line : lines.subList(0, lines.size() - 2)) {
            assertEquals(width, line.length(), "columns are padded alike: " + line);
            assertTrue(line.startsWith("| ") && line.endsWith(" |"), line);
        }
        assertTrue(lines.get(1).matches("\\| -+ \\| -+ (\\| -+: )+\\|"), lines.get(1));
        assertEquals("", lines.get(lines.size() - 2));
        assertEquals("* best value of its row; changes are against the baseline, fcfs", lines.get(lines.size() - 1));
        assertTrue(text.chars().allMatch(ch -> ch < 128), "plain ASCII");
    }

    @Test
    void shouldRenderTheWholeTable() {
        assertEquals("""
                | metric                | better | fcfs (baseline) |           easy |         easy vs fcfs |          big |            big vs fcfs |
                | --------------------- | ------ | --------------: | -------------: | -------------------: | -----------: | ---------------------: |
                | jobs                  |        |             100 |            100 |             0 (0.0%) |           90 |           -10 (-10.0%) |
                | makespan              | lower  |          10.0 h |        9.5 h * |    -30.0 min (-5.0%) |       11.0 h |     +60.0 min (+10.0%) |
                | utilization           | higher |          50.0 % |       55.0 % * |     +5.0 pp (+10.0%) |       40.0 % |      -10.0 pp (-20.0%) |
                | mean wait             | lower  |        58.0 min |     45.6 min * |   -12.4 min (-21.4%) |     58.0 min |             0 s (0.0%) |
                | median wait           | lower  |           0 s * |           60 s |          +60 s (n/a) |        0 s * |              0 s (n/a) |
                | p95 wait              | lower  |           2.0 h |     90.0 min * |   -30.0 min (-25.0%) |        2.5 h |     +30.0 min (+25.0%) |
                | max wait              | lower  |           4.0 h |          5.0 h |   +60.0 min (+25.0%) |      3.0 h * |     -60.0 min (-25.0%) |
                | mean bounded slowdown | lower  |            4.00 |         3.00 * |       -1.00 (-25.0%) |         5.00 |         +1.00 (+25.0%) |
                | throughput            | higher |    10.00 jobs/h | 10.50 jobs/h * | +0.50 jobs/h (+5.0%) |  9.00 jobs/h |  -1.00 jobs/h (-10.0%) |
                | mean queue length     | lower  |             2.0 |          1.5 * |        -0.5 (-25.0%) |          2.5 |          +0.5 (+25.0%) |
                | core-hours            |        |   1000.0 core-h |  1000.0 core-h |    0.0 core-h (0.0%) | 900.0 core-h | -100.0 core-h (-10.0%) |
                | total cost            | lower  |             n/a |            n/a |                  n/a |          n/a |                    n/a |
                | idle cost share       | lower  |             n/a |            n/a |                  n/a |          n/a |                    n/a |

                * best value of its row; changes are against the baseline, fcfs
                """, ComparisonTable.render(Comparison.of(CompareFixtures.three(ROOT))));
    }

    @Test
    void shouldShowTheCostAndIdleShareOfPricedRuns() {
        List<List<String>> cells = ComparisonTable.cells(Comparison.of(CompareFixtures.threePriced(ROOT)));
        // Hand-priced in CompareFixtures.priced: $640, $608, $880; idle 390/640, 358/608, 655/880.
        assertEquals(List.of("total cost", "lower", "$640.00", "$608.00 *", "-$32.00 (-5.0%)", "$880.00",
                "+$240.00 (+37.5%)"), cells.get(12));
        // 58.88 % - 60.94 % = -2.06 pp, -3.37 % of 60.94; 74.43 % - 60.94 % = +13.49 pp, +22.14 %.
        assertEquals(List.of("idle cost share", "lower", "60.9 %", "58.9 % *", "-2.1 pp (-3.4%)", "74.4 %",
                "+13.5 pp (+22.1%)"), cells.get(13));
    }

    @Test
    void shouldShowNotApplicableForARunWithoutACost() {
        List<RunOutput> runs = CompareFixtures.three(ROOT);
        Comparison c = Comparison.of(List.of(CompareFixtures.priced(runs.get(0), 2), runs.get(1),
                CompareFixtures.priced(runs.get(2), 2)));
        List<List<String>> cells = ComparisonTable.cells(c);
        assertEquals(List.of("total cost", "lower", "$640.00 *", "n/a", "n/a", "$880.00", "+$240.00 (+37.5%)"),
                cells.get(12));
    }

    @Test
    void shouldRenderEqualInputsToEqualText() {
        String a = ComparisonTable.render(Comparison.of(CompareFixtures.three(ROOT)));
        String b = ComparisonTable.render(Comparison.of(CompareFixtures.three(ROOT)));
        assertEquals(a, b);
    }
}
