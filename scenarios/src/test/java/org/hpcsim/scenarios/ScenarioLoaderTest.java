package org.hpcsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hpcsim.scenarios.spec.PoissonSpec;
import org.hpcsim.scenarios.spec.RuntimeSpec;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.OutputSpec;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SchedulerSpec;
import org.hpcsim.scenarios.spec.SyntheticSpec;
import org.hpcsim.scenarios.spec.WorkloadSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario file format: every field read into the records, the defaults, and the one-line
 * errors for each kind of bad input (each naming the file first, then the line or the field).
 */
class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private final ScenarioLoader loader = new ScenarioLoader();

    private Path write(String name, String yaml) throws IOException {
        return Files.write(dir.resolve(name), yaml.getBytes(StandardCharsets.UTF_8));
    }

    private Scenario load(String yaml) throws IOException {
        return loader.load(write("scenario.yaml", yaml));
    }

    /** Loads bad input and returns its message, checking it is one line that starts with the file. */
    private String error(String yaml) throws IOException {
        Path file = write("bad.yaml", yaml);
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(file));
        String message = e.getMessage();
        assertFalse(message.contains("\n") || message.contains("\r"), "not one line: " + message);
        assertTrue(message.startsWith(file.toString() + ":"), "does not start with the file: " + message);
        return message.substring(file.toString().length());
    }

    // ---------------------------------------------------------------- valid files

    @Test
    void shouldReadEveryFieldOfAFullScenario() throws IOException {
        Scenario s = load("""
                name: big-run_1.0
                seed: 12345
                cluster:
                  nodes: 64
                  coresPerNode: 16
                  allocation: core
                scheduler:
                  policy: fcfs
                  killAtTimeLimit: false
                workload:
                  synthetic:
                    model: poisson
                    jobs: 500
                    load: 0.7
                    serialFraction: 0.3
                    powerOfTwoFraction: 0.5
                    maxProcessors: 256
                    runtime: {distribution: lognormal, median: 600, sigma: 1.25}
                    maxRuntime: 43200
                    maxOverestimate: 2.5
                outputs:
                  dir: results/big
                  jobsCsv: false
                """);
        Scenario expected = new Scenario("big-run_1.0", 12345,
                new ClusterSpec(64, 16, AllocationUnit.CORE),
                new SchedulerSpec(PolicyName.FCFS, false),
                WorkloadSpec.ofSynthetic(new PoissonSpec(500, 0.7, 0.3, 0.5, 256, 600, 1.25, 43200, 2.5)),
                new OutputSpec("results/big", false));
        assertEquals(expected, s);
        assertEquals("results/big", s.outputDir());
    }

    @Test
    void shouldReadATraceWorkloadWithoutACluster() throws IOException {
        Scenario s = load("""
                name: replay
                workload:
                  trace: traces/hpc2n-sample.swf
                """);
        assertEquals(WorkloadSpec.ofTrace("traces/hpc2n-sample.swf"), s.workload());
        assertNull(s.cluster(), "the cluster comes from the trace header at run time");
    }

    @Test
    void shouldNameTheModelsWhenTheSyntheticModelIsMissingOrUnknown() throws IOException {
        String missing = error("cluster: {nodes: 2}\nworkload:\n  synthetic: {jobs: 3}\n");
        assertTrue(missing.endsWith("field 'workload.synthetic.model' is required (allowed: lublin, poisson, gpu-training)"),
                missing);
        String unknown = error("cluster: {nodes: 2}\nworkload:\n  synthetic: {model: markov}\n");
        assertTrue(unknown.endsWith("field 'workload.synthetic.model': unknown model 'markov' (allowed: lublin, poisson, "
                + "gpu-training)"), unknown);
        String distribution = error("cluster: {nodes: 2}\nworkload:\n  synthetic: {model: poisson, runtime: {distribution: "
                + "pareto}}\n");
        assertTrue(distribution.endsWith("unknown distribution 'pareto' (allowed: lognormal, exponential, weibull, gamma, "
                + "uniform)"), distribution);
    }

    @Test
    void shouldReadEachRuntimeDistributionAndTheTransforms() throws IOException {
        Scenario s = load("""
                cluster: {nodes: 4}
                workload:
                  synthetic:
                    model: poisson
                    runtime: {distribution: weibull, shape: 0.6, scale: 2000}
                  transforms: {users: [alice], limit: 10, estimates: factor, estimateFactor: 2, targetLoad: 0.9}
                """);
        PoissonSpec p = (PoissonSpec) s.workload().synthetic();
        assertEquals(new RuntimeSpec.Weibull(0.6, 2000), p.runtime());
        assertEquals(List.of("alice"), s.workload().transforms().users());
        assertEquals(10, s.workload().transforms().limit());
        assertEquals("factor", s.workload().transforms().estimates());
        assertEquals(0.9, s.workload().transforms().targetLoad());
    }

    @Test
    void shouldApplyTheDefaultsOfEveryMissingField() throws IOException {
        Scenario s = load("""
                name: mini
                cluster:
                  nodes: 8
                workload:
                  synthetic: {model: poisson}
                """);
        assertEquals(1, s.seed());
        assertEquals(new ClusterSpec(8, 1, AllocationUnit.NODE), s.cluster());
        assertEquals(new SchedulerSpec(PolicyName.EASY, true), s.scheduler());
        assertEquals(new PoissonSpec(1000, 0.8, 0.24, 0.75, 0, 900, 1.5, 86_400, 3), s.workload().synthetic());
        assertEquals(new OutputSpec(null, true), s.outputs());
        assertEquals("out/mini", s.outputDir());
    }

    @Test
    void shouldNameAScenarioWithoutANameScenario() throws IOException {
        Scenario s = load("workload:\n  trace: t.swf\n");
        assertEquals("scenario", s.name());
        assertEquals("out/scenario", s.outputDir());
    }

    @Test
    void shouldApplyDefaultsInsidePartlyGivenSections() throws IOException {
        Scenario s = load("""
                cluster: {nodes: 2, allocation: core}
                scheduler: {killAtTimeLimit: false}
                outputs: {jobsCsv: false}
                workload: {trace: t.swf}
                """);
        assertEquals(new ClusterSpec(2, 1, AllocationUnit.CORE), s.cluster());
        assertEquals(new SchedulerSpec(PolicyName.EASY, false), s.scheduler());
        assertEquals(new OutputSpec(null, false), s.outputs());
    }

    @Test
    void shouldReadPolicyAndAllocationWordsInAnyCase() throws IOException {
        Scenario s = load("""
                cluster: {nodes: 2, allocation: Core}
                scheduler: {policy: FCFS}
                workload: {trace: t.swf}
                """);
        assertEquals(PolicyName.FCFS, s.scheduler().policy());
        assertEquals(AllocationUnit.CORE, s.cluster().allocation());
    }

    @Test
    void shouldReadJsonSinceJsonIsYaml() throws IOException {
        Scenario s = load("{\"name\": \"j\", \"seed\": 7, \"workload\": {\"trace\": \"t.swf\"}}");
        assertEquals("j", s.name());
        assertEquals(7, s.seed());
    }

    @Test
    void shouldNameTheOriginGivenToParse() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> loader.parse("cluster: {nodes: 0}\nworkload: {trace: t.swf}\n", "inline"));
        assertEquals("inline: cluster.nodes: must be a positive number of nodes, got 0", e.getMessage());
    }

    @Test
    void shouldLoadEveryExampleScenario() throws IOException {
        Path examples = Path.of("examples");
        assumeTrue(Files.isDirectory(examples), "no examples folder at " + examples.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> list = Files.list(examples)) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            Scenario s = loader.load(f);
            assertTrue(s.workload().trace() != null || s.cluster() != null, f.toString());
        }
        List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("hpc2n-c5n-ondemand.yaml", "hpc2n-c5n-spot.yaml")), names.toString());
    }

    @Test
    void shouldPriceTheTwoC5nExamplesAlikeButForSpot() {
        Path examples = Path.of("examples");
        assumeTrue(Files.isDirectory(examples), "no examples folder at " + examples.toAbsolutePath());
        Scenario onDemand = loader.load(examples.resolve("hpc2n-c5n-ondemand.yaml"));
        Scenario spot = loader.load(examples.resolve("hpc2n-c5n-spot.yaml"));
        for (Scenario s : List.of(onDemand, spot)) {
            assertEquals("c5n.18xlarge", s.cluster().instanceType(), s.name());
            // The trace's 240 processors fit on 8 nodes of 36 cores.
            assertEquals(8 * 36, s.cluster().nodes() * s.cluster().coresPerNode(), s.name());
            assertEquals(AllocationUnit.CORE, s.cluster().allocation(), s.name());
            assertEquals(onDemand.workload(), s.workload(), "same trace, same way");
            assertEquals(onDemand.scheduler(), s.scheduler());
        }
        assertEquals(3.888, onDemand.cluster().pricing().resolve("c5n.18xlarge").perNodeHour(), 0);
        assertFalse(onDemand.cluster().pricing().resolve("c5n.18xlarge").spot());
        assertEquals(1.3608, spot.cluster().pricing().resolve("c5n.18xlarge").perNodeHour(), 1e-12);
        assertTrue(spot.cluster().pricing().resolve("c5n.18xlarge").spot());
    }

    // ---------------------------------------------------------------- errors

    @Test
    void shouldNameTheFileLineAndFieldOfAnUnknownKey() throws IOException {
        String m = error("""
                name: x
                cluster:
                  nodes: 4
                  nodez: 3
                  coresPerNode: 2
                workload:
                  trace: t.swf
                """);
        // The line and column are those of the unknown key itself, not the end of its mapping.
        assertEquals(":4:3: unknown field 'cluster.nodez' (allowed here: allocation, batch, bootTime, capacity, coresPerNode, dynamicNodes, failures, gpusPerNode, headNode, instanceType, maxLaunches, nodes, pricing, scaledownIdleTime, spot)", m);
    }

    @Test
    void shouldNameTheAllowedTopLevelKeysForAnUnknownTopLevelKey() throws IOException {
        String m = error("""
                clustr:
                  nodes: 4
                workload:
                  trace: t.swf
                """);
        assertEquals(":1:1: unknown field 'clustr' (allowed here: cluster, hardware, name, outputs, scheduler, seed,"
                + " storage, workload)", m);
    }

    @Test
    void shouldNameTheDottedPathOfAnUnknownKeyDeepInside() throws IOException {
        String m = error("""
                cluster: {nodes: 2}
                workload:
                  synthetic:
                    model: poisson
                    jobs: 10
                    maxRuntme: 60
                """);
        assertTrue(m.startsWith(":6:5: unknown field 'workload.synthetic.maxRuntme' (allowed here: "), m);
        assertTrue(m.contains("maxRuntime"), m);
        assertTrue(m.contains("maxOverestimate"), m);
    }

    @Test
    void shouldRejectTextWhereAWholeNumberIsExpected() throws IOException {
        String m = error("""
                cluster:
                  nodes: abc
                workload:
                  trace: t.swf
                """);
        assertEquals(":2:10: field 'cluster.nodes': expected a whole number, got 'abc'", m);
    }

    @Test
    void shouldRejectAFractionWhereAWholeNumberIsExpected() throws IOException {
        String m = error("""
                cluster:
                  nodes: 1.5
                workload:
                  trace: t.swf
                """);
        assertEquals(":2:10: field 'cluster.nodes': expected a whole number, got '1.5'", m);
    }

    @Test
    void shouldRejectANumberTooLargeForItsField() throws IOException {
        String m = error("cluster:\n  nodes: 99999999999\nworkload:\n  trace: t.swf\n");
        assertTrue(m.matches(":2:\\d+: .*99999999999.*"), m);
    }

    @Test
    void shouldRejectAWordThatIsNotABoolean() throws IOException {
        String m = error("""
                scheduler:
                  killAtTimeLimit: maybe
                workload:
                  trace: t.swf
                """);
        assertEquals(":2:20: field 'scheduler.killAtTimeLimit': expected true or false, got 'maybe'", m);
    }

    @Test
    void shouldRejectAScalarWhereASectionIsExpected() throws IOException {
        String m = error("cluster: 5\nworkload:\n  trace: t.swf\n");
        assertEquals(":1:10: field 'cluster': expected a mapping of cluster fields", m);
    }

    @Test
    void shouldSayWhatIsAllowedForAnInvalidValue() throws IOException {
        String m = error("""
                cluster:
                  nodes: 0
                workload:
                  trace: t.swf
                """);
        assertEquals(": cluster.nodes: must be a positive number of nodes, got 0", m);
    }

    @Test
    void shouldRejectAnInvalidSyntheticParameterWithItsPath() throws IOException {
        String m = error("cluster: {nodes: 2}\nworkload:\n  synthetic: {model: poisson, serialFraction: 1.5}\n");
        assertEquals(": workload.synthetic.serialFraction: must be in [0, 1], got 1.5", m);
    }

    @Test
    void shouldNameTheAllowedPoliciesForAnUnknownPolicy() throws IOException {
        String m = error("""
                scheduler:
                  policy: sjf
                workload:
                  trace: t.swf
                """);
        assertEquals(": scheduler.policy: unknown policy 'sjf' (allowed: fcfs, easy, conservative, slurm, kubernetes)", m);
    }

    @Test
    void shouldNameTheAllowedAllocationsForAnUnknownAllocation() throws IOException {
        String m = error("cluster: {nodes: 2, allocation: gpu}\nworkload: {trace: t.swf}\n");
        assertEquals(": cluster.allocation: unknown allocation 'gpu' (allowed: node, core)", m);
    }

    @Test
    void shouldRejectAClusterWithoutNodes() throws IOException {
        String m = error("cluster: {coresPerNode: 2}\nworkload: {trace: t.swf}\n");
        assertEquals(": cluster.nodes: is required (a positive number of nodes)", m);
    }

    @Test
    void shouldRejectANameThatCannotBeAFolder() throws IOException {
        String m = error("name: a/b\nworkload: {trace: t.swf}\n");
        assertEquals(": name: must be letters, digits, '.', '_' or '-', got 'a/b'", m);
    }

    @Test
    void shouldRejectAWorkloadWithBothTraceAndSynthetic() throws IOException {
        String m = error("""
                cluster: {nodes: 2}
                workload:
                  trace: t.swf
                  synthetic: {model: poisson, jobs: 3}
                """);
        assertEquals(": workload.synthetic: give either 'trace' or 'synthetic', not both", m);
    }

    @Test
    void shouldRejectAWorkloadWithNeitherTraceNorSynthetic() throws IOException {
        String m = error("cluster: {nodes: 2}\nworkload: {}\n");
        assertEquals(": workload.trace: the workload needs either 'trace: FILE' or 'synthetic: {model: ...}'", m);
    }

    @Test
    void shouldRejectAScenarioWithoutAWorkload() throws IOException {
        String m = error("cluster: {nodes: 2}\n");
        assertEquals(": workload: is required", m);
    }

    @Test
    void shouldRejectASyntheticWorkloadWithoutACluster() throws IOException {
        String m = error("workload:\n  synthetic: {model: poisson, jobs: 3}\n");
        assertEquals(": cluster: is required for a synthetic workload (only a trace's header or a slurm.conf can stand in for it)", m);
    }

    @Test
    void shouldSayAnEmptyFileIsEmpty() throws IOException {
        assertEquals(": the file is empty; a scenario needs at least 'workload'", error(""));
        assertEquals(": the file is empty; a scenario needs at least 'workload'", error("\n   \n"));
        assertEquals(": the file is empty; a scenario needs at least 'workload'", error("# only a comment\n"));
        assertEquals(": the file is empty; a scenario needs at least 'workload'", error("~\n"));
    }

    @Test
    void shouldAskForAMappingWhenTheFileHoldsSomethingElse() throws IOException {
        assertEquals(":1:1: expected a mapping of scenario fields", error("hello\n"));
        assertEquals(":1:1: expected a mapping of scenario fields", error("- a\n- b\n"));
    }

    @Test
    void shouldReportAYamlSyntaxErrorWithItsLine() throws IOException {
        String m = error("""
                cluster:
                  nodes: 2
                 bad: 3
                workload:
                  trace: t.swf
                """);
        assertTrue(m.matches(":3:\\d+: not valid YAML: .+"), m);
    }

    @Test
    void shouldReportAnUnclosedQuoteAsInvalidYaml() throws IOException {
        String m = error("name: \"abc\nworkload:\n  trace: t.swf\n");
        assertTrue(m.matches(":\\d+:\\d+: not valid YAML: .+"), m);
    }

    @Test
    void shouldSayAMissingFileDoesNotExist() {
        Path missing = dir.resolve("nope.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void shouldSayAFolderCannotBeRead() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(dir));
        assertTrue(e.getMessage().startsWith(dir + ": cannot read: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    // ---------------------------------------------------------------- writer round trip

    private Scenario reload(Scenario s) throws IOException {
        String yaml = new ObjectMapper(new YAMLFactory()).writeValueAsString(ScenarioWriter.toMap(s));
        return loader.parse(yaml, "written");
    }

    @Test
    void shouldLoadWhatTheWriterWritesAsAnEqualScenario() throws IOException {
        Scenario s = new Scenario("round.trip", -77,
                new ClusterSpec(12, 3, AllocationUnit.CORE),
                new SchedulerSpec(PolicyName.FCFS, false),
                WorkloadSpec.ofSynthetic(new PoissonSpec(77, 0.123456789, 0.1, 0.9, 5, 33.3, 0.5, 1000.25, 1.75)),
                new OutputSpec("some/where", false));
        assertEquals(s, reload(s));
    }

    @Test
    void shouldLoadWhatTheWriterWritesForATraceScenarioWithoutACluster() throws IOException {
        Scenario s = new Scenario("replay", 3, null, new SchedulerSpec(PolicyName.EASY, true),
                WorkloadSpec.ofTrace("traces/x.swf.gz"), new OutputSpec("o", true));
        assertEquals(s, reload(s));
    }

    @Test
    void shouldWriteTheResolvedOutputFolderSoTheReloadedScenarioWritesToTheSamePlace() throws IOException {
        // The writer echoes where the outputs went (out/NAME when no folder is given), so the
        // reloaded scenario names that folder explicitly: equal apart from that, same outputDir().
        Scenario s = BuiltinScenarios.defaultScenario();
        Scenario back = reload(s);
        assertEquals(s.outputDir(), back.outputDir());
        assertEquals(s.withOutputs(new OutputSpec("out/default", true)), back);
    }

    @Test
    void shouldWriteTheFileKeysInAFixedOrder() {
        Scenario s = BuiltinScenarios.defaultScenario();
        assertEquals("[name, seed, cluster, scheduler, workload, outputs]",
                ScenarioWriter.toMap(s).keySet().toString());
    }
}
