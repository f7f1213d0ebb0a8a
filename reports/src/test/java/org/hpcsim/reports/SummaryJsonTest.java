package org.hpcsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.hpcsim.scenarios.spec.PoissonSpec;
import org.hpcsim.models.cloud.BootStats;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.kube.BatchQueueStats;
import org.hpcsim.models.kube.KubeStats;
import org.hpcsim.models.kube.kueue.KueueStats;
import org.hpcsim.models.kube.volcano.VolcanoQueueStats;
import org.hpcsim.models.run.LaunchStats;
import org.hpcsim.models.run.PreemptionStats;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.run.RunReport;
import org.hpcsim.scenarios.run.ScenarioRunner;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.OutputSpec;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SchedulerSpec;
import org.hpcsim.scenarios.spec.SyntheticSpec;
import org.hpcsim.scenarios.spec.WorkloadSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary.json: valid JSON of a fixed layout, equal for equal runs. */
class SummaryJsonTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    static Scenario scenario(long seed) {
        return new Scenario("small", seed, new ClusterSpec(8, 4, AllocationUnit.NODE),
                new SchedulerSpec(PolicyName.EASY, true), WorkloadSpec.ofSynthetic(PoissonSpec.defaults(200, 0.9)),
                OutputSpec.defaults());
    }

    static RunReport run(Scenario s) {
        return ScenarioRunner.run(s, Path.of("."), List.of());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    @Test
    void shouldRenderValidJsonWithTheDocumentedTopLevelKeysInOrder() throws IOException {
        String text = new SummaryJson().render(run(scenario(3)));
        JsonNode root = JSON.readTree(text);
        assertEquals(List.of("schemaVersion", "scenario", "workload", "metrics", "engine"), keys(root));
        assertEquals(SummaryJson.SCHEMA_VERSION, root.get("schemaVersion").asInt());
        assertEquals(1, SummaryJson.SCHEMA_VERSION);
        assertTrue(text.endsWith("}\n"), "ends with one newline");
    }

    @Test
    void shouldHoldEveryMetricUnderItsRecordName() throws IOException {
        RunReport report = run(scenario(3));
        JsonNode metrics = JSON.readTree(new SummaryJson().render(report)).get("metrics");
        List<String> names = new ArrayList<>();
        for (RecordComponent c : RunMetrics.class.getRecordComponents()) {
            names.add(c.getName());
        }
        assertEquals(names, keys(metrics));
        RunMetrics m = report.metrics();
        assertEquals(200, metrics.get("jobs").asLong());
        assertEquals(m.jobs(), metrics.get("jobs").asLong());
        assertEquals(m.killedAtLimit(), metrics.get("killedAtLimit").asLong());
        assertEquals(m.makespan(), metrics.get("makespan").asDouble());
        assertEquals(m.utilization(), metrics.get("utilization").asDouble());
        assertEquals(m.meanWait(), metrics.get("meanWait").asDouble());
        assertEquals(m.p95Wait(), metrics.get("p95Wait").asDouble());
        assertEquals(m.meanBoundedSlowdown(), metrics.get("meanBoundedSlowdown").asDouble());
        assertEquals(m.meanQueueLength(), metrics.get("meanQueueLength").asDouble());
        assertEquals(m.maxQueueLength(), metrics.get("maxQueueLength").asInt());
        assertEquals(m.coreHours(), metrics.get("coreHours").asDouble());
    }

    @Test
    void shouldDescribeTheWorkloadAndTheEngine() throws IOException {
        RunReport report = run(scenario(3));
        JsonNode root = JSON.readTree(new SummaryJson().render(report));
        JsonNode workload = root.get("workload");
        assertEquals(List.of("source", "format", "jobsRead", "jobsDropped", "droppedByReason", "adjustments"),
                keys(workload));
        assertEquals("synthetic", workload.get("source").asText());
        assertEquals(200, workload.get("jobsRead").asLong());
        assertEquals(0, workload.get("jobsDropped").asLong());
        assertTrue(workload.get("droppedByReason").isObject());
        assertEquals(0, workload.get("droppedByReason").size());
        JsonNode engine = root.get("engine");
        assertTrue(keys(engine).containsAll(List.of("events", "endTime")), keys(engine).toString());
        assertEquals(report.engine().events(), engine.get("events").asLong());
        assertEquals(report.engine().endTime() / 1e9, engine.get("endTime").asDouble(), 1e-9);
    }

    @Test
    void shouldReportPreemptionUnderTheEngineOnlyWhenAJobWasPreempted() throws IOException {
        RunReport plain = run(scenario(3));
        assertTrue(JSON.readTree(new SummaryJson().render(plain)).get("engine").get("preemption") == null);
        RunStats e = plain.engine();
        RunReport preempted = new RunReport(plain.scenario(), plain.workload(), plain.metrics(),
                new RunStats(e.events(), e.schedulingPasses(), e.endTime(), new PreemptionStats(2, 1, 300.5)),
                plain.cost(), plain.notes());
        JsonNode p = JSON.readTree(new SummaryJson().render(preempted)).get("engine").get("preemption");
        assertEquals(List.of("requeued", "cancelled", "lostCpuSeconds"), keys(p));
        assertEquals(2, p.get("requeued").asLong());
        assertEquals(1, p.get("cancelled").asLong());
        assertEquals(300.5, p.get("lostCpuSeconds").asDouble());
    }

    @Test
    void shouldReportKubernetesCountersWithAdmissionFailuresOnlyForKubernetesRuns() throws IOException {
        RunReport plain = run(scenario(3));
        assertTrue(JSON.readTree(new SummaryJson().render(plain)).get("engine").get("kubernetes") == null);
        RunReport kube = new RunReport(plain.scenario(), plain.workload(), plain.metrics(), plain.engine(),
                plain.cost(), plain.notes(), new KubeStats(40, 30, 5, 10, 1, 0, 0, -1, 0, 0, 0, 0, 0, 7, 1));
        JsonNode k = JSON.readTree(new SummaryJson().render(kube)).get("engine").get("kubernetes");
        assertEquals(List.of("schedulingCycles", "binds", "failedAttempts", "jobsStarted", "jobsRejected",
                "jobsNeverStarted", "podsPending", "preemptions", "victimPods", "admissionFailures",
                "jobsFailedAdmission"), keys(k));
        assertEquals(7, k.get("admissionFailures").asLong());
        assertEquals(1, k.get("jobsFailedAdmission").asLong());
        assertEquals(30, k.get("binds").asLong());
    }

    @Test
    void shouldReportKueueAndVolcanoQueueCountersWhenARunHasThem() throws IOException {
        RunReport plain = run(scenario(3));
        KubeStats counters = new KubeStats(40, 30, 5, 10, 1, 0, 0, -1, 2, 10, 0, 0, 0, 0, 0).withQueues(
                new BatchQueueStats(new KueueStats(12, 4, 1, 2),
                        List.of(new VolcanoQueueStats("research", 3, 9, 8, 0.75))));
        JsonNode k = JSON.readTree(new SummaryJson().render(new RunReport(plain.scenario(), plain.workload(),
                plain.metrics(), plain.engine(), plain.cost(), plain.notes(), counters))).get("engine")
                .get("kubernetes");
        assertEquals(List.of("admitted", "borrowed", "preempted", "reclaimed"), keys(k.get("kueue")));
        assertEquals(12, k.get("kueue").get("admitted").asLong());
        assertEquals(2, k.get("kueue").get("reclaimed").asLong());
        JsonNode q = k.get("volcanoQueues").get(0);
        assertEquals(List.of("queue", "weight", "enqueued", "started", "meanShare"), keys(q));
        assertEquals("research", q.get("queue").asText());
        assertEquals(0.75, q.get("meanShare").asDouble());
    }

    @Test
    void shouldReportLaunchesUnderTheEngineOnlyForARunWithALaunchModel() throws IOException {
        RunReport plain = run(scenario(3));
        assertTrue(JSON.readTree(new SummaryJson().render(plain)).get("engine").get("launches") == null);
        RunStats e = plain.engine();
        RunReport launched = new RunReport(plain.scenario(), plain.workload(), plain.metrics(),
                new RunStats(e.events(), e.schedulingPasses(), e.endTime(), PreemptionStats.NONE, null,
                        new LaunchStats(3, 5, 7, 810.5)), plain.cost(), plain.notes());
        JsonNode l = JSON.readTree(new SummaryJson().render(launched)).get("engine").get("launches");
        assertEquals(List.of("insufficientCapacityErrors", "jobsSentBack", "delayedBoots", "bootWaitSeconds"), keys(l));
        assertEquals(3, l.get("insufficientCapacityErrors").asLong());
        assertEquals(5, l.get("jobsSentBack").asLong());
        assertEquals(7, l.get("delayedBoots").asLong());
        assertEquals(810.5, l.get("bootWaitSeconds").asDouble());
    }

    @Test
    void shouldReportTheBootTimesDrawnWithTheLaunches() throws IOException {
        RunReport plain = run(scenario(3));
        RunStats e = plain.engine();
        RunReport drawn = new RunReport(plain.scenario(), plain.workload(), plain.metrics(),
                new RunStats(e.events(), e.schedulingPasses(), e.endTime(), PreemptionStats.NONE, null,
                        new LaunchStats(0, 0, 0, 0, new BootStats(12, 401.5, 598.25))), plain.cost(), plain.notes());
        JsonNode b = JSON.readTree(new SummaryJson().render(drawn)).get("engine").get("launches").get("bootTimes");
        assertEquals(List.of("count", "meanSeconds", "maxSeconds"), keys(b));
        assertEquals(12, b.get("count").asLong());
        assertEquals(401.5, b.get("meanSeconds").asDouble());
        assertEquals(598.25, b.get("maxSeconds").asDouble());
    }

    @Test
    void shouldEchoTheScenarioSoThatItLoadsAgain() throws IOException {
        Scenario s = scenario(3);
        JsonNode scenario = JSON.readTree(new SummaryJson().render(run(s))).get("scenario");
        Scenario back = new ScenarioLoader().parse(JSON.writeValueAsString(scenario), "summary.json");
        assertEquals(s.withOutputs(new OutputSpec("out/small", true)), back);
    }

    @Test
    void shouldRenderTheSameReportIdentically() {
        RunReport report = run(scenario(3));
        SummaryJson json = new SummaryJson();
        assertEquals(json.render(report), json.render(report));
        assertEquals(json.render(report), new SummaryJson().render(report));
    }

    @Test
    void shouldRenderTwoRunsOfTheSameScenarioIdentically() {
        assertEquals(new SummaryJson().render(run(scenario(3))), new SummaryJson().render(run(scenario(3))));
    }

    @Test
    void shouldWriteWhatItRendersAsSummaryJson() throws IOException {
        RunReport report = run(scenario(4));
        new SummaryJson().write(report, dir);
        assertEquals(new SummaryJson().render(report), Files.readString(dir.resolve("summary.json")));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void shouldListDropsByReasonInAFixedOrderAndEchoTheClusterFromTheTraceHeader() throws IOException {
        Files.writeString(dir.resolve("t.swf"), "; MaxNodes: 2\n; MaxProcs: 4\n"
                + "1 0 -1 10 2 -1 -1 2 20 -1 1 1 1 -1 -1 1 -1 -1\n"
                + "2 1 -1 10 9 -1 -1 9 20 -1 1 1 1 -1 -1 1 -1 -1\n");
        Scenario s = new Scenario("t", 1, null, new SchedulerSpec(PolicyName.FCFS, true), WorkloadSpec.ofTrace("t.swf"),
                OutputSpec.defaults());
        JsonNode root = JSON.readTree(new SummaryJson().render(ScenarioRunner.run(s, dir, List.of())));
        JsonNode drops = root.get("workload").get("droppedByReason");
        assertEquals(List.of("no processor count", "unknown run time", "unknown submit time", "larger than the machine",
                "submit time before the previous job's"), keys(drops));
        assertEquals(1, drops.get("larger than the machine").asLong());
        assertEquals(1, root.get("workload").get("jobsDropped").asLong());
        JsonNode cluster = root.get("scenario").get("cluster");
        assertEquals(2, cluster.get("nodes").asInt());
        assertEquals(2, cluster.get("coresPerNode").asInt());
        assertEquals("core", cluster.get("allocation").asText());
    }

    @Test
    void shouldReportNodeFailuresWithTheCostOfTheLostWorkAndEchoTheirSettings() throws IOException {
        Scenario s = new ScenarioLoader().parse("""
                name: failing
                seed: 9
                cluster:
                  nodes: 8
                  coresPerNode: 4
                  allocation: node
                  pricing: {capacity: spot, perNodeHour: 2.0, spotDiscount: 0.5}
                  spot: {share: 0.5, interruptionFrequency: '>20%', checkpoint: {interval: 1800, overhead: 20}}
                  failures: {mtbf: 300, mttr: 4}
                scheduler: {policy: easy}
                workload:
                  synthetic: {model: poisson, jobs: 300, load: 0.9, runtime: {distribution: exponential, mean: 30000}}
                """, "failing.yaml");
        RunReport r = run(s);
        JsonNode root = JSON.readTree(new SummaryJson().render(r));
        JsonNode f = root.get("engine").get("nodeFailures");
        assertEquals(List.of("spotInterruptions", "hardwareFailures", "idleHits", "requeued", "failed", "lostCpuSeconds",
                "lostNodeHours", "lostCost"), keys(f));
        assertTrue(f.get("requeued").asLong() > 0, f.toString());
        double lostNodeHours = f.get("lostCpuSeconds").asDouble() / 4 / 3600;
        assertEquals(lostNodeHours, f.get("lostNodeHours").asDouble(), 1e-9);
        // Half the nodes Spot at $1.00, half On-Demand at $2.00: $1.50 a node-hour.
        assertEquals(lostNodeHours * 1.5, f.get("lostCost").asDouble(), 1e-9);
        Scenario back = new ScenarioLoader().parse(JSON.writeValueAsString(root.get("scenario")), "summary.json");
        assertEquals(s.cluster(), back.cluster(), "the spot and failures blocks load again as they were");
    }
}
