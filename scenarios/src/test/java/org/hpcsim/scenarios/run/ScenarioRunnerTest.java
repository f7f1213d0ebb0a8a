package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.scenarios.spec.PoissonSpec;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.BuiltinScenarios;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.OutputSpec;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SchedulerSpec;
import org.hpcsim.scenarios.spec.SyntheticSpec;
import org.hpcsim.scenarios.spec.WorkloadSpec;
import org.hpcsim.scenarios.swf.SwfFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building and running a scenario: synthetic and trace workloads, the trace's cluster, observers. */
class ScenarioRunnerTest {
    @TempDir
    Path dir;

    private static final SchedulerSpec EASY = new SchedulerSpec(PolicyName.EASY, true);

    private static Scenario synthetic(long seed) {
        return new Scenario("syn", seed, new ClusterSpec(16, 8, AllocationUnit.NODE), EASY,
                WorkloadSpec.ofSynthetic(PoissonSpec.defaults(400, 0.9)), OutputSpec.defaults());
    }

    private Scenario traceScenario(String trace, ClusterSpec cluster, boolean kill) {
        return new Scenario("t", 1, cluster, new SchedulerSpec(PolicyName.FCFS, kill), WorkloadSpec.ofTrace(trace),
                OutputSpec.defaults());
    }

    /** An SWF job line: id, submit, run time, processors, requested time. */
    private static String job(long id, long submit, long run, int procs, long requested) {
        return id + " " + submit + " -1 " + run + " " + procs + " -1 -1 " + procs + " " + requested
                + " -1 1 3 4 -1 -1 5 -1 -1\n";
    }

    private Path writeTrace(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRunTheSameSyntheticScenarioToTheSameReport() {
        RunReport a = ScenarioRunner.run(synthetic(5), dir, List.of());
        RunReport b = ScenarioRunner.run(synthetic(5), dir, List.of());
        assertEquals(a, b);
        assertEquals(400, a.metrics().jobs());
        assertEquals(new WorkloadReport("synthetic", "poisson", 400, 0, Map.of(), Map.of()), a.workload());
    }

    @Test
    void shouldRunAnotherSeedToAnotherReport() {
        assertNotEquals(ScenarioRunner.run(synthetic(5), dir, List.of()).metrics(),
                ScenarioRunner.run(synthetic(6), dir, List.of()).metrics());
    }

    @Test
    void shouldRunTheBuiltinDefaultScenario() {
        RunReport r = ScenarioRunner.run(BuiltinScenarios.defaultScenario(), dir, List.of());
        assertEquals(5000, r.metrics().jobs());
        assertEquals("lublin", r.workload().format());
        // Arrivals are scaled to a 70% offered load; a finite sample lands near it, never above 1.
        assertTrue(r.metrics().utilization() > 0.55 && r.metrics().utilization() <= 1.0,
                "utilization " + r.metrics().utilization());
    }

    @Test
    void shouldShowEveryJobToTheObserversAfterTheMetrics() {
        List<JobOutcome> seen = new ArrayList<>();
        RunObserver observer = new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                seen.add(o);
            }
        };
        RunReport r = ScenarioRunner.run(synthetic(2), dir, List.of(observer));
        assertEquals(r.metrics().jobs(), seen.size());
        assertEquals(400, seen.stream().mapToLong(o -> o.job().id()).distinct().count());
    }

    @Test
    void shouldResolveARelativeTraceAgainstTheBaseFolder() throws IOException {
        writeTrace("traces/small.swf", "; MaxNodes: 2\n; MaxProcs: 8\n" + job(1, 0, 100, 4, 200) + job(2, 5, 50, 8, 60));
        RunReport r = ScenarioRunner.run(traceScenario("traces/small.swf", null, true), dir, List.of());
        assertEquals(2, r.metrics().jobs());
        assertEquals("traces/small.swf", r.workload().source());
    }

    @Test
    void shouldNameTheTraceAsGivenAndWhereItLookedWhenItIsMissing() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioRunner.run(traceScenario("traces/none.swf", null, true), dir, List.of()));
        assertEquals("traces/none.swf: no such trace file (looked at " + dir.resolve("traces/none.swf") + ")",
                e.getMessage());
    }

    @Test
    void shouldSplitMaxProcsOverMaxNodesWhenTheyDivide() throws IOException {
        writeTrace("a.swf", "; MaxNodes: 4\n; MaxProcs: 16\n" + job(1, 0, 10, 16, 20));
        RunReport r = ScenarioRunner.run(traceScenario("a.swf", null, true), dir, List.of());
        assertEquals(new ClusterSpec(4, 4, AllocationUnit.CORE), r.scenario().cluster());
        assertEquals(1, r.metrics().jobs());
    }

    @Test
    void shouldUseOneCoreNodesWhenMaxProcsDoesNotDivideOverMaxNodes() throws IOException {
        writeTrace("b.swf", "; MaxNodes: 3\n; MaxProcs: 10\n" + job(1, 0, 10, 1, 20));
        RunReport r = ScenarioRunner.run(traceScenario("b.swf", null, true), dir, List.of());
        assertEquals(new ClusterSpec(10, 1, AllocationUnit.CORE), r.scenario().cluster());
    }

    @Test
    void shouldUseMaxNodesAloneAsOneCoreNodes() throws IOException {
        writeTrace("c.swf", "; MaxNodes: 5\n" + job(1, 0, 10, 1, 20));
        RunReport r = ScenarioRunner.run(traceScenario("c.swf", null, true), dir, List.of());
        assertEquals(new ClusterSpec(5, 1, AllocationUnit.CORE), r.scenario().cluster());
    }

    @Test
    void shouldAskForAClusterWhenTheHeaderDescribesNoMachine() throws IOException {
        writeTrace("d.swf", "; Computer: somewhere\n" + job(1, 0, 10, 1, 20));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioRunner.run(traceScenario("d.swf", null, true), dir, List.of()));
        assertTrue(e.getMessage().startsWith("d.swf: the header gives neither MaxProcs nor MaxNodes;"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void shouldPreferTheScenarioClusterToTheHeader() throws IOException {
        writeTrace("e.swf", "; MaxNodes: 1\n; MaxProcs: 1\n" + job(1, 0, 10, 6, 20));
        ClusterSpec cluster = new ClusterSpec(3, 2, AllocationUnit.NODE);
        RunReport r = ScenarioRunner.run(traceScenario("e.swf", cluster, true), dir, List.of());
        assertEquals(cluster, r.scenario().cluster());
        assertEquals(1, r.metrics().jobs(), "the 6-processor job fits 3 x 2, not the header's 1");
    }

    @Test
    void shouldCountDroppedJobsByReason() throws IOException {
        writeTrace("f.swf", "; MaxNodes: 2\n; MaxProcs: 4\n" + job(1, 0, 10, 2, 20) + job(2, 1, 10, 99, 20)
                + job(3, 2, -1, 1, 20) + job(4, 3, 10, 1, -1));
        RunReport r = ScenarioRunner.run(traceScenario("f.swf", null, true), dir, List.of());
        WorkloadReport w = r.workload();
        assertEquals(4, w.jobsRead());
        assertEquals(2, w.jobsDropped());
        assertEquals(1, w.droppedByReason().get("larger than the machine"));
        assertEquals(1, w.droppedByReason().get("unknown run time"));
        assertEquals(w.jobsDropped(), w.droppedByReason().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(1, w.adjustments().get("requested time missing, used run time"));
        assertEquals(2, r.metrics().jobs());
    }

    @Test
    void shouldKillAtTheTimeLimitOnlyWhenAsked() throws IOException {
        writeTrace("g.swf", "; MaxNodes: 1\n; MaxProcs: 1\n" + job(1, 0, 100, 1, 60));
        RunReport killed = ScenarioRunner.run(traceScenario("g.swf", null, true), dir, List.of());
        assertEquals(1, killed.metrics().killedAtLimit());
        assertEquals(60.0, killed.metrics().makespan());
        RunReport free = ScenarioRunner.run(traceScenario("g.swf", null, false), dir, List.of());
        assertEquals(0, free.metrics().killedAtLimit());
        assertEquals(100.0, free.metrics().makespan());
    }

    @Test
    void shouldLetAMalformedTraceLineThroughWithItsFileAndLine() throws IOException {
        writeTrace("h.swf", "; MaxNodes: 1\n; MaxProcs: 1\n" + job(1, 0, 100, 1, 60) + "2 5 x\n");
        SwfFormatException e = assertThrows(SwfFormatException.class,
                () -> ScenarioRunner.run(traceScenario("h.swf", null, true), dir, List.of()));
        assertEquals(4, e.lineNumber());
        assertTrue(e.getMessage().contains("h.swf:4: "), e.getMessage());
    }
}
