package org.hpcsim.reports.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan.json and plan.csv: every evaluated point, the recommendation and its rejected neighbour. */
class PlanOutputsTest {
    @TempDir
    Path dir;

    @Test
    void shouldWriteEveryPointAndTheRecommendation() throws IOException {
        PlanResult r = PlanFixtures.twoCapacities();
        assertEquals(List.of("plan.json", "plan.csv"), PlanOutputs.write(dir, r, Map.of("replications", 3)));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("plan.json").toFile());
        assertEquals("fixture", json.get("plan").asText());
        assertEquals(3, json.get("replications").asInt());
        assertEquals(8, json.get("points").size());
        assertEquals(24, json.get("runs").asInt());
        JsonNode rec = json.get("recommendation");
        assertEquals("4", rec.get("values").get("nodes").asText());
        assertEquals("spot", rec.get("values").get("capacity").asText());
        assertEquals(0.0, rec.get("constraints").get(0).get("marginPercent").asDouble(), 1e-9);
        assertEquals("3", rec.get("nextSmaller").get("values").get("nodes").asText());
        assertEquals(false, rec.get("nextSmaller").get("constraints").get(0).get("holds").asBoolean());
        assertEquals(3600.0, rec.get("constraints").get(0).get("max").asDouble());
        JsonNode first = json.get("combinations").get(0);
        assertEquals("8", first.get("searchOrder").get(0).get("nodes").asText(), "the top is asked first");
        long recommended = 0;
        for (JsonNode p : json.get("points")) {
            recommended += p.get("recommended").asBoolean() ? 1 : 0;
        }
        assertEquals(1, recommended);

        List<String> csv = Files.readAllLines(dir.resolve("plan.csv"));
        assertEquals(9, csv.size());
        assertTrue(csv.get(0).startsWith("combination,nodes,capacity,feasible,recommended,failed,replications,"
                + "objective_mean,"), csv.get(0));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("1,4,spot,true,true,,3,4,4,4,")), csv.toString());
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("1,3,spot,false,false,p95Wait max,3,3,3,3")),
                csv.toString());
    }
}
