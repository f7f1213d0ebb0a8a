package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dynamic nodes under policy slurm, end to end from a scenario: ParallelCluster's static-then-
 * dynamic node list, boots while jobs are CONFIGURING, power-down after the idle time, and cost.
 */
class SlurmAutoscalingRunTest {
    @TempDir
    Path dir;

    private Scenario load(String cluster, String jobs) throws Exception {
        Files.writeString(dir.resolve("jobs.csv"), "job_id,submit_s,run_s,requested_s,processors,nodes\n" + jobs);
        String yaml = """
                name: slurm-autoscaling
                seed: 1
                cluster: {%s}
                scheduler: {policy: slurm}
                workload: {trace: jobs.csv}
                """.formatted(cluster);
        return new ScenarioLoader().load(Files.writeString(dir.resolve("s.yaml"), yaml));
    }

    private RunReport run(Scenario s, List<JobOutcome> outcomes) {
        return ScenarioRunner.run(s, dir, List.of(new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                outcomes.add(o);
            }
        }));
    }

    private static long seconds(long ns) {
        return ns / SimTime.SECOND;
    }

    @Test
    void aJobOnAnEmptyClusterStartsAfterTheBootAndIdleNodesStopBeingPaid() throws Exception {
        // 0 static + 4 dynamic c5n.18xlarge. Job 1 (2 nodes) is submitted at 10 s; slurmctld's main
        // loop takes it on its next tick (11 s), the nodes boot 300 s, so it runs 311 -> 1311.
        // Job 2 (1 node) at 1500 s, a periodic pass's tick (every 60 s), which takes it at once: an idle
        // node is still up (powering down at 1311 + 600), no boot.
        Scenario s = load("instanceType: c5n.18xlarge, nodes: 0, dynamicNodes: 4, bootTime: 300,"
                + " scaledownIdleTime: 600, allocation: node, pricing: {capacity: ondemand}",
                "1,10,1000,2000,72,2\n2,1500,100,200,36,1\n");
        List<JobOutcome> out = new ArrayList<>();
        RunReport r = run(s, out);
        assertEquals(311, seconds(out.get(0).startTime()));
        assertEquals(1311, seconds(out.get(0).endTime()));
        assertEquals(1500, seconds(out.get(1).startTime()), "no boot: an idle dynamic node was up");
        // Paid: 2 nodes from 11 s to the end of the window (job 2 ends at 1600 s), nothing before.
        double nodeHours = 2 * (1600 - 11) / 3600.0;
        assertEquals(nodeHours, r.cost().nodeHours(), 1e-9);
        assertEquals(2 * 300 / 3600.0, r.cost().bootingNodeHours(), 1e-9);
        assertEquals(nodeHours * 3.888, r.cost().total(), 1e-6); // c5n.18xlarge On-Demand, $/h
    }

    @Test
    void staticNodesComeFirstAndDynamicOnesOnlyWhenNeeded() throws Exception {
        // 1 static + 3 dynamic: job 1 (1 node) runs on the static node at once; job 2 (2 nodes)
        // boots two dynamic nodes.
        Scenario s = load("instanceType: c5n.18xlarge, nodes: 1, dynamicNodes: 3, bootTime: 240,"
                + " allocation: node, pricing: {capacity: ondemand}",
                "1,0,500,600,36,1\n2,0,100,200,72,2\n");
        List<JobOutcome> out = new ArrayList<>();
        run(s, out);
        JobOutcome first = out.stream().filter(o -> o.job().id() == 1).findFirst().orElseThrow();
        JobOutcome second = out.stream().filter(o -> o.job().id() == 2).findFirst().orElseThrow();
        assertEquals(1, seconds(first.startTime()));
        assertEquals(1 + 240, seconds(second.startTime()));
    }

    @Test
    void theSummaryEchoesTheDynamicNodesAndTheRunIsReproducible() throws Exception {
        Scenario s = load("instanceType: c5n.18xlarge, nodes: 1, dynamicNodes: 3, allocation: node,"
                + " pricing: {capacity: spot}, spot: {interruptionFrequency: '>20%'}, capacity: {insufficientProbability: 0.2}",
                "1,0,50000,60000,72,2\n2,100,40000,50000,36,1\n3,200,30000,40000,108,3\n4,90000,100,200,36,1\n");
        List<JobOutcome> a = new ArrayList<>();
        List<JobOutcome> b = new ArrayList<>();
        RunReport ra = run(s, a);
        RunReport rb = run(s, b);
        assertEquals(a.toString(), b.toString(), "same seed, same run");
        assertEquals(ra.cost().total(), rb.cost().total());
        assertEquals(4, a.size());
    }

    @Test
    void unmodelledCombinationsAreRefusedInOneLine() throws Exception {
        Scenario s = load("nodes: 1, coresPerNode: 4, dynamicNodes: 3, allocation: node, maxLaunches: 2", "1,0,5,10,4,1\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(s, new ArrayList<>()));
        assertTrue(e.getMessage().startsWith("cluster.maxLaunches: not modelled under policy slurm"), e.getMessage());
    }

    @Test
    void theExampleRunsHpc2nOnParallelClusterStyleNodesUnderSlurm() throws Exception {
        ScenarioLoader loader = new ScenarioLoader();
        Path slurm = Path.of("examples", "hpc2n-c5n-autoscaling-slurm.yaml");
        Path easy = Path.of("examples", "hpc2n-c5n-autoscaling.yaml");
        RunReport s = ScenarioRunner.run(loader.load(slurm), slurm.getParent(), List.of());
        RunReport e = ScenarioRunner.run(loader.load(easy), easy.getParent(), List.of());
        assertEquals(e.metrics().jobs(), s.metrics().jobs());
        assertTrue(s.cost().bootingNodeHours() > 0, "dynamic nodes booted");
        // The same cluster and trace: Slurm's own scheduling pays within 1% of EASY's bill, far
        // below the 16 always-up nodes' $91,274 (hpc2n-c5n-static16.yaml).
        assertEquals(e.cost().total(), s.cost().total(), 0.01 * e.cost().total());
        assertTrue(s.cost().total() < 50_000, "dynamic nodes power down: " + s.cost().total());
    }

    @Test
    void hardwareFailuresOfDynamicNodesRunUnderSlurmOnlyAndEveryJobStillCompletes() throws Exception {
        String cluster = "nodes: 1, coresPerNode: 4, dynamicNodes: 3, allocation: node, failures: {mtbf: 2, mttr: 1}";
        String jobs = "1,0,20000,30000,8,2\n2,100,30000,40000,4,1\n3,200,10000,20000,12,3\n4,300,500,900,4,1\n";
        List<JobOutcome> out = new ArrayList<>();
        RunReport r = run(load(cluster, jobs), out);
        assertEquals(4, out.size(), "requeued as often as hit, every job completes once");
        assertTrue(r.engine().interruptions().hardwareFailures() > 0, "failures struck at this rate");
        Scenario easy = new ScenarioLoader().load(Files.writeString(dir.resolve("e.yaml"),
                Files.readString(dir.resolve("s.yaml")).replace("policy: slurm", "policy: easy")));
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(easy, new ArrayList<>()));
        assertTrue(e.getMessage().startsWith("cluster.failures: with dynamicNodes are modelled under policy slurm only"),
                e.getMessage());
    }
}
