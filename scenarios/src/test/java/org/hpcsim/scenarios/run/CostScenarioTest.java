package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.ScenarioWriter;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.StorageSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spot price series and storage from scenario text to a priced run, and their one-line errors. */
class CostScenarioTest {
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    /** A scenario of 2 whole 4-core nodes replaying one 1-node job of 7200 s submitted at 0. */
    private Scenario scenario(String pricing, String rest) throws IOException {
        Files.writeString(dir.resolve("one.swf"), "1 0 -1 7200 4 -1 -1 4 7200 -1 1 3 4 -1 -1 5 -1 -1\n");
        return new ScenarioLoader().parse("name: c\ncluster: {nodes: 2, coresPerNode: 4, allocation: node, pricing: "
                + pricing + "}\nscheduler: {policy: fcfs}\nworkload: {trace: one.swf}\n" + rest, "c.yaml");
    }

    private CostReport cost(Scenario s) {
        return ScenarioRunner.run(s, dir, c -> List.of()).cost();
    }

    private static String error(String text) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(text, "c.yaml"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void shouldPriceSpotNodesByATwoStepSeriesFile() throws IOException {
        // $1 per node-hour for the first hour, $3 after: 2 nodes x ($1 + $3) = $8; the job $4.
        Files.writeString(dir.resolve("prices.csv"), "time,price\n0,1\n3600,3\n");
        CostReport c = cost(scenario("{capacity: spot, perNodeHour: 4, spotPrices: prices.csv}", ""));
        assertEquals(8.0, c.total(), EPS);
        assertEquals(4.0, c.busy(), EPS);
        assertEquals(2.0, c.perNodeHour(), EPS);
        assertEquals(8.0, c.spotCost(), EPS);
        assertEquals(4.0, c.onDemandPerNodeHour(), 0);
    }

    @Test
    void shouldStopARunWhoseSeriesStartsAfterTheFirstSubmission() throws IOException {
        Files.writeString(dir.resolve("late.csv"), "100,1\n");
        Scenario s = scenario("{capacity: spot, perNodeHour: 4, spotPrices: late.csv}", "");
        ScenarioException e = assertThrows(ScenarioException.class, () -> cost(s));
        assertEquals(dir.resolve("late.csv") + ": the first Spot price is at 100 s (1970-01-01T00:01:40Z), after the"
                + " run's first submission at 0 s (1970-01-01T00:00:00Z); add a row at or before it", e.getMessage());
    }

    @Test
    void shouldAddStorageOverTheWindowToTheTotal() throws IOException {
        // A 2 h window at $2 per node-hour: nodes $8; 730 GiB at $0.10 per GiB-month of 730 h: $0.20.
        CostReport c = cost(scenario("{perNodeHour: 2}",
                "storage: {name: home, type: efs, capacityGiB: 730, pricePerGiBMonth: 0.10}\n"));
        assertEquals(0.20, c.storageCost(), EPS);
        assertEquals(8.20, c.total(), EPS);
        assertEquals("home", c.storage().get(0).name());
        assertEquals(2.0, c.storage().get(0).hours(), EPS);
    }

    @Test
    void shouldAskForAStorageCapacityThatNothingFilledIn() throws IOException {
        Scenario s = scenario("{perNodeHour: 2}", "storage: [{type: fsx-lustre, pricePerGiBMonth: 0.14}]\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> cost(s));
        assertEquals("storage[0].capacityGiB: is required (GiB paid for), unless --pcluster fills it from an"
                + " FsxLustre StorageCapacity", e.getMessage());
    }

    @Test
    void shouldRefuseBadPricingAndStorageInOneLine() {
        String head = "cluster: {nodes: 2, coresPerNode: 4, pricing: ";
        String tail = "}\nworkload: {trace: t.swf}\n";
        assertEquals("c.yaml: cluster.pricing.spotPrices: give spotDiscount or spotPrices (a price series), not both",
                error(head + "{capacity: spot, perNodeHour: 1, spotDiscount: 0.5, spotPrices: p.csv}" + tail));
        assertEquals("c.yaml: cluster.pricing.spotPrices: needs capacity: spot (the series prices the Spot nodes)",
                error(head + "{perNodeHour: 1, spotPrices: p.csv}" + tail));
        String ok = head + "{perNodeHour: 1}" + tail;
        assertEquals("c.yaml: storage[0].pricePerGiBMonth: is required: US dollars per GiB-month, from the AWS pricing"
                + " page for your region and deployment type (hpcsim has no storage prices)",
                error(ok + "storage: [{type: efs, capacityGiB: 100}]\n"));
        assertEquals("c.yaml: storage[0].type: unknown storage type 'lustre' (allowed: "
                + String.join(", ", StorageSpec.TYPES) + ")",
                error(ok + "storage: {type: lustre, capacityGiB: 100, pricePerGiBMonth: 0.1}\n"));
        assertEquals("c.yaml: storage[0].capacityGiB: must be a positive number of GiB, got -5.0",
                error(ok + "storage: {type: efs, capacityGiB: -5, pricePerGiBMonth: 0.1}\n"));
    }

    @Test
    void shouldWriteSeriesAndStorageBackAsTheyWereRead() throws IOException {
        Scenario s = scenario("{capacity: spot, perNodeHour: 4, spotPrices: prices.csv}",
                "storage:\n  - {type: fsx-lustre, capacityGiB: 1200, pricePerGiBMonth: 0.14}\n"
                        + "  - {name: home, type: efs, pricePerGiBMonth: 0.3}\n");
        String text = new ObjectMapper(new YAMLFactory()).writeValueAsString(ScenarioWriter.toMap(s));
        assertTrue(text.contains("spotPrices: \"prices.csv\"") && !text.contains("spotDiscount"), text);
        Scenario again = new ScenarioLoader().parse(text, "again.yaml");
        assertEquals(s.cluster(), again.cluster());
        assertEquals(s.storage(), again.storage());
    }
}
