package org.hpcsim.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hpcsim.reports.charts.ChartChecks;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study's files: the tables, then its charts in charts/, every one named in what write returns. */
class SweepOutputsTest {
    @TempDir
    Path dir;

    @Test
    void shouldWriteTheTablesAndTheChartsIntoChartsAndNameThemAll() throws IOException {
        SweepTable t = SweepFixtures.table("s", List.of(
                SweepFixtures.point("nodes", 8).metric(HeadlineMetric.P95_WAIT, 100, 120),
                SweepFixtures.point("nodes", 16).metric(HeadlineMetric.P95_WAIT, 50, 70)));
        List<String> names = SweepOutputs.write(dir, t, Map.of());
        assertEquals(List.of("sweep.csv", "runs.csv", "sweep.json", "charts/p95-wait-by-nodes.png",
                "charts/p95-wait-by-nodes.svg"), names);
        List<Path> charts = new ArrayList<>();
        for (String n : names) {
            assertTrue(Files.isRegularFile(dir.resolve(n)), n + " missing");
            if (n.startsWith("charts/")) {
                charts.add(dir.resolve(n));
            }
        }
        ChartChecks.assertWritten(charts);
        try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
            assertEquals(2, files.count(), "nothing in charts/ but the files named");
        }
    }

    @Test
    void shouldWriteNoChartsForAStudyWithoutResults() {
        SweepTable empty = SweepTable.of("s", List.of("nodes"), 3, Map.of());
        assertEquals(List.of("sweep.csv", "runs.csv", "sweep.json"), SweepOutputs.write(dir, empty, Map.of()));
    }
}
