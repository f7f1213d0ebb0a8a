package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.slurm.ConsumableMemory;
import org.hpcsim.models.slurm.MemoryCeiling;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.models.slurm.SlurmNode;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether a slurm.conf's select plugin counts memory, and the node shapes request options test against. */
class SlurmConfMemoryTest {
    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private SlurmConfig map(String... lines) throws IOException {
        String base = "NodeName=n[1-2] CPUs=8 RealMemory=64000 Gres=gpu:a100:4 Features=gpu,ib\n";
        Path conf = Files.writeString(dir.resolve("slurm.conf"), base + String.join("\n", lines) + "\nGresTypes=gpu\n");
        return SlurmConfMapping.of(SlurmConfReader.read(conf), notes);
    }

    @Test
    void shouldCountMemoryUnderConsTresWithAMemoryParameterAndTheClustersDefMemPerCpu() throws IOException {
        assertEquals(ConsumableMemory.counted(2000), map("SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core_Memory", "DefMemPerCPU=2000",
                "PartitionName=p Nodes=n[1-2] Default=YES").memory());
        assertEquals(ConsumableMemory.counted(0), map("SelectType=select/cons_tres",
                "SelectTypeParameters=CR_CPU_Memory", "PartitionName=p Nodes=n[1-2] Default=YES").memory());
        assertEquals(List.of(), notes);
    }

    @Test
    void shouldCountMemoryUnderConsTresWithoutParametersAsCrCoreMemory() throws IOException {
        assertEquals(ConsumableMemory.counted(0),
                map("SelectType=select/cons_tres", "PartitionName=p Nodes=n[1-2]").memory());
    }

    @Test
    void shouldLeaveMemoryUncountedUnderCrCoreOrSelectLinear() throws IOException {
        assertEquals(ConsumableMemory.NONE, map("SelectType=select/cons_tres", "SelectTypeParameters=CR_Core",
                "PartitionName=p Nodes=n[1-2] Default=YES").memory());
        assertEquals(ConsumableMemory.NONE, map("SelectType=select/linear", "SelectTypeParameters=CR_Memory",
                "PartitionName=p Nodes=n[1-2]").memory());
    }

    @Test
    void shouldTakeAPartitionsOwnDefMemPerCpuAndMaxMemPerCpuAndKeepNodeShapes() throws IOException {
        SlurmConfig c = map("SelectType=select/cons_tres", "SelectTypeParameters=CR_Core_Memory", "DefMemPerCPU=2000",
                "PartitionName=p Nodes=n[1-2] Default=YES DefMemPerCPU=8000",
                "PartitionName=q Nodes=n[1-2] DefMemPerCPU=0 MaxMemPerCPU=4000", "PartitionName=r Nodes=n1");
        assertEquals(ConsumableMemory.counted(2000).withPartitionDefault("p", 8000)
                .withPartitionCeiling("q", MemoryCeiling.perCpu(4000)), c.memory(),
                "q's DefMemPerCPU=0 and r's absence leave the cluster's default");
        assertEquals(List.of(), notes);
        assertEquals(new SlurmNode("n1", 8, 64_000, 4, "a100", 1, List.of("gpu", "ib")), c.nodes().get(0));
    }

    @Test
    void shouldKeepMaxMemPerNodeOverMaxMemPerCpuAndLetAPartitionsZeroLeaveTheClusters() throws IOException {
        SlurmConfig c = map("SelectType=select/cons_tres", "SelectTypeParameters=CR_CPU_Memory", "MaxMemPerCPU=3000",
                "PartitionName=p Nodes=n[1-2] Default=YES MaxMemPerCPU=0",
                "PartitionName=q Nodes=n[1-2] MaxMemPerNode=32000 MaxMemPerCPU=1000");
        assertEquals(ConsumableMemory.counted(0).withCeiling(MemoryCeiling.perCpu(3000))
                .withPartitionCeiling("q", MemoryCeiling.perNode(32_000)), c.memory());
        assertEquals(List.of("slurm.conf:6: partition q: MaxMemPerCPU is ignored, since it is mutually exclusive with"
                + " MaxMemPerNode (as slurmctld ignores it)"), notes);
    }

    @Test
    void shouldNoteMemoryLimitsWhereMemoryIsNotCounted() throws IOException {
        assertEquals(ConsumableMemory.NONE, map("SelectType=select/cons_tres", "SelectTypeParameters=CR_Core",
                "MaxMemPerNode=16000", "PartitionName=p Nodes=n[1-2] Default=YES").memory());
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).endsWith("slurm.conf: MaxMemPerCPU and MaxMemPerNode are not modelled where memory is"
                + " not a consumable resource (SelectType=select/cons_tres with a CR_*_Memory SelectTypeParameters)"),
                notes.get(0));
    }
}
