package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.run.InterruptionStats;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster.spot and cluster.failures blocks under policy slurm, from scenario text to a run. */
class SlurmFailuresRunTest {
    @TempDir
    Path dir;

    private static final String WORKLOAD = """
            scheduler: {policy: slurm}
            workload:
              synthetic: {model: poisson, jobs: 400, load: 0.85, runtime: {distribution: exponential, mean: 20000}}
            """;

    private static final String CLUSTER = """
            nodes: 16
            coresPerNode: 4
            allocation: node
            pricing: {capacity: spot, perNodeHour: 2.0, spotDiscount: 0.75}
            """;

    private static Scenario scenario(String cluster) {
        return new ScenarioLoader().parse("name: s\nseed: 4\ncluster:\n" + cluster.indent(2) + WORKLOAD, "s.yaml");
    }

    private RunReport run(Scenario s) {
        return ScenarioRunner.run(s, dir, c -> List.of());
    }

    @Test
    void shouldInterruptSpotNodesAndFailNodesAndRequeueTheirJobsUnderPolicySlurm() {
        RunReport r = run(scenario(CLUSTER + """
                spot: {share: 0.5, interruptionFrequency: '>20%'}
                failures: {mtbf: 500, mttr: 8}
                """));
        InterruptionStats s = r.engine().interruptions();
        assertTrue(s.spotInterruptions() > 0, s.toString());
        assertTrue(s.hardwareFailures() > 0, s.toString());
        assertTrue(s.requeued() > 0, s.toString());
        assertTrue(s.lostCpuSeconds() > 0, s.toString());
        assertEquals(400, r.metrics().jobs(), "every job ends once");
        assertEquals(1.25, r.cost().perNodeHour(), 1e-12, "half the nodes at $0.50, half at $2.00");
        assertEquals(r, run(scenario(CLUSTER + """
                spot: {share: 0.5, interruptionFrequency: '>20%'}
                failures: {mtbf: 500, mttr: 8}
                """)), "a seed gives one run");
    }

    @Test
    void shouldRunAsWithoutTheBlocksWhenTheRatesAreZero() {
        RunReport plain = run(scenario(CLUSTER));
        RunReport zero = run(scenario(CLUSTER + "spot: {share: 1, interruptionRate: 0}\n"));
        assertEquals(plain.metrics(), zero.metrics());
        assertEquals(plain.cost().total(), zero.cost().total(), 1e-9);
        assertEquals(plain.engine().events(), zero.engine().events());
        assertEquals(plain.engine().schedulingPasses(), zero.engine().schedulingPasses());
        assertNull(plain.engine().interruptions());
        assertEquals(0, zero.engine().interruptions().spotInterruptions());
    }

    /** An SWF job line: id, submit, run time, processors, requested time. */
    private static String swf(long id, long submit, long run, int procs, long requested) {
        return id + " " + submit + " -1 " + run + " " + procs + " -1 -1 " + procs + " " + requested
                + " -1 1 3 4 -1 -1 5 -1 -1\n";
    }

    private void write(String name, String content) throws IOException {
        Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldTakeTheLastNodesOfASlurmConfAsTheSpotNodes() throws IOException {
        // od1-od2 (Weight 1) then sp1-sp2 (Weight 10): Slurm fills the light nodes first, and no more
        // than two one-node jobs ever run at once, so the Spot half (the last two nodes) never runs a
        // job and every interruption hits an idle node.
        write("slurm.conf", """
                SchedulerType=sched/backfill
                SelectType=select/linear
                NodeName=od[1-2] CPUs=4 Weight=1
                NodeName=sp[1-2] CPUs=4 Weight=10
                PartitionName=all Nodes=od[1-2],sp[1-2] Default=YES MaxTime=UNLIMITED
                """);
        StringBuilder trace = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            trace.append(swf(i + 1, 20_000L * i, 30_000, 4, 40_000));
        }
        write("t.swf", trace.toString());
        Scenario s = new ScenarioLoader().parse("""
                name: conf
                seed: 3
                cluster:
                  nodes: 4
                  coresPerNode: 4
                  allocation: node
                  pricing: {capacity: spot, perNodeHour: 1}
                  spot: {share: 0.5, interruptionRate: 0.99}
                scheduler:
                  policy: slurm
                  slurm: {conf: slurm.conf}
                workload: {trace: t.swf}
                """, "conf.yaml");
        RunReport r = run(s);
        InterruptionStats st = r.engine().interruptions();
        assertTrue(st.spotInterruptions() > 0, st.toString());
        assertEquals(st.spotInterruptions(), st.idleHits(), st.toString());
        assertEquals(0, st.requeued());
        assertEquals(100, r.metrics().jobs());
    }
}
