package org.hpcsim.scenarios.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import org.hpcsim.models.hardware.NodeType;
import org.hpcsim.models.perf.BulkSynchronousProfile;
import org.hpcsim.models.perf.MemoryBoundProfile;
import org.hpcsim.models.platform.PlacementPolicy;
import org.hpcsim.models.platform.Platform;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.ScenarioWriter;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;

class HardwareSpecTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private static String scenario(String cluster, String policy, String hardware) {
        return "name: hw\ncluster: " + cluster + "\nscheduler: {policy: " + policy + "}\n"
                + "workload: {synthetic: {model: poisson, jobs: 10, load: 0.5}}\nhardware:\n" + hardware;
    }

    private static final String GOOD = """
              nodeType: xeon-2s
              interconnect: ib-hdr
              topology: {kind: fat-tree, nodesPerLeaf: 4, oversubscription: 2}
              placement: scatter
              fileSystemGBs: 10
              profiles:
                cfd: {kind: bsp-mpi, iterations: 10, flopsPerRank: 1.0e9, haloBytes: 1024, io: {readGB: 2}}
                stream: {kind: memory-bound, bytesPerTask: 1.0e9}
              rules:
                - {profile: stream, name: stream, pinned: false}
                - {profile: cfd, minProcessors: 81}
            """;

    private String fail(String text) {
        return assertThrows(ScenarioException.class, () -> loader.parse(text, "inline")).getMessage();
    }

    @Test
    void shouldReadTheHardwareBlockIntoAPlatform() {
        Scenario s = loader.parse(scenario("{nodes: 8, coresPerNode: 80}", "easy", GOOD), "inline");
        Platform p = s.hardware().platform(8, Path.of("."));
        assertEquals("xeon-2s", p.machine().node().name());
        assertEquals(PlacementPolicy.SCATTER, p.placement());
        assertEquals(10e9, p.fileSystemBandwidth());
        assertEquals(2, p.topology().groups(0));
        Job stream = new Job(1, 0, 10, 10, 80, 1, 0, new JobLabels("", "", "", "", "", "", "stream"),
                JobHistory.UNKNOWN, -1, -1);
        assertTrue(p.profileFor(stream) instanceof MemoryBoundProfile m && !m.pinned(), "the rule unpins it");
        assertTrue(p.profileFor(Job.rigid(2, 0, 10, 10, 160)) instanceof BulkSynchronousProfile);
        assertEquals("rigid", p.profileFor(Job.rigid(3, 0, 10, 10, 80)).kind(), "no rule matches a one-node job");
    }

    @Test
    void shouldNameAnUnknownProfileInARule() {
        String m = fail(scenario("{nodes: 8, coresPerNode: 80}", "easy",
                GOOD.replace("profile: cfd, minProcessors", "profile: cdf, minProcessors")));
        assertTrue(m.contains("rules[1].profile") && m.contains("names no profile 'cdf' (defined: cfd, stream)"), m);
    }

    @Test
    void shouldRefuseAFieldTheProfileKindDoesNotTake() {
        String m = fail(scenario("{nodes: 8, coresPerNode: 80}", "easy",
                GOOD.replace("bytesPerTask: 1.0e9", "bytesPerTask: 1.0e9, haloBytes: 8")));
        assertTrue(m.contains("haloBytes") && m.contains("does not apply to a memory-bound profile"), m);
    }

    @Test
    void shouldRefuseTrainingOnANodeWithoutGpus() {
        String m = fail(scenario("{nodes: 8, coresPerNode: 80}", "easy", GOOD.replace(
                "stream: {kind: memory-bound, bytesPerTask: 1.0e9}",
                "stream: {kind: data-parallel, flopsPerSample: 1.0e9}")));
        assertTrue(m.contains("data-parallel needs GPUs, but node type xeon-2s has none"), m);
    }

    @Test
    void shouldRefuseSharedIoWithoutAFileSystem() {
        String m = fail(scenario("{nodes: 8, coresPerNode: 80}", "easy", GOOD.replace("fileSystemGBs: 10", "")));
        assertTrue(m.contains("hardware.fileSystemGBs is not given"), m);
    }

    @Test
    void shouldAskForTheNodeTypesCoreCount() {
        String m = fail(scenario("{nodes: 8, coresPerNode: 64}", "easy", GOOD));
        assertTrue(m.contains("cluster.coresPerNode") && m.contains("give coresPerNode: 80"), m);
    }

    @Test
    void shouldAskForWholeNodes() {
        String m = fail(scenario("{nodes: 8, coresPerNode: 80, allocation: core}", "slurm", GOOD));
        assertTrue(m.contains("cluster.allocation") && m.contains("must be node with hardware"), m);
    }

    @Test
    void shouldWriteTheBlockBackAsItWasRead() throws Exception {
        Scenario s = loader.parse(scenario("{nodes: 8, coresPerNode: 80}", "easy", GOOD), "inline");
        String yaml = new ObjectMapper(new YAMLFactory()).writeValueAsString(ScenarioWriter.toMap(s));
        // Plain lists, which summary.json's own writer can print (it prints no Java arrays).
        Object node = ((java.util.Map<?, ?>) ScenarioWriter.toMap(s).get("hardware")).get("nodeType");
        assertEquals(java.util.List.of(java.util.List.of(10, 21), java.util.List.of(21, 10)),
                ((java.util.Map<?, ?>) node).get("numaDistances"));
        Scenario again = loader.parse(yaml, "written");
        Platform before = s.hardware().platform(8, Path.of("."));
        Platform after = again.hardware().platform(8, Path.of("."));
        // The node type is written out in full, so it comes back with the scenario file as its source.
        assertEquals(withoutSource(before.machine().node()), withoutSource(after.machine().node()));
        assertEquals(before.machine().interconnect(), after.machine().interconnect());
        assertEquals(before.topology(), after.topology());
        assertEquals(before.rules(), after.rules());
        assertEquals(before.placement(), after.placement());
        assertEquals(before.fileSystemBandwidth(), after.fileSystemBandwidth());
    }

    private static NodeType withoutSource(NodeType n) {
        return new NodeType(n.name(), n.numa(), n.flopsPerCore(), n.gpu(), n.gpus(), n.nicBandwidth(), n.scratchBytes(),
                n.scratchBandwidth(), "");
    }
}
