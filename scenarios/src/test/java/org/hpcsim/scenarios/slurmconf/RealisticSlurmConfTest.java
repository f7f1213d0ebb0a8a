package org.hpcsim.scenarios.slurmconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A realistic two-partition slurm.conf with its topology.conf reads as slurmctld 22.05.8 reads it:
 * the expected values are those {@code scontrol show node/partition/topology/config} printed for
 * these files (with the GRES TRES removed, which needs slurmdbd).
 */
class RealisticSlurmConfTest {

    private static SlurmConf conf() throws URISyntaxException {
        return SlurmConfReader.read(Path.of(RealisticSlurmConfTest.class.getResource("/slurmconf/slurm.conf").toURI()));
    }

    @Test
    void shouldReadTheNodesAsSlurmctldShowsThem() throws URISyntaxException {
        SlurmConf conf = conf();
        assertEquals(20, conf.nodes().size());
        Node cpu = conf.node("cpu01").orElseThrow();
        assertEquals(List.of(64, 2, 32, 1), List.of(cpu.cpus(), cpu.sockets(), cpu.coresPerSocket(), cpu.threadsPerCore()));
        assertEquals(257_000, cpu.realMemoryMb());
        assertEquals(10, cpu.weight());
        assertEquals(List.of("amd", "epyc"), cpu.features());
        Node gpu = conf.node("gpu1").orElseThrow();
        assertEquals(64, gpu.cpus());
        assertEquals(515_000, gpu.realMemoryMb());
        assertEquals(50, gpu.weight());
        assertEquals("gpu:a100:4", gpu.gres().get(0).toString());
        assertEquals(4, gpu.gresCount("gpu"));
    }

    @Test
    void shouldReadThePartitionsAsSlurmctldShowsThem() throws URISyntaxException {
        SlurmConf conf = conf();
        Partition cpu = conf.defaultPartition().orElseThrow();
        assertEquals("cpu", cpu.name());
        assertEquals(16, cpu.nodes().size());
        assertEquals(Optional.of(Duration.ofDays(2)), cpu.maxTime().duration());
        assertEquals(Optional.of(Duration.ofHours(1)), cpu.effectiveDefaultTime().duration());
        assertEquals(OptionalInt.of(16), cpu.maxNodes());
        assertEquals(List.of(1, 1), List.of(cpu.priorityTier(), cpu.priorityJobFactor()));
        Partition gpu = conf.partition("gpu").orElseThrow();
        assertEquals(List.of("gpu1", "gpu2", "gpu3", "gpu4"), gpu.nodes());
        assertEquals(List.of(10, 5), List.of(gpu.priorityTier(), gpu.priorityJobFactor()));
        assertEquals(Optional.of(Duration.ofDays(1)), gpu.maxTime().duration());
        assertEquals(OptionalInt.of(64), gpu.maxCpusPerNode());
        assertEquals(OptionalLong.of(7800), gpu.defMemPerCpuMb());
        assertEquals(List.of("normal", "gpu"), gpu.allowQos());
        assertEquals(Optional.of("gpu"), gpu.qos());
        assertEquals(Optional.of("CPU=1.0,Mem=0.25G,GRES/gpu=16.0"), gpu.tresBillingWeights());
    }

    @Test
    void shouldReadTheSchedulingPriorityAndPreemptionKeys() throws URISyntaxException {
        SlurmConf conf = conf();
        assertEquals(Optional.of("hpcsim-test"), conf.clusterName());
        SchedulerParameters sp = conf.scheduling().schedulerParameters();
        assertTrue(sp.bfContinue());
        assertEquals(List.of(60, 300, 4320, 1000, 50, 200, 120, 600), List.of(sp.bfIntervalSeconds(),
                sp.bfResolutionSeconds(), sp.bfWindowMinutes(), sp.bfMaxJobTest(), sp.bfMaxJobUser(),
                sp.defaultQueueDepth(), sp.schedIntervalSeconds(), sp.maxSwitchWaitSeconds()));
        assertEquals("select/cons_tres", conf.scheduling().selectType());
        assertEquals(3800, conf.scheduling().defMemPerCpuMb());
        assertEquals(Optional.of(Duration.ofMinutes(5)), conf.scheduling().overTimeLimit().duration());
        PriorityConfig p = conf.priority();
        assertEquals("priority/multifactor", p.type());
        assertEquals(10_000, p.weightFairshare());
        assertEquals(Duration.ofDays(14), p.decayHalfLife());
        assertEquals(3, p.weightTres().size());
        assertEquals("preempt/partition_prio", conf.preemption().type());
        assertEquals(Set.of(PreemptMode.REQUEUE), conf.preemption().mode());
        assertEquals(Duration.ofMinutes(10), conf.preemption().exemptTime());
    }

    @Test
    void shouldReadTheTopologyAsSlurmctldShowsIt() throws URISyntaxException {
        Topology t = conf().topology().orElseThrow();
        Switch spine = t.root().orElseThrow();
        assertEquals("spine", spine.name());
        assertEquals(1, spine.level());
        assertEquals(400, spine.linkSpeed());
        assertEquals("cpu[01-16],gpu[1-4]", Hostlist.format(t.nodesUnder("spine")));
        assertEquals("cpu[11-16],gpu[1-4]", Hostlist.format(t.switchNamed("leaf1").orElseThrow().nodes()));
        assertEquals(List.of(), t.notes());
    }

    @Test
    void shouldListTheDaemonAndPathKeysAsIgnored() throws URISyntaxException {
        List<String> ignored = conf().ignored().stream().map(IgnoredKey::toString).toList();
        assertEquals(List.of("SlurmctldHost (slurm.conf:5)", "SlurmctldPort (slurm.conf:6)", "SlurmdPort (slurm.conf:7)",
                "AuthType (slurm.conf:8)", "StateSaveLocation (slurm.conf:9)", "SlurmdSpoolDir (slurm.conf:10)",
                "ProctrackType (slurm.conf:11)", "TaskPlugin (slurm.conf:12)", "ReturnToService (slurm.conf:13)",
                "AccountingStorageTRES (slurm.conf:48)"), ignored);
    }

    @Test
    void shouldReadTheExampleThatShipsForUsers() {
        SlurmConf example = SlurmConfReader.read(examples().resolve("slurm.conf"));
        assertEquals(40, example.nodes().size());
        assertEquals(192, example.node("g01").orElseThrow().cpus());
        assertEquals(8, example.node("g01").orElseThrow().gresCount("gpu"));
        assertEquals(List.of("compute", "gpu", "debug"), example.partitions().stream().map(Partition::name).toList());
        assertEquals(List.of("c001", "c002", "g01"), example.partition("debug").orElseThrow().nodes());
        assertEquals(Optional.of(Duration.ofMinutes(10)), example.partition("debug").orElseThrow().defaultTime()
                .flatMap(TimeLimit::duration));
        assertEquals(2_000_000, example.scheduling().schedulerParameters().schedMinIntervalMicros());
        assertEquals(List.of(0, 0, 0, 1), example.topology().orElseThrow().switches().stream().map(Switch::level).toList());
    }

    /** scenarios/examples/slurm-conf, found from the test classes' folder (scenarios/target/test-classes). */
    private static Path examples() {
        try {
            Path classes = Path.of(RealisticSlurmConfTest.class.getResource("/slurmconf/slurm.conf").toURI())
                    .getParent().getParent();
            return classes.getParent().getParent().resolve("examples/slurm-conf");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
