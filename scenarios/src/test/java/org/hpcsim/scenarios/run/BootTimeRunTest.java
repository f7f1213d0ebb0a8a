package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.BootDistribution;
import org.hpcsim.models.random.StreamRandomGenerator;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drawn boot times end to end under each autoscaler (EASY with dynamic nodes, Slurm power saving,
 * the Cluster Autoscaler), and slurm.conf's ResumeRate read and run.
 */
class BootTimeRunTest {
    private static final String UNIFORM = "{distribution: uniform, min: 240, max: 600}";

    @TempDir
    Path dir;

    /** The first {@code n} boot times (s) seed 1 draws from U(240, 600). */
    private static double[] draws(int n) {
        UniformRealDistribution d = new UniformRealDistribution(
                new StreamRandomGenerator(new RandomStreams(1).stream(BootDistribution.STREAM)), 240, 600);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = SimTime.toSeconds(SimTime.ofSeconds(d.sample()));
        }
        return t;
    }

    private RunReport run(String cluster, String scheduler, String jobs, List<JobOutcome> out) throws Exception {
        Files.writeString(dir.resolve("jobs.csv"), "job_id,submit_s,run_s,requested_s,processors,nodes\n" + jobs);
        Scenario s = new ScenarioLoader().load(Files.writeString(dir.resolve("s.yaml"), """
                name: boot
                seed: 1
                cluster: %s
                scheduler: %s
                workload: {trace: jobs.csv}
                """.formatted(cluster, scheduler)));
        RunReport r = ScenarioRunner.run(s, dir, List.of(new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                out.add(o);
            }
        }));
        out.sort((x, y) -> Long.compare(x.job().id(), y.job().id()));
        return r;
    }

    @Test
    void underEasyAJobOnThreeBootingNodesStartsAtTheSlowestDrawAndTheSummaryCountsThem() throws Exception {
        List<JobOutcome> out = new ArrayList<>();
        RunReport r = run("{nodes: 0, dynamicNodes: 3, coresPerNode: 4, allocation: node, bootTime: " + UNIFORM + "}",
                "{policy: easy}", "1,100,500,600,12,3\n", out);
        double[] d = draws(3);
        assertEquals(100 + Math.max(d[0], Math.max(d[1], d[2])), SimTime.toSeconds(out.get(0).startTime()), 1e-9);
        assertEquals(3, r.engine().launches().boots().count());
    }

    @Test
    void underSlurmTheDynamicNodesDrawTheirBootTimesToo() throws Exception {
        List<JobOutcome> out = new ArrayList<>();
        RunReport r = run("{nodes: 0, dynamicNodes: 2, coresPerNode: 4, allocation: node, bootTime: " + UNIFORM + "}",
                "{policy: slurm}", "1,100,500,600,8,2\n", out);
        double[] d = draws(2);
        // Submitted at 100 s, given its nodes on the next scheduling tick, 101 s: CONFIGURING until the slower is up.
        assertEquals(101 + Math.max(d[0], d[1]), SimTime.toSeconds(out.get(0).startTime()), 1e-9);
        assertEquals(2, r.engine().launches().boots().count());
    }

    @Test
    void theClusterAutoscalersNewNodesBootForTheirOwnDraws() throws Exception {
        // Two one-node jobs at 0: CA scans at 10 s and adds two nodes; each is paid booting for its own draw.
        RunReport r = KubeScenarios.run(dir, "1,0,3600,3600,36,1,0\n2,0,3600,3600,36,1,0\n",
                "{nodes: 0, dynamicNodes: 2, coresPerNode: 36, instanceType: c5n.18xlarge, pricing: {capacity: ondemand},"
                        + " bootTime: " + UNIFORM + "}",
                "{nodePools: [{name: g, autoscaling: {minSize: 0, maxSize: 2}, capacityType: on-demand}]}");
        double[] d = draws(2);
        assertEquals((d[0] + d[1]) / 3600, r.cost().bootingNodeHours(), 1e-9);
        assertEquals(2, r.engine().launches().boots().count());
    }

    @Test
    void aSlurmConfResumeRateOfOneAMinutePacesTheSecondNodeToTheNextToken() throws Exception {
        // ResumeRate=1: a token every 60 s, a bucket of 1, full. Job 1 fills the static nodes; job 2
        // (2 nodes) is given both cloud nodes on the tick after its submission, 11 s: one resumes
        // then, the other at the first 10-s scan after the clock's 60 s mark, 61 s; up 300 s later.
        Files.writeString(dir.resolve("slurm.conf"), """
                SuspendTime=600
                ResumeRate=1
                JobSubmitPlugins=all_partitions
                NodeName=st[1-2] CPUs=4 Weight=1
                NodeName=dy[1-2] CPUs=4 Weight=1000 State=CLOUD
                PartitionName=a Nodes=st[1-2] Default=YES MaxTime=INFINITE
                PartitionName=b Nodes=dy[1-2] MaxTime=INFINITE
                """);
        List<JobOutcome> out = new ArrayList<>();
        RunReport r = run("{nodes: 4, coresPerNode: 4, allocation: node, bootTime: 300}",
                "{policy: slurm, slurm: {conf: slurm.conf}}", "1,0,1000,2000,8,2\n2,10,100,200,8,2\n", out);
        assertEquals(61 + 300, out.get(1).startTime() / SimTime.SECOND);
        assertEquals(1, r.engine().launches().delayedBoots());
        assertEquals(50, r.engine().launches().bootWaitSeconds(), 1e-9);
    }

    @Test
    void slurmConfReadsResumeRateWithSlurmsDefaultAndBounds() throws Exception {
        Path conf = dir.resolve("slurm.conf");
        assertEquals(300, SlurmConfReader.read(Files.writeString(conf, "NodeName=n1 CPUs=1\n")).power().resumeRate());
        assertEquals(0, SlurmConfReader.read(Files.writeString(conf, "ResumeRate=0\nNodeName=n1 CPUs=1\n")).power()
                .resumeRate());
        Exception e = assertThrows(Exception.class,
                () -> SlurmConfReader.read(Files.writeString(conf, "ResumeRate=70000\nNodeName=n1 CPUs=1\n")));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("ResumeRate"), e.getMessage());
    }

    @Test
    void maxLaunchesUnderSlurmIsRefusedPointingToResumeRate() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(
                "{nodes: 0, dynamicNodes: 2, coresPerNode: 4, allocation: node, maxLaunches: 1}", "{policy: slurm}",
                "1,0,10,20,4,1\n", new ArrayList<>()));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("cluster.maxLaunches:") && e.getMessage().contains("ResumeRate"),
                e.getMessage());
    }
}
