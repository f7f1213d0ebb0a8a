package org.hpcsim.cli;

import static org.hpcsim.cli.Cli.failure;
import static org.hpcsim.cli.Cli.hpcsim;
import static org.hpcsim.cli.Cli.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hpcsim plan} end to end on a small real workload: 40 jobs of 1 to 4 cores, one a minute,
 * on 1 to 16 nodes of 4 cores, for the fewest nodes (least cost) keeping the p95 wait within 10
 * minutes.
 */
class PlanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path plan(String constraints) throws IOException {
        StringBuilder swf = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            int procs = 1 + (i * 7) % 4;
            int run = 600 + (i * 37) % 5 * 300;
            swf.append(i + 1).append(' ').append(i * 60).append(" -1 ").append(run).append(' ').append(procs)
                    .append(" -1 -1 ").append(procs).append(' ').append(run + 300).append(" -1 1 ")
                    .append(1 + i % 3).append(" 1 -1 1 -1 -1 -1\n");
        }
        Files.writeString(tmp.resolve("small.swf"), swf);
        return Files.writeString(tmp.resolve("plan.yaml"), "name: small\nreplications: 3\n"
                + "scenario:\n"
                + "  cluster: {nodes: 4, coresPerNode: 4, allocation: core, pricing: {perNodeHour: 2}}\n"
                + "  workload: {trace: small.swf}\n"
                + "objective: {minimize: totalCost}\n"
                + "constraints:\n" + constraints
                + "search:\n"
                + "  - {path: cluster.nodes, range: {from: 1, to: 16}, monotone: true}\n"
                + "  - {path: scheduler.policy, values: [fcfs, easy]}\n");
    }

    private static JsonNode point(JsonNode json, int combination, long nodes) {
        for (JsonNode p : json.get("points")) {
            if (p.get("combination").asInt() == combination && p.get("values").get("nodes").asLong() == nodes) {
                return p;
            }
        }
        return null;
    }

    @Test
    void shouldRecommendTheFewestNodesMeetingTheConstraintAndShowTheOneBelowFailing() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Result r = ok("plan", plan("  - {metric: p95Wait, max: 600}\n"), "--out", out, "--threads", 2);
        JsonNode json = JSON.readTree(out.resolve("plan.json").toFile());
        JsonNode rec = json.get("recommendation");
        assertNotNull(rec, r.out());
        long nodes = rec.get("values").get("nodes").asLong();
        int combination = combinationOf(json, rec.get("values").get("policy").asText());
        JsonNode best = point(json, combination, nodes);
        assertTrue(best.get("feasible").asBoolean());
        assertTrue(best.get("recommended").asBoolean());
        JsonNode wait = best.get("constraints").get(0);
        assertTrue(wait.get("ci95High").asDouble() <= 600, wait.toString());
        JsonNode below = point(json, combination, nodes - 1);
        assertNotNull(below, "the value below the answer was evaluated");
        assertFalse(below.get("feasible").asBoolean());
        assertTrue(below.get("constraints").get(0).get("ci95High").asDouble() > 600);
        assertEquals(below.get("values"), rec.get("nextSmaller").get("values"));
        assertEquals(10, json.get("evaluated").asInt(), "2 combinations x (top + log2 16)");
        assertEquals(30, json.get("runs").asInt());
        assertTrue(r.out().contains("Recommendation: nodes=" + nodes + ", policy="), r.out());
        assertTrue(r.out().contains("nodes=" + (nodes - 1) + " (the next smaller value) was rejected: p95 wait"),
                r.out());
        assertTrue(r.out().contains("replications: 1 gives the same answer 3 times faster"),
                "a trace replay: " + r.out());
        for (String f : List.of("plan.csv", "charts/plan-p95Wait.png", "charts/plan-p95Wait.svg",
                "charts/plan-objective-totalCost.png", "charts/plan-objective-totalCost.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(11, Files.readAllLines(out.resolve("plan.csv")).size(), "a header and 10 points");
    }

    private static int combinationOf(JsonNode json, String policy) {
        for (JsonNode c : json.get("combinations")) {
            if (c.get("values").get("policy").asText().equals(policy)) {
                return c.get("combination").asInt();
            }
        }
        throw new AssertionError("no combination " + policy);
    }

    @Test
    void shouldExitWithOneAndStillWriteTheFilesWhenNothingIsFeasible() throws IOException {
        Path out = tmp.resolve("none");
        Cli.Result r = hpcsim("plan", plan("  - {metric: makespan, max: 60}\n"), "--out", out);
        assertEquals(ExitCodes.NO_ANSWER, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("hpcsim: ") && r.err().contains("no point meets every constraint"), r.err());
        assertTrue(r.out().contains("fails even at nodes=16: makespan"), r.out());
        JsonNode json = JSON.readTree(out.resolve("plan.json").toFile());
        assertFalse(json.get("feasible").asBoolean());
        assertTrue(json.get("recommendation").isNull());
        assertEquals(2, json.get("evaluated").asInt(), "one point per combination: the top");
    }

    @Test
    void shouldNameAnUnknownMetricInOneLine() throws IOException {
        String line = failure(hpcsim("plan", plan("  - {metric: p95wait, max: 600}\n"), "--out", tmp.resolve("x")),
                ExitCodes.DATA);
        assertTrue(line.contains("plan.yaml: constraints[0].metric: unknown metric 'p95wait' (allowed: jobs,"
                + " makespan,"), line);
    }

    @Test
    void shouldRefuseZeroThreadsAndAMissingFile() throws IOException {
        String threads = failure(hpcsim("plan", plan("  - {metric: p95Wait, max: 600}\n"), "--threads", 0),
                ExitCodes.USAGE);
        assertTrue(threads.contains("--threads: must be 1 or more, got 0"), threads);
        String missing = failure(hpcsim("plan", tmp.resolve("nope.yaml")), ExitCodes.NO_INPUT);
        assertTrue(missing.endsWith("nope.yaml: no such plan file"), missing);
    }

    @Test
    void shouldListPlanInTheHelpWithoutFormatWarnings() {
        Cli.Result top = ok("--help");
        assertTrue(top.out().contains("  plan ") && top.out().contains("Capacity planning as a search"), top.out());
        Cli.Result help = ok("plan", "--help");
        assertTrue(help.out().contains("--threads") && help.out().contains("OUT/plan.json"), help.out());
    }
}
