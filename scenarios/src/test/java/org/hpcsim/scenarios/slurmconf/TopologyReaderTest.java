package org.hpcsim.scenarios.slurmconf;

import static org.hpcsim.scenarios.slurmconf.ConfFiles.error;
import static org.hpcsim.scenarios.slurmconf.ConfFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** topology.conf: the switch tree with levels, its checks, and when slurm.conf reads it. */
class TopologyReaderTest {
    @TempDir
    Path dir;

    @Test
    void shouldBuildATreeWithLevelsParentsAndLinkSpeeds() {
        Topology t = topology("SwitchName=s0 Nodes=n[1-4] LinkSpeed=200", "SwitchName=s1 Nodes=n[5-8]",
                "SwitchName=top Switches=s[0-1]");
        Switch s0 = t.switchNamed("s0").orElseThrow();
        assertEquals(List.of("n1", "n2", "n3", "n4"), s0.nodes());
        assertEquals(0, s0.level());
        assertEquals(200, s0.linkSpeed());
        assertEquals(List.of("top"), s0.parents());
        assertTrue(s0.isLeaf());
        Switch top = t.root().orElseThrow();
        assertEquals("top", top.name());
        assertEquals(1, top.level());
        assertEquals(List.of("s0", "s1"), top.switches());
        assertEquals(1, top.linkSpeed(), "slurmctld shows LinkSpeed=1 when none is given");
        assertEquals(List.of("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8"), t.nodesUnder("top"));
        assertEquals("s1", t.leafOf("n6").orElseThrow().name());
        assertEquals(List.of(), t.notes());
    }

    @Test
    void shouldNumberLevelsFromTheHighestChild() {
        Topology t = topology("SwitchName=a Nodes=n1", "SwitchName=b Nodes=n2", "SwitchName=mid Switches=a",
                "SwitchName=top Switches=mid,b");
        assertEquals(2, t.switchNamed("top").orElseThrow().level());
        assertEquals(1, t.switchNamed("mid").orElseThrow().level());
    }

    @Test
    void shouldAllowSeveralRootsAndSayWhatThatMeans() {
        Topology t = topology("SwitchName=s0 Nodes=n[1-2]", "SwitchName=s1 Nodes=n[3-4]",
                "SwitchName=spine1 Switches=s[0-1]", "SwitchName=spine2 Switches=s[0-1]");
        assertEquals(List.of("spine1", "spine2"), t.roots());
        assertEquals(Optional.empty(), t.root());
        assertEquals(List.of("spine1", "spine2"), t.switchNamed("s0").orElseThrow().parents());
        assertEquals(List.of("2 root switches (spine1, spine2): no switch reaches every node, so a job cannot span "
                + "nodes under different roots"), t.notes());
    }

    @Test
    void shouldRejectAnUndefinedChildSwitch() {
        String message = error(() -> topology("SwitchName=s0 Nodes=n1", "SwitchName=top Switches=s[0-1]"));
        assertEquals("topology.conf:2: switch top lists s1, which no SwitchName line defines (define it, or remove it "
                + "from Switches)", message);
    }

    @Test
    void shouldRejectACycle() {
        String message = error(() -> topology("SwitchName=a Switches=b", "SwitchName=b Switches=c", "SwitchName=c Switches=a"));
        assertEquals("topology.conf:3: switches a -> b -> c -> a form a cycle (a switch cannot be below itself)", message);
        String self = error(() -> topology("SwitchName=a Switches=a"));
        assertEquals("topology.conf:1: switches a -> a form a cycle (a switch cannot be below itself)", self);
    }

    @Test
    void shouldRejectANodeUnderTwoLeaves() {
        String message = error(() -> topology("SwitchName=s0 Nodes=n[1-2]", "SwitchName=s1 Nodes=n[2-3]"));
        assertEquals("topology.conf:2: node n2 is under leaf s0 and leaf s1 (a node hangs from one leaf switch)", message);
    }

    @Test
    void shouldRejectASwitchWithBothOrNeitherKindOfChildren() {
        assertEquals("topology.conf:2: switch s1 has both Nodes and Switches (a leaf has Nodes, an upper switch has "
                + "Switches)", error(() -> topology("SwitchName=s0 Nodes=n1", "SwitchName=s1 Nodes=n2 Switches=s0")));
        assertEquals("topology.conf:1: switch s0 has neither Nodes nor Switches (give one of them)",
                error(() -> topology("SwitchName=s0 LinkSpeed=1")));
    }

    @Test
    void shouldRejectDuplicateSwitchesOtherLinesAndEmptyFiles() {
        assertTrue(error(() -> topology("SwitchName=s0 Nodes=n1", "SwitchName=s0 Nodes=n2"))
                .startsWith("topology.conf:2: switch s0 is defined again (first at topology.conf:1"));
        assertEquals("topology.conf:1: NodeName starts a line (topology.conf lines start with SwitchName=)",
                error(() -> topology("NodeName=n1")));
        assertTrue(error(() -> topology("# only a comment")).startsWith("topology.conf: defines no switch"));
        assertTrue(error(() -> topology("SwitchName=s0 Nodes=n[1-")).startsWith("topology.conf:1: Nodes=n[1-: bad hostlist"));
    }

    @Test
    void shouldReadTopologyBesideSlurmConfForTheTreePlugin() {
        write(dir, "topology.conf", "SwitchName=s0 Nodes=n[1-2]", "SwitchName=s1 Nodes=n3", "SwitchName=top Switches=s[0-1]");
        SlurmConf conf = ConfFiles.read(dir, "TopologyPlugin=topology/tree", "NodeName=n[1-4]");
        Topology t = conf.topology().orElseThrow();
        assertEquals("top", t.root().orElseThrow().name());
        assertEquals(List.of("1 node(s) under no switch: n4 (slurmctld warns that switches lack access to them)"),
                t.notes());
    }

    @Test
    void shouldNotReadTopologyForOtherPluginsOrWhenNoFileIsThere() {
        assertFalse(ConfFiles.read(dir, "TopologyPlugin=topology/tree", "NodeName=n1").topology().isPresent());
        write(dir, "topology.conf", "SwitchName=s0 Nodes=n1");
        assertFalse(ConfFiles.read(dir, "NodeName=n1").topology().isPresent());
    }

    @Test
    void shouldReadAGivenTopologyPath() {
        Path topo = write(dir.resolve("net"), "tree.conf", "SwitchName=s0 Nodes=n1");
        SlurmConf conf = SlurmConfReader.read(write(dir, "slurm.conf", "NodeName=n1"), Optional.of(topo));
        assertEquals("s0", conf.topology().orElseThrow().root().orElseThrow().name());
    }

    @Test
    void shouldLeaveOutAndNoteNodesThatSlurmConfDoesNotDefine() {
        // slurmctld warns "Invalid hostnames in switch configuration" and builds the tree without them.
        write(dir, "topology.conf", "SwitchName=s0 Nodes=n[1-2]", "SwitchName=s1 Nodes=n3,login[1-2]",
                "SwitchName=top Switches=s[0-1]");
        Topology t = ConfFiles.read(dir, "TopologyPlugin=topology/tree", "NodeName=n[1-3]").topology().orElseThrow();
        assertEquals(List.of("n3"), t.switchNamed("s1").orElseThrow().nodes());
        assertEquals(List.of("line 2: switch s1 lists login[1-2], which no NodeName line in slurm.conf defines: left"
                + " out, as slurmctld leaves them (\"Invalid hostnames in switch configuration\")"), t.notes());
    }

    @Test
    void shouldListUnreadSwitchKeysAsIgnored() {
        write(dir, "topology.conf", "SwitchName=s0 Nodes=n1 Color=blue");
        SlurmConf conf = ConfFiles.read(dir, "TopologyPlugin=topology/tree", "NodeName=n1");
        assertEquals("[SwitchName Color (topology.conf:1)]", conf.ignored().toString());
    }

    private Topology topology(String... lines) {
        return TopologyReader.read(write(dir, "topology.conf", lines));
    }
}
