package org.hpcsim.scenarios.slurmconf;

import static org.hpcsim.scenarios.slurmconf.ConfFiles.error;
import static org.hpcsim.scenarios.slurmconf.ConfFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NodeName lines: slurm.conf(5)'s defaults, DEFAULT lines, CPU counts, GRES and the errors. */
class NodeLinesTest {
    @TempDir
    Path dir;

    @Test
    void shouldApplySlurmDefaultsToABareNode() {
        Node n = only(read(dir, "NodeName=n1"));
        assertEquals(1, n.cpus());
        assertEquals(1, n.boards());
        assertEquals(1, n.socketsPerBoard());
        assertEquals(1, n.coresPerSocket());
        assertEquals(1, n.threadsPerCore());
        assertEquals(1, n.realMemoryMb());
        assertEquals(1, n.weight());
        assertEquals(NodeState.UNKNOWN, n.state());
        assertEquals(List.of(), n.gres());
        assertEquals(List.of(), n.features());
        assertEquals("n1", n.hostname());
        assertEquals("n1", n.address());
        assertEquals(OptionalInt.empty(), n.port());
    }

    @Test
    void shouldDefaultCpusToTheProductOfBoardsSocketsCoresAndThreads() {
        Node n = only(read(dir, "NodeName=n1 Boards=2 SocketsPerBoard=2 CoresPerSocket=16 ThreadsPerCore=2"));
        assertEquals(128, n.cpus());
        assertEquals(4, n.sockets());
        assertEquals(64, n.cores());
    }

    @Test
    void shouldCountSocketsOverAllBoardsAndSocketsPerBoardOnEach() {
        // read_config.c: Sockets is the node's total (tot_sockets), SocketsPerBoard each board's.
        Node total = only(read(dir, "NodeName=n1 Boards=2 Sockets=4 CoresPerSocket=4"));
        assertEquals(16, total.cpus());
        assertEquals(4, total.sockets());
        Node perBoard = only(read(dir, "NodeName=n1 Boards=2 SocketsPerBoard=4 CoresPerSocket=4"));
        assertEquals(8, perBoard.sockets());
        assertEquals(32, perBoard.cpus());
    }

    @Test
    void shouldInferSocketsFromCpusWhenOnlyCpusIsGiven() {
        // slurmctld 22.05.8 shows Sockets=8 for "NodeName=g1 CPUs=8".
        Node n = only(read(dir, "NodeName=n1 CPUs=8"));
        assertEquals(8, n.socketsPerBoard());
        Node ht = only(read(dir, "NodeName=n1 CPUs=16 CoresPerSocket=4 ThreadsPerCore=2"));
        assertEquals(2, ht.socketsPerBoard());
    }

    @Test
    void shouldAcceptCpusCountingSocketsCoresOrThreads() {
        for (int cpus : new int[] {2, 8, 16}) {
            Node n = only(read(dir, "NodeName=n1 CPUs=" + cpus + " Sockets=2 CoresPerSocket=4 ThreadsPerCore=2"));
            assertEquals(cpus, n.cpus());
        }
    }

    @Test
    void shouldRejectCpusThatMatchNoCountOfTheHardware() {
        String message = error(() -> read(dir, "NodeName=n1 CPUs=6 Sockets=2 CoresPerSocket=4 ThreadsPerCore=2"));
        assertEquals("slurm.conf:1: CPUs=6 matches none of Sockets (2), Sockets*CoresPerSocket (8) or "
                + "Sockets*CoresPerSocket*ThreadsPerCore (16) (one of those; slurmctld resets any other value)", message);
    }

    @Test
    void shouldReadProcsAsCpusAndFeatureAsFeatures() {
        Node n = only(read(dir, "NodeName=n1 Procs=4 Feature=a,b"));
        assertEquals(4, n.cpus());
        assertEquals(List.of("a", "b"), n.features());
    }

    @Test
    void shouldTakeValuesFromEarlierDefaultLinesAndLetLaterDefaultsAddToThem() {
        SlurmConf conf = read(dir,
                "NodeName=DEFAULT CPUs=64 RealMemory=256000 Weight=5",
                "NodeName=a1",
                "NodeName=DEFAULT RealMemory=512000",
                "NodeName=b1 Weight=9");
        Node a = conf.node("a1").orElseThrow();
        Node b = conf.node("b1").orElseThrow();
        assertEquals(64, a.cpus());
        assertEquals(256000, a.realMemoryMb());
        assertEquals(5, a.weight());
        assertEquals(64, b.cpus());
        assertEquals(512000, b.realMemoryMb());
        assertEquals(9, b.weight());
    }

    @Test
    void shouldNotApplyADefaultLineToNodesAboveIt() {
        SlurmConf conf = read(dir, "NodeName=a1", "NodeName=DEFAULT CPUs=8", "NodeName=b1");
        assertEquals(1, conf.node("a1").orElseThrow().cpus());
        assertEquals(8, conf.node("b1").orElseThrow().cpus());
    }

    @Test
    void shouldExpandAHostlistIntoOneNodeEachInOrder() {
        SlurmConf conf = read(dir, "NodeName=n[01-03],login CPUs=2");
        assertEquals(List.of("n01", "n02", "n03", "login"), conf.nodes().stream().map(Node::name).toList());
        assertEquals("slurm.conf:1", conf.nodes().get(3).at().toString());
    }

    @Test
    void shouldReadGresFeaturesStateAndWeight() {
        Node n = only(read(dir, "NodeName=g1 Gres=gpu:a100:4,gpu:v100:2,mps:100 Features=x,y State=DRAIN Weight=20"));
        assertEquals(6, n.gresCount("gpu"));
        assertEquals(100, n.gresCount("mps"));
        assertEquals("gpu:a100:4", n.gres().get(0).toString());
        assertEquals(List.of("x", "y"), n.features());
        assertEquals(NodeState.DRAIN, n.state());
        assertEquals(20, n.weight());
    }

    @Test
    void shouldGiveEachNodeItsHostnameAddressAndPort() {
        SlurmConf conf = read(dir, "NodeName=n[1-2] NodeHostname=localhost NodeAddr=10.0.0.[1-2] Port=17001-17002");
        Node n2 = conf.nodes().get(1);
        assertEquals("localhost", n2.hostname());
        assertEquals("10.0.0.2", n2.address());
        assertEquals(OptionalInt.of(17002), n2.port());
        Node one = only(read(dir, "NodeName=n1 NodeHostname=h1 Port=6818"));
        assertEquals("h1", one.address());
        assertEquals(OptionalInt.of(6818), one.port());
    }

    @Test
    void shouldRejectHostnamesThatDoNotMatchTheNodes() {
        String message = error(() -> read(dir, "NodeName=n[1-3] NodeHostname=h[1-2]"));
        assertEquals("slurm.conf:1: NodeHostname=h[1-2] names 2 hosts for 3 nodes (one name for all, or one per node)",
                message);
    }

    @Test
    void shouldRejectNodeAddrOnADefaultLine() {
        String message = error(() -> read(dir, "NodeName=DEFAULT NodeAddr=127.0.0.1"));
        assertTrue(message.startsWith("slurm.conf:1: NodeAddr=127.0.0.1 is on a NodeName=DEFAULT line"), message);
    }

    @Test
    void shouldRejectADuplicateNodeName() {
        String message = error(() -> read(dir, "NodeName=n[1-4]", "# more", "NodeName=n3"));
        assertEquals("slurm.conf:3: node n3 is defined again (first at slurm.conf:1; each node is named on one "
                + "NodeName line)", message);
    }

    @Test
    void shouldRejectBadNumbersNamingTheRange() {
        assertEquals("slurm.conf:1: CoresPerSocket=0 is out of range (a whole number 1..65535)",
                error(() -> read(dir, "NodeName=n1 CoresPerSocket=0")));
        assertEquals("slurm.conf:1: Weight=heavy is not a whole number (a whole number 0..4294967294)",
                error(() -> read(dir, "NodeName=n1 Weight=heavy")));
    }

    @Test
    void shouldRejectAMemoryUnitAsSlurmDoes() {
        assertEquals("slurm.conf:1: RealMemory=2G has a unit (a whole number of megabytes with no unit, such as 2048 "
                + "for 2 GB)", error(() -> read(dir, "NodeName=n1 RealMemory=2G")));
    }

    @Test
    void shouldRejectUnknownStatesListingTheKnownOnes() {
        String message = error(() -> read(dir, "NodeName=n1 State=BROKEN"));
        assertEquals("slurm.conf:1: State=BROKEN is not known (one of UNKNOWN, CLOUD, DOWN, DRAIN, FAIL, FAILING, "
                + "FUTURE, IDLE)", message);
    }

    @Test
    void shouldRejectABadHostlistAndTheReservedNameAll() {
        String message = error(() -> read(dir, "NodeName=n[1-"));
        assertTrue(message.startsWith("slurm.conf:1: NodeName=n[1-: bad hostlist 'n[1-': has '[' without ']'"), message);
        assertTrue(error(() -> read(dir, "NodeName=ALL")).contains("ALL cannot name a node"));
    }

    @Test
    void shouldRejectSocketsAndSocketsPerBoardTogether() {
        String message = error(() -> read(dir, "NodeName=n1 Sockets=2 SocketsPerBoard=2"));
        assertTrue(message.contains("Sockets and SocketsPerBoard both given"), message);
    }

    @Test
    void shouldRecordUnreadNodeKeysAsIgnored() {
        SlurmConf conf = read(dir, "NodeName=n1 TmpDisk=100 CoreSpecCount=2");
        assertEquals("[NodeName TmpDisk (slurm.conf:1), NodeName CoreSpecCount (slurm.conf:1)]",
                conf.ignored().toString());
    }

    private static Node only(SlurmConf conf) {
        assertEquals(1, conf.nodes().size());
        return conf.nodes().get(0);
    }
}
