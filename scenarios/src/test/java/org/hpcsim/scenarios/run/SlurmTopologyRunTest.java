package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.models.slurm.SwitchTree;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slurm.conf with TopologyPlugin=topology/tree and its topology.conf, mapped and run. */
class SlurmTopologyRunTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SlurmTopologyRunTest.class.getResource("/slurmconf-topo/" + name).toURI());
    }

    private SlurmConfig map(List<String> notes, String topology, String... slurmConf) throws IOException {
        Files.writeString(dir.resolve("slurm.conf"), String.join("\n", slurmConf) + "\n");
        if (topology != null) {
            Files.writeString(dir.resolve("topology.conf"), topology + "\n");
        }
        return SlurmConfMapping.of(SlurmConfReader.read(dir.resolve("slurm.conf")), notes);
    }

    @Test
    void shouldMapTopologyConfIntoTheSwitchTreeAndMaxSwitchWaitIntoTheParameters() throws Exception {
        List<String> notes = new ArrayList<>();
        SlurmConfig c = SlurmConfMapping.of(SlurmConfReader.read(resource("slurm.conf")), notes);
        SwitchTree t = c.topology();
        assertEquals(7, t.switchCount());
        assertEquals("core", t.name(6));
        assertEquals(2, t.level(6));
        assertEquals(1, t.leafOf(4), "n05 hangs from leaf2");
        assertEquals(8, t.nodesBelow(4).cardinality(), "spine1 reaches n01-n08");
        assertEquals(SimTime.seconds(600), c.params().maxSwitchWait());
        assertTrue(notes.isEmpty(), notes.toString());
    }

    @Test
    void shouldKeepJobsUnderOneLeafUntilTheirSwitchWaitEnds() throws Exception {
        Path file = resource("scenario.yaml");
        Scenario s = new ScenarioLoader().load(file);
        List<JobOutcome> outcomes = new ArrayList<>();
        RunObserver record = new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                outcomes.add(o);
            }
        };
        RunReport r = ScenarioRunner.run(s, file.getParent(), List.of(record));
        assertEquals(300, r.metrics().jobs());
        long spanning = 0;
        for (JobOutcome o : outcomes) {
            assertTrue(o.leafSwitches() >= 1 && o.leafSwitches() <= 4);
            if (o.startTime() < o.job().submitTime() + 2 * SimTime.MINUTE) {
                assertEquals(1, o.leafSwitches(), "job " + o.job().id() + " started within its 2 minutes");
            }
            spanning += o.leafSwitches() > 1 ? 1 : 0;
        }
        assertTrue(spanning > 0, "jobs of five or six nodes span leaves once their wait is over");
    }

    @Test
    void shouldNoteATreePluginWithoutTopologyConfAndNodesUnderNoSwitch() throws IOException {
        List<String> notes = new ArrayList<>();
        SlurmConfig none = map(notes, null, "TopologyPlugin=topology/tree", "NodeName=n[1-4] CPUs=1",
                "PartitionName=p Nodes=n[1-4] Default=YES");
        assertNull(none.topology());
        assertTrue(notes.get(0).contains("no topology.conf"), notes.toString());
        notes.clear();
        SlurmConfig some = map(notes, "SwitchName=s0 Nodes=n[1-3]", "TopologyPlugin=topology/tree",
                "NodeName=n[1-4] CPUs=1", "PartitionName=p Nodes=n[1-4] Default=YES");
        assertEquals(-1, some.topology().leafOf(3));
        assertTrue(notes.stream().anyMatch(n -> n.equals("topology.conf: 1 node(s) under no switch never get a job"
                + " under topology/tree")), notes.toString());
    }

    @Test
    void shouldNoteTopologyPluginsThatAreNotModelled() throws IOException {
        List<String> notes = new ArrayList<>();
        SlurmConfig c = map(notes, null, "TopologyPlugin=topology/3d_torus", "NodeName=n[1-4] CPUs=1",
                "PartitionName=p Nodes=n[1-4] Default=YES");
        assertNull(c.topology());
        assertEquals(List.of(dir.resolve("slurm.conf") + ": TopologyPlugin=topology/3d_torus is not modelled: nodes"
                + " are chosen without regard to the network"), notes);
    }
}
