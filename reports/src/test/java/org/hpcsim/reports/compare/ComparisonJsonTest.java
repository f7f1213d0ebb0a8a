package org.hpcsim.reports.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hpcsim.reports.data.RunOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** comparison.json: its keys in their fixed order, its values, and equal bytes for equal inputs. */
class ComparisonJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private JsonNode render() throws IOException {
        return JSON.readTree(ComparisonJson.render(Comparison.of(CompareFixtures.three(tmp.resolve("runs"))), tmp));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static final List<String> METRIC_KEYS = List.of("jobs", "makespan", "utilization", "meanWait",
            "medianWait", "p95Wait", "maxWait", "meanBoundedSlowdown", "throughputPerHour", "meanQueueLength",
            "coreHours", "totalCost", "idleCostShare");

    @Test
    void shouldWriteKeysInAFixedOrder() throws IOException {
        JsonNode root = render();
        assertEquals(List.of("schemaVersion", "baseline", "runs", "changes", "best"), keys(root));
        assertEquals(List.of("name", "policy", "dir", "cluster", "metrics"), keys(root.get("runs").get(0)));
        assertEquals(List.of("nodes", "coresPerNode", "gpusPerNode", "allocation"),
                keys(root.get("runs").get(0).get("cluster")));
        assertEquals(METRIC_KEYS, keys(root.get("runs").get(2).get("metrics")));
        assertEquals(List.of("name", "metrics"), keys(root.get("changes").get(0)));
        assertEquals(METRIC_KEYS, keys(root.get("changes").get(1).get("metrics")));
        assertEquals(List.of("difference", "percent"), keys(root.get("changes").get(0).get("metrics").get("jobs")));
        assertEquals(List.of("makespan", "utilization", "meanWait", "medianWait", "p95Wait", "maxWait",
                "meanBoundedSlowdown", "throughputPerHour", "meanQueueLength", "totalCost", "idleCostShare"),
                keys(root.get("best")),
                "only metrics with a better side");
        assertEquals(List.of("better", "runs"), keys(root.get("best").get("makespan")));
    }

    @Test
    void shouldWriteRunsChangesAndBestValues() throws IOException {
        JsonNode root = render();
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals("fcfs", root.get("baseline").asText());
        assertEquals(3, root.get("runs").size());
        JsonNode easy = root.get("runs").get(1);
        assertEquals("easy", easy.get("name").asText());
        assertEquals("easy", easy.get("policy").asText());
        assertEquals("runs/easy", easy.get("dir").asText(), "relative to the comparison's folder");
        assertEquals(32, easy.get("cluster").get("nodes").asInt());
        assertEquals(2736.0, easy.get("metrics").get("meanWait").asDouble(), 0);
        assertEquals(0.55, easy.get("metrics").get("utilization").asDouble(), 0);
        assertTrue(easy.get("metrics").get("jobs").isIntegralNumber(), "a count is a whole number");

        assertEquals(2, root.get("changes").size(), "one per run but the baseline");
        JsonNode easyChanges = root.get("changes").get(0).get("metrics");
        assertEquals("easy", root.get("changes").get(0).get("name").asText());
        assertEquals(-744.0, easyChanges.get("meanWait").get("difference").asDouble(), 1e-9);
        assertEquals(-21.379310344827587, easyChanges.get("meanWait").get("percent").asDouble(), 1e-9);
        assertEquals(60.0, easyChanges.get("medianWait").get("difference").asDouble(), 0);
        assertTrue(easyChanges.get("medianWait").get("percent").isNull(), "n/a against a zero baseline");
        assertEquals(0.05, easyChanges.get("utilization").get("difference").asDouble(), 1e-12, "a fraction");
        JsonNode bigChanges = root.get("changes").get(1).get("metrics");
        assertEquals(-10, bigChanges.get("jobs").get("difference").asLong());
        assertTrue(bigChanges.get("jobs").get("difference").isIntegralNumber());
        assertEquals(-10.0, bigChanges.get("jobs").get("percent").asDouble(), 1e-9);

        assertEquals("lower", root.get("best").get("maxWait").get("better").asText());
        assertEquals("[\"big\"]", root.get("best").get("maxWait").get("runs").toString());
        assertEquals("higher", root.get("best").get("utilization").get("better").asText());
        assertEquals("[\"easy\"]", root.get("best").get("utilization").get("runs").toString());
        assertEquals("[\"fcfs\",\"big\"]", root.get("best").get("medianWait").get("runs").toString());
    }

    @Test
    void shouldWriteNullForAMissingNumber() throws IOException {
        var none = new org.hpcsim.models.run.RunMetrics(0, 0, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0);
        Comparison c = Comparison.of(List.of(CompareFixtures.fcfs(tmp.resolve("a")),
                CompareFixtures.run(tmp.resolve("b"), "empty", "fcfs", 8, none)));
        JsonNode root = JSON.readTree(ComparisonJson.render(c, tmp));
        assertTrue(root.get("runs").get(1).get("metrics").get("meanWait").isNull());
        assertTrue(root.get("changes").get(0).get("metrics").get("meanWait").get("difference").isNull());
        assertTrue(root.get("changes").get(0).get("metrics").get("meanWait").get("percent").isNull());
    }

    @Test
    void shouldWriteTheTotalCostInDollarsAndTheIdleShareAsAFraction() throws IOException {
        List<RunOutput> runs = CompareFixtures.three(tmp.resolve("runs"));
        Comparison c = Comparison.of(List.of(CompareFixtures.priced(runs.get(0), 2), CompareFixtures.priced(runs.get(1), 2),
                runs.get(2)));
        JsonNode root = JSON.readTree(ComparisonJson.render(c, tmp));
        JsonNode easy = root.get("runs").get(1).get("metrics");
        assertEquals(608.0, easy.get("totalCost").asDouble(), 1e-9);
        assertEquals(358.0 / 608, easy.get("idleCostShare").asDouble(), 1e-12);
        assertTrue(root.get("runs").get(2).get("metrics").get("totalCost").isNull(), "big has no pricing");
        JsonNode change = root.get("changes").get(0).get("metrics");
        assertEquals(-32.0, change.get("totalCost").get("difference").asDouble(), 1e-9);
        assertEquals(-5.0, change.get("totalCost").get("percent").asDouble(), 1e-9);
        assertEquals(358.0 / 608 - 390.0 / 640, change.get("idleCostShare").get("difference").asDouble(), 1e-12);
        assertTrue(root.get("changes").get(1).get("metrics").get("totalCost").get("difference").isNull());
        assertEquals("lower", root.get("best").get("totalCost").get("better").asText());
        assertEquals("[\"easy\"]", root.get("best").get("totalCost").get("runs").toString());
        assertEquals("[\"easy\"]", root.get("best").get("idleCostShare").get("runs").toString());
    }

    @Test
    void shouldWriteEqualBytesForEqualInputs() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        ComparisonJson.write(Comparison.of(CompareFixtures.three(first.resolve("runs"))), first);
        ComparisonJson.write(Comparison.of(CompareFixtures.three(second.resolve("runs"))), second);
        byte[] a = Files.readAllBytes(first.resolve(ComparisonJson.FILE));
        byte[] b = Files.readAllBytes(second.resolve(ComparisonJson.FILE));
        assertArrayEquals(a, b);
        assertTrue(new String(a, java.nio.charset.StandardCharsets.UTF_8).endsWith("}\n"));
        try (var files = Files.list(first)) {
            assertEquals(List.of(ComparisonJson.FILE),
                    Arrays.asList(files.map(p -> p.getFileName().toString()).toArray(String[]::new)),
                    "no temporary file left behind");
        }
    }
}
