package org.hpcsim.scenarios.slurmconf;

import static org.hpcsim.scenarios.slurmconf.ConfFiles.error;
import static org.hpcsim.scenarios.slurmconf.ConfFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PartitionName lines: defaults as slurmctld shows them, DEFAULT lines, node names and the errors. */
class PartitionLinesTest {
    @TempDir
    Path dir;

    @Test
    void shouldApplyTheDefaultsSlurmctldShows() {
        Partition p = only(read(dir, "NodeName=n1", "PartitionName=p Nodes=n1"));
        assertFalse(p.isDefault());
        assertEquals(1, p.priorityTier());
        assertEquals(1, p.priorityJobFactor());
        assertTrue(p.maxTime().unlimited());
        assertEquals(Optional.empty(), p.defaultTime());
        assertEquals(OptionalInt.empty(), p.maxNodes());
        assertEquals(0, p.minNodes());
        assertEquals(OptionalInt.empty(), p.maxCpusPerNode());
        assertEquals(PartitionState.UP, p.state());
        assertEquals(OverSubscribe.NO, p.overSubscribe());
        assertEquals(Optional.empty(), p.preemptMode());
        assertEquals(List.of("ALL"), p.allowAccounts());
        assertTrue(p.allowsAllAccounts());
        assertEquals(List.of("ALL"), p.allowQos());
        assertEquals(List.of(), p.denyAccounts());
        assertEquals(List.of(), p.denyQos());
        assertEquals(List.of("ALL"), p.allowGroups());
        assertEquals(OptionalLong.empty(), p.defMemPerCpuMb());
    }

    @Test
    void shouldReadEveryTypedKey() {
        Partition p = only(read(dir, "NodeName=n[1-4]",
                "PartitionName=gpu Nodes=n[1-2],n4 Default=YES PriorityTier=10 PriorityJobFactor=5 MaxTime=1-00:00:00 "
                        + "DefaultTime=30 MaxNodes=2 MinNodes=1 MaxCPUsPerNode=32 State=DRAIN OverSubscribe=FORCE:2 "
                        + "PreemptMode=SUSPEND,GANG QOS=gpu AllowAccounts=a,b AllowQos=normal,high DenyAccounts=c "
                        + "DenyQos=low,scavenger AllowGroups=phys,bio ExclusiveUser=YES "
                        + "Hidden=YES DefMemPerCPU=4000 MaxMemPerCPU=8000 MaxMemPerNode=64000 TRESBillingWeights=CPU=1.0,GRES/gpu=8"));
        assertEquals(List.of("n1", "n2", "n4"), p.nodes());
        assertEquals("n[1-2],n4", p.nodesExpression());
        assertTrue(p.isDefault());
        assertEquals(10, p.priorityTier());
        assertEquals(5, p.priorityJobFactor());
        assertEquals(Optional.of(Duration.ofDays(1)), p.maxTime().duration());
        assertEquals(Optional.of(Duration.ofMinutes(30)), p.effectiveDefaultTime().duration());
        assertEquals(OptionalInt.of(2), p.maxNodes());
        assertEquals(1, p.minNodes());
        assertEquals(OptionalInt.of(32), p.maxCpusPerNode());
        assertEquals(PartitionState.DRAIN, p.state());
        assertEquals(new OverSubscribe(OverSubscribe.Mode.FORCE, 2), p.overSubscribe());
        assertEquals(Optional.of(Set.of(PreemptMode.SUSPEND, PreemptMode.GANG)), p.preemptMode());
        assertEquals(Optional.of("gpu"), p.qos());
        assertEquals(List.of("a", "b"), p.allowAccounts());
        assertEquals(List.of("normal", "high"), p.allowQos());
        assertEquals(List.of("c"), p.denyAccounts());
        assertEquals(List.of("low", "scavenger"), p.denyQos());
        assertEquals(List.of("phys", "bio"), p.allowGroups());
        assertTrue(p.exclusiveUser());
        assertTrue(p.hidden());
        assertEquals(OptionalLong.of(4000), p.defMemPerCpuMb());
        assertEquals(OptionalLong.of(8000), p.maxMemPerCpuMb());
        assertEquals(OptionalLong.of(64_000), p.maxMemPerNodeMb());
        assertEquals(Optional.of("CPU=1.0,GRES/gpu=8"), p.tresBillingWeights());
    }

    @Test
    void shouldSetTierAndJobFactorFromTheOldPriorityKey() {
        // slurmctld 22.05.8 shows PriorityJobFactor=5 PriorityTier=5 for Priority=5.
        Partition p = only(read(dir, "NodeName=n1", "PartitionName=p Nodes=n1 Priority=5"));
        assertEquals(5, p.priorityTier());
        assertEquals(5, p.priorityJobFactor());
        Partition q = only(read(dir, "NodeName=n1", "PartitionName=p Nodes=n1 Priority=5 PriorityTier=7"));
        assertEquals(7, q.priorityTier());
        assertEquals(5, q.priorityJobFactor());
    }

    @Test
    void shouldReadSharedAsOverSubscribeWithFourJobsByDefault() {
        // slurmctld 22.05.8 shows OverSubscribe=YES:4 for Shared=YES.
        Partition p = only(read(dir, "NodeName=n1", "PartitionName=p Nodes=n1 Shared=YES"));
        assertEquals(new OverSubscribe(OverSubscribe.Mode.YES, 4), p.overSubscribe());
    }

    @Test
    void shouldTakeValuesFromEarlierDefaultLines() {
        SlurmConf conf = read(dir, "NodeName=n[1-2]",
                "PartitionName=DEFAULT MaxTime=60 State=UP",
                "PartitionName=a Nodes=n1",
                "PartitionName=DEFAULT MaxTime=120",
                "PartitionName=b Nodes=n2 State=DOWN");
        assertEquals(Optional.of(Duration.ofMinutes(60)), conf.partition("a").orElseThrow().maxTime().duration());
        Partition b = conf.partition("b").orElseThrow();
        assertEquals(Optional.of(Duration.ofMinutes(120)), b.maxTime().duration());
        assertEquals(PartitionState.DOWN, b.state());
    }

    @Test
    void shouldMapAllToEveryNodeIncludingThoseDefinedLater() {
        SlurmConf conf = read(dir, "NodeName=a1", "PartitionName=p Nodes=ALL", "NodeName=b[1-2]");
        assertEquals(List.of("a1", "b1", "b2"), conf.partitions().get(0).nodes());
    }

    @Test
    void shouldAllowAPartitionWithoutNodesButNotABareNodesKey() {
        assertEquals(List.of(), only(read(dir, "PartitionName=empty Nodes=\"\"")).nodes());
        assertEquals(List.of(), only(read(dir, "PartitionName=empty")).nodes());
        // A real slurmctld 22.05.8: 'Parse error in file ... line 38: " Nodes="', then fatal.
        assertEquals("slurm.conf:1: Nodes= has no value (slurmctld cannot parse that; write Nodes=\"\" for an"
                + " empty one)", error(() -> read(dir, "PartitionName=empty Nodes=")));
    }

    @Test
    void shouldResolveNodeSetsByNodesAndByFeature() {
        SlurmConf conf = read(dir, "NodeName=c[1-2] Features=cpu", "NodeName=g[1-2] Features=gpu",
                "NodeSet=gpus Feature=gpu", "NodeSet=first Nodes=c1",
                "PartitionName=p Nodes=first,gpus");
        assertEquals(List.of("c1", "g1", "g2"), conf.partitions().get(0).nodes());
    }

    @Test
    void shouldRejectAPartitionNamingAnUndefinedNode() {
        String message = error(() -> read(dir, "NodeName=n[1-4]", "PartitionName=p Nodes=n[1-5]"));
        assertEquals("slurm.conf:2: Nodes=n[1-5] names n5, which no NodeName line defines (define the node, or a "
                + "NodeSet of that name)", message);
    }

    @Test
    void shouldRejectABadHostlistInNodes() {
        String message = error(() -> read(dir, "NodeName=n1", "PartitionName=p Nodes=n[1-"));
        assertTrue(message.startsWith("slurm.conf:2: Nodes=n[1-: bad hostlist"), message);
    }

    @Test
    void shouldRejectADuplicatePartition() {
        String message = error(() -> read(dir, "NodeName=n1", "PartitionName=p Nodes=n1", "PartitionName=p"));
        assertEquals("slurm.conf:3: partition p is defined again (first at slurm.conf:2; each partition has one line)",
                message);
    }

    @Test
    void shouldRefuseAMaxTimeOfNoMinute() {
        String message = error(() -> read(dir, "NodeName=n1", "PartitionName=p Nodes=n1 MaxTime=0"));
        assertEquals("slurm.conf:2: MaxTime=0 leaves no time to any job (at least 1 minute, or UNLIMITED)", message);
    }

    @Test
    void shouldRejectADefaultTimeLongerThanMaxTime() {
        // slurmctld 22.05.8 drops it: "partition p2 DefaultTime exceeds MaxTime (3060 > 90)".
        String message = error(() -> read(dir, "NodeName=n1", "PartitionName=p Nodes=n1 MaxTime=90 DefaultTime=2-3"));
        assertEquals("slurm.conf:2: DefaultTime=2-3 is longer than MaxTime (at most MaxTime, 90 minutes)", message);
    }

    @Test
    void shouldRejectBadTimesWithTheFormats() {
        String message = error(() -> read(dir, "NodeName=n1", "PartitionName=p Nodes=n1 MaxTime=2days"));
        assertEquals("slurm.conf:2: MaxTime=2days is not a time (" + TimeLimit.FORMATS + ")", message);
    }

    @Test
    void shouldRejectBadWordsAndNumbers() {
        assertTrue(error(() -> read(dir, "PartitionName=p OverSubscribe=MAYBE"))
                .contains("OverSubscribe=MAYBE is not known (NO, EXCLUSIVE, YES[:jobs] or FORCE[:jobs])"));
        assertTrue(error(() -> read(dir, "PartitionName=p PreemptMode=SUSPEND,NICELY"))
                .contains("PreemptMode=SUSPEND,NICELY names NICELY, which slurmctld does not know"));
        assertTrue(error(() -> read(dir, "PartitionName=p Hidden=perhaps")).contains("Hidden=perhaps is not a yes/no value"));
        assertTrue(error(() -> read(dir, "PartitionName=p PriorityTier=70000"))
                .contains("PriorityTier=70000 is out of range (a whole number 0..65533)"));
        assertTrue(error(() -> read(dir, "PartitionName=p MaxNodes=many"))
                .contains("MaxNodes=many is not a whole number (a whole number 0..2147483647)"));
    }

    @Test
    void shouldReadUnlimitedCounts() {
        Partition p = only(read(dir, "PartitionName=p MaxNodes=UNLIMITED MaxCPUsPerNode=INFINITE"));
        assertEquals(OptionalInt.empty(), p.maxNodes());
        assertEquals(OptionalInt.empty(), p.maxCpusPerNode());
    }

    @Test
    void shouldPickTheLastDefaultPartitionAsSlurmctldDoes() {
        // slurmctld 22.05.8: "changing default partition from pa to pb", then shows pa with Default=NO.
        SlurmConf conf = read(dir, "PartitionName=a Default=YES", "PartitionName=b Default=YES", "PartitionName=c");
        assertEquals("b", conf.defaultPartition().orElseThrow().name());
        assertFalse(conf.partition("a").orElseThrow().isDefault());
    }

    @Test
    void shouldReadDefCpuPerGpuForTheClusterAndEachPartition() {
        SlurmConf conf = read(dir, "DefCpuPerGPU=4", "NodeName=n1", "PartitionName=a Nodes=n1 DefCpuPerGPU=8",
                "PartitionName=b Nodes=n1");
        assertEquals(4, conf.scheduling().defCpuPerGpu());
        assertEquals(OptionalInt.of(8), conf.partition("a").orElseThrow().defCpuPerGpu());
        assertEquals(OptionalInt.empty(), conf.partition("b").orElseThrow().defCpuPerGpu());
        assertEquals("[]", conf.ignored().toString());
        assertEquals(0, read(dir, "# nothing").scheduling().defCpuPerGpu(), "no default CPUs per GPU");
    }

    @Test
    void shouldRecordUnreadPartitionKeysAsIgnored() {
        SlurmConf conf = read(dir, "PartitionName=p LLN=YES");
        assertEquals("[PartitionName LLN (slurm.conf:1)]", conf.ignored().toString());
    }

    @Test
    void shouldReadGraceTimeInSeconds() {
        SlurmConf conf = read(dir, "NodeName=n1", "PartitionName=a Nodes=n1 GraceTime=30", "PartitionName=b Nodes=n1");
        assertEquals(30, conf.partition("a").orElseThrow().graceTimeSeconds());
        assertEquals(0, conf.partition("b").orElseThrow().graceTimeSeconds(), "none by default");
        assertEquals("[]", conf.ignored().toString());
    }

    private static Partition only(SlurmConf conf) {
        assertEquals(1, conf.partitions().size());
        return conf.partitions().get(0);
    }
}
