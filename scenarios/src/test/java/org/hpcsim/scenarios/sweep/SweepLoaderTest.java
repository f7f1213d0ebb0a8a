package org.hpcsim.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.spec.PolicyName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweep files: how points are made from parameters, bound into scenarios and seeded, and the errors. */
class SweepLoaderTest {
    @TempDir
    Path dir;

    private static final String BASE = """
            name: base
            seed: 5
            cluster: {nodes: 8, coresPerNode: 4, allocation: node}
            scheduler: {policy: easy}
            workload:
              synthetic: {model: poisson, jobs: 50, load: 0.8, runtime: {distribution: exponential, mean: 600}}
            """;

    private SweepSpec load(String sweep) throws IOException {
        Files.writeString(dir.resolve("base.yaml"), BASE);
        Path f = dir.resolve("sweep.yaml");
        Files.writeString(f, sweep);
        return new SweepLoader().load(f);
    }

    private String error(String sweep) {
        return assertThrows(ScenarioException.class, () -> load(sweep)).getMessage();
    }

    @Test
    void shouldVaryTheLastParameterFastestInAGrid() throws IOException {
        SweepSpec s = load("""
                scenario: base.yaml
                parameters:
                  - {path: cluster.nodes, values: [4, 8]}
                  - {path: scheduler.policy, values: [fcfs, easy, conservative]}
                """);
        assertEquals(6, s.points().size());
        List<String> seen = new ArrayList<>();
        for (SweepPoint p : s.points()) {
            seen.add(p.scenario().cluster().nodes() + "/" + p.scenario().scheduler().policy());
        }
        assertEquals(List.of("4/FCFS", "4/EASY", "4/CONSERVATIVE", "8/FCFS", "8/EASY", "8/CONSERVATIVE"), seen);
        assertEquals("base", s.name());
        assertEquals(5, s.seed());
    }

    @Test
    void shouldExpandSteppedAndLogRangesIntoTheirValues() throws IOException {
        SweepSpec s = load("""
                scenario: base.yaml
                parameters:
                  - {path: cluster.nodes, range: {from: 2, to: 11, step: 3}}
                  - {path: workload.synthetic.load, range: {from: 0.1, to: 0.3, step: 0.1}}
                  - {path: cluster.coresPerNode, logRange: {from: 1, to: 1000, count: 4}, integer: true}
                """);
        assertEquals(List.of("2", "5", "8", "11"), texts(s, 0, 4, 12));
        assertEquals(List.of("0.1", "0.2", "0.3"), texts(s, 1, 3, 4));
        assertEquals(List.of("1", "10", "100", "1000"), texts(s, 2, 4, 1));
    }

    // The distinct texts of parameter d, taking every stride-th point for count values.
    private static List<String> texts(SweepSpec s, int d, int count, int stride) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(s.point(i * stride).text(d));
        }
        return out;
    }

    @Test
    void shouldPutEveryLatinHypercubeSampleInItsOwnStratumOfEachParameter() throws IOException {
        int n = 40;
        SweepSpec s = load("""
                scenario: base.yaml
                sampling: latin-hypercube
                samples: 40
                parameters:
                  - {path: workload.synthetic.load, range: {from: 0.2, to: 1.0}}
                  - {path: cluster.nodes, range: {from: 1, to: 40}, integer: true}
                """);
        assertEquals(n, s.points().size());
        Set<Integer> loadStrata = new HashSet<>();
        Set<Integer> nodes = new HashSet<>();
        for (SweepPoint p : s.points()) {
            double load = p.values().get(0).asDouble();
            assertTrue(load >= 0.2 && load < 1.0, "load " + load);
            loadStrata.add((int) Math.floor((load - 0.2) / 0.8 * n));
            nodes.add(p.scenario().cluster().nodes());
        }
        assertEquals(n, loadStrata.size());
        assertEquals(n, nodes.size(), "40 integer strata over 1..40 hold each node count once");
    }

    @Test
    void shouldDrawTheSameRandomPointsForTheSameSeedAndOthersForAnother() throws IOException {
        String sweep = """
                scenario: base.yaml
                sampling: random
                samples: 5
                seed: %d
                parameters:
                  - {path: workload.synthetic.load, logRange: {from: 0.1, to: 1}}
                """;
        SweepSpec a = load(sweep.formatted(1));
        SweepSpec b = load(sweep.formatted(1));
        SweepSpec c = load(sweep.formatted(2));
        assertEquals(a.points().get(3).values(), b.points().get(3).values());
        assertEquals(a.fingerprint(), b.fingerprint());
        assertNotEquals(a.points().get(3).values(), c.points().get(3).values());
        assertNotEquals(a.fingerprint(), c.fingerprint());
    }

    @Test
    void shouldSeedReplicationsIndependentlyPerPointUnlessSeedsAreCommon() throws IOException {
        SweepSpec independent = load("""
                scenario: base.yaml
                replications: 3
                parameters: [{path: cluster.nodes, values: [4, 8]}]
                """);
        assertNotEquals(independent.seedOf(0, 0), independent.seedOf(1, 0));
        assertNotEquals(independent.seedOf(0, 0), independent.seedOf(0, 1));
        assertEquals(independent.seedOf(1, 2), independent.scenarioOf(1, 2).seed());
        SweepSpec common = load("""
                scenario: base.yaml
                replications: 3
                seeds: common
                parameters: [{path: cluster.nodes, values: [4, 8]}]
                """);
        assertEquals(5, common.seedOf(0, 0), "replication 0 runs the base scenario's own seed");
        assertEquals(common.seedOf(0, 2), common.seedOf(1, 2));
        assertEquals(7, common.seedOf(1, 2));
    }

    @Test
    void shouldCreateMissingMappingsOnTheWayToAParameter() throws IOException {
        Files.writeString(dir.resolve("priced.yaml"), BASE.replace("name: base", "name: priced")
                .replace("allocation: node}", "allocation: node, instanceType: c5n.18xlarge}"));
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, """
                scenario: priced.yaml
                parameters: [{path: cluster.pricing.spotDiscount, values: [0.5, 0.7]}]
                """);
        SweepSpec s = new SweepLoader().load(f);
        assertEquals(0.7, s.point(1).scenario().cluster().pricing().spotDiscount());
    }

    @Test
    void shouldReadASweepBlockInsideAScenarioFile() throws IOException {
        Path f = dir.resolve("with-block.yaml");
        Files.writeString(f, BASE + """
                sweep:
                  replications: 2
                  parameters: [{path: scheduler.policy, values: [fcfs, easy]}]
                """);
        SweepSpec s = new SweepLoader().load(f);
        assertEquals(2, s.points().size());
        assertEquals(PolicyName.FCFS, s.point(0).scenario().scheduler().policy());
        assertEquals(2, s.replications());
    }

    @Test
    void shouldPointARunOfAScenarioWithASweepBlockToTheSweepCommand() throws IOException {
        Path f = dir.resolve("with-block.yaml");
        Files.writeString(f, BASE + "sweep:\n  parameters: [{path: scheduler.policy, values: [fcfs]}]\n");
        String e = assertThrows(ScenarioException.class, () -> new org.hpcsim.scenarios.ScenarioLoader().load(f))
                .getMessage();
        assertEquals(f + ":7:1: this scenario has a 'sweep:' block: run it with 'hpcsim sweep FILE' (a run is one"
                + " scenario)", e);
    }

    @Test
    void shouldTakeAnInlineScenario() throws IOException {
        Path f = dir.resolve("inline.yaml");
        Files.writeString(f, "scenario:\n" + BASE.indent(2) + "parameters: [{path: cluster.nodes, values: [3]}]\n");
        assertEquals(3, new SweepLoader().load(f).point(0).scenario().cluster().nodes());
    }

    @Test
    void shouldNameThePointAndFieldOfAValueTheScenarioRefuses() {
        String e = error("""
                scenario: base.yaml
                parameters: [{path: cluster.nodes, values: [4, 0]}]
                """);
        assertTrue(e.startsWith(dir.resolve("sweep.yaml") + ": point 1 (nodes=0): cluster"), e);
        assertTrue(e.contains("nodes"), e);
    }

    @Test
    void shouldListAllowedFieldsForAPathThatIsNotInTheSchema() {
        String e = error("""
                scenario: base.yaml
                parameters: [{path: cluster.nodez, values: [4]}]
                """);
        assertTrue(e.contains("unknown field 'cluster.nodez'") && e.contains("allowed here:"), e);
    }

    @Test
    void shouldRefuseAGridOverAContinuousInterval() {
        String e = error("""
                scenario: base.yaml
                parameters: [{path: workload.synthetic.load, range: {from: 0.1, to: 0.9}}]
                """);
        assertTrue(e.contains("a grid cannot enumerate") || e.contains("which a grid"), e);
    }

    @Test
    void shouldRefuseBadSettingsInOneLine() {
        assertTrue(error("scenario: base.yaml\nparameters: []\n").contains("parameters: must list at least one"));
        assertTrue(error("scenario: base.yaml\nsampling: sobol\nparameters: [{path: cluster.nodes, values: [1]}]\n")
                .contains("unknown sampling 'sobol' (allowed: grid, random, latin-hypercube)"));
        assertTrue(error("scenario: base.yaml\nsampling: random\nparameters: [{path: cluster.nodes, values: [1]}]\n")
                .contains("samples: is required for random sampling"));
        assertTrue(error("scenario: base.yaml\nparameters: [{path: cluster.nodes, values: [1], range: {from: 1, to: 2}}]\n")
                .contains("give exactly one of values, range or logRange"));
        assertTrue(error("scenario: base.yaml\nparameters: [{path: seed, values: [1, 2]}]\n")
                .contains("'seed' cannot be swept"));
        assertTrue(error("scenario: nothere.yaml\nparameters: [{path: cluster.nodes, values: [1]}]\n")
                .contains("nothere.yaml: no such file"));
        assertTrue(error("parameters: [{path: cluster.nodes, values: [1]}]\n").contains("scenario: is required"));
        assertTrue(error("scenario: base.yaml\nparameters: [{path: 'cluster..nodes', values: [1]}]\n")
                .contains("path: must be field names joined by '.'"));
        assertTrue(error("scenario: base.yaml\nparameters: [{path: 'workload.transforms[3].factor', values: [1]}]\n")
                .contains("parameter 'workload.transforms[3].factor': 'workload.transforms' has no item [3]"));
    }

    @Test
    void shouldLoadEveryExampleSweep() throws IOException {
        Path examples = Path.of("examples", "sweeps");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(examples), "no " + examples.toAbsolutePath());
        List<Path> files;
        try (var list = Files.list(examples)) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 4, files.toString());
        for (Path f : files) {
            SweepSpec s = new SweepLoader().load(f);
            assertTrue(s.points().size() >= 6, f + " has " + s.points().size() + " points");
        }
    }
}
