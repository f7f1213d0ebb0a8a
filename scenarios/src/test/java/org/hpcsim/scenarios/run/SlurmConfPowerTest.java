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
import org.hpcsim.scenarios.slurmconf.PowerConfig;
import org.hpcsim.scenarios.slurmconf.SlurmConf;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * slurm.conf's power saving (State=CLOUD nodes, SuspendTime, SuspendTimeout) and
 * JobSubmitPlugins=all_partitions, read and run end to end; and the mixed Spot/On-Demand example.
 */
class SlurmConfPowerTest {
    @TempDir
    Path dir;

    private static final String NODES = """
            NodeName=st[1-2] CPUs=4 Weight=1
            NodeName=dy[1-2] CPUs=4 Weight=1000 State=CLOUD
            PartitionName=a Nodes=st[1-2] Default=YES MaxTime=INFINITE
            PartitionName=b Nodes=dy[1-2] MaxTime=INFINITE
            """;

    private SlurmConf conf(String globals) throws Exception {
        return SlurmConfReader.read(Files.writeString(dir.resolve("slurm.conf"), globals + "\n" + NODES));
    }

    private List<JobOutcome> run(String globals, String jobs) throws Exception {
        conf(globals);
        Files.writeString(dir.resolve("jobs.csv"), "job_id,submit_s,run_s,requested_s,processors,nodes\n" + jobs);
        Scenario s = new ScenarioLoader().load(Files.writeString(dir.resolve("s.yaml"), """
                name: conf-power
                cluster: {nodes: 4, coresPerNode: 4, allocation: node, bootTime: 300}
                scheduler: {policy: slurm, slurm: {conf: slurm.conf}}
                workload: {trace: jobs.csv}
                """));
        List<JobOutcome> out = new ArrayList<>();
        ScenarioRunner.run(s, dir, List.of(new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                out.add(o);
            }
        }));
        out.sort((x, y) -> Long.compare(x.job().id(), y.job().id()));
        return out;
    }

    @Test
    void shouldReadSuspendTimeSuspendTimeoutAndJobSubmitPlugins() throws Exception {
        assertEquals(PowerConfig.DEFAULTS, conf("").power());
        assertEquals(new PowerConfig(-1, 30), conf("SuspendTime=INFINITE").power());
        assertEquals(new PowerConfig(-1, 30), conf("SuspendTime=NONE").power());
        assertEquals(new PowerConfig(600, 120), conf("SuspendTime=600\nSuspendTimeout=120").power());
        assertEquals(List.of("all_partitions", "lua"), conf("JobSubmitPlugins=job_submit/all_partitions,lua")
                .jobSubmitPlugins());
    }

    @Test
    void cloudNodesBootForTheirJobsAndAllPartitionsLetsAJobUseThem() throws Exception {
        // Job 1 (2 nodes) fills partition a's static nodes. Job 2 (1 node, no partition named) may
        // use either partition under all_partitions: the static ones are busy, so it boots a cloud
        // node of b: submitted at 10 s, taken on the next tick (11 s), up 300 s later.
        List<JobOutcome> out = run("SuspendTime=600\nJobSubmitPlugins=all_partitions",
                "1,0,1000,2000,8,2\n2,10,100,200,4,1\n");
        assertEquals(1, out.get(0).startTime() / SimTime.SECOND);
        assertEquals(311, out.get(1).startTime() / SimTime.SECOND);
        assertEquals("b", out.get(1).partition());
        // Without the plugin job 2 stays in the default partition a, behind job 1, which ends at
        // 1001 s: the pass on the next tick (1002 s) starts it.
        List<JobOutcome> plain = run("SuspendTime=600", "1,0,1000,2000,8,2\n2,10,100,200,4,1\n");
        assertEquals("a", plain.get(1).partition());
        assertEquals(1002, plain.get(1).startTime() / SimTime.SECOND);
    }

    @Test
    void cloudNodesWithoutPowerSavingAreRefusedInOneLine() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> run("", "1,0,10,20,4,1\n"));
        assertTrue(e.getMessage().endsWith("slurm.conf: 2 State=CLOUD nodes but SuspendTime is INFINITE, so slurmctld"
                + " never powers them up (allowed: SuspendTime=<seconds>)"), e.getMessage());
    }

    @Test
    void theMixedExampleUsesBothQueuesAndCostsBetweenAllSpotAndAllOnDemand() throws Exception {
        Path example = Path.of("examples", "slurm-mixed-spot", "scenario.yaml");
        RunReport r = ScenarioRunner.run(new ScenarioLoader().load(example), example.getParent(), List.of());
        assertTrue(r.cost().spotNodeHours() > 0 && r.cost().onDemandNodeHours() > 0, "both kinds were up");
        // c5n.18xlarge: $3.888 On-Demand, $1.1664 Spot (70% off): the average lies between.
        double average = r.cost().perNodeHour();
        assertTrue(average > 1.1664 && average < 3.888, "average " + average);
        assertEquals(r.cost().spotNodeHours() * 3.888 * 0.3 + r.cost().onDemandNodeHours() * 3.888,
                r.cost().total(), 1e-6);
    }
}
