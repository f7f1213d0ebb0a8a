package org.hpcsim.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.junit.jupiter.api.Test;

/** sweep.csv holds each point's means and intervals, runs.csv each replication's values, both quoted as CSV wants. */
class SweepCsvWriterTest {
    // t(0.975) with 1 degree of freedom, from tables.
    private static final double T_975_1 = 12.706204736174698;

    private static SweepTable table() {
        return SweepFixtures.table("s", List.of(
                SweepFixtures.point("nodes", 16, "policy", "easy,strict").metric(HeadlineMetric.P95_WAIT, 10, 20),
                SweepFixtures.point("nodes", 32, "policy", "fcfs").metric(HeadlineMetric.P95_WAIT, 7.5, 7.5)));
    }

    @Test
    void shouldWriteEachPointsMeanAndIntervalUnderItsParameters() {
        List<List<String>> csv = parse(SweepCsvWriter.points(table()));
        List<String> header = csv.get(0);
        assertEquals(List.of("point", "nodes", "policy", "replications"), header.subList(0, 4));
        assertEquals(3 * HeadlineMetric.values().length, header.size() - 4, "mean, low and high of each metric");
        int mean = header.indexOf("p95Wait_mean");
        assertEquals("p95Wait_ci95_low", header.get(mean + 1));
        assertEquals("p95Wait_ci95_high", header.get(mean + 2));
        List<String> first = csv.get(1);
        assertEquals(List.of("0", "16", "easy,strict", "2"), first.subList(0, 4));
        // Values 10 and 20: sd sqrt(50), so the half width is t * sqrt(50) / sqrt(2) = 5 t.
        assertEquals("15", first.get(mean), "a whole number is written without a fraction");
        assertEquals(15 - 5 * T_975_1, Double.parseDouble(first.get(mean + 1)), 1e-9);
        assertEquals(15 + 5 * T_975_1, Double.parseDouble(first.get(mean + 2)), 1e-9);
        assertEquals(List.of("7.5", "7.5", "7.5"), csv.get(2).subList(mean, mean + 3));
        int cost = header.indexOf("totalCost_mean");
        assertEquals("", first.get(cost), "no cost without pricing");
    }

    @Test
    void shouldWriteOneRowPerReplicationWithItsSeed() {
        List<List<String>> csv = parse(SweepCsvWriter.runs(table()));
        assertEquals(List.of("point", "replication", "seed", "nodes", "policy"), csv.get(0).subList(0, 5));
        assertEquals(5, csv.size(), "header and two replications of two points");
        int p95 = csv.get(0).indexOf("p95Wait");
        assertEquals(List.of("0", "1", "1001", "16", "easy,strict"), csv.get(2).subList(0, 5));
        assertEquals("20", csv.get(2).get(p95));
        assertEquals("7.5", csv.get(4).get(p95));
    }

    @Test
    void shouldQuoteAValueWithACommaOrAQuote() {
        SweepTable t = SweepFixtures.table("s", List.of(SweepFixtures.point("label", "say \"hi\"", "x", "a,b")));
        String row = SweepCsvWriter.points(t).split("\n")[1];
        assertTrue(row.startsWith("0,\"say \"\"hi\"\"\",\"a,b\",1,"), row);
    }

    /** Rows of cells, quotes undone. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }
}
