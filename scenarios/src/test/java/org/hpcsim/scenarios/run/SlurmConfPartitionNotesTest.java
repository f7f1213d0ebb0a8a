package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.slurm.PartitionAccess;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slurm.conf partition's settings the model reads but does not act on are noted; its QOS and access lists are kept. */
class SlurmConfPartitionNotesTest {
    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private SlurmConfig map(String... partitions) throws IOException {
        String text = "NodeName=n[1-4] CPUs=8\n" + String.join("\n", partitions) + "\n";
        return SlurmConfMapping.of(SlurmConfReader.read(Files.writeString(dir.resolve("slurm.conf"), text)), notes);
    }

    @Test
    void shouldNoteEachPartitionThatSetsWhatIsNotModelled() throws IOException {
        map("PartitionName=a Nodes=n[1-2] Default=YES AllowAccounts=lab AllowQos=normal MinNodes=2 State=DOWN",
                "PartitionName=b Nodes=n[3-4] OverSubscribe=FORCE:2 ExclusiveUser=YES MaxCPUsPerNode=4",
                "PartitionName=c Nodes=n[1-4] TRESBillingWeights=CPU=1.0");
        assertEquals(List.of("slurm.conf:3: partition b: OverSubscribe=FORCE:2 is not modelled: its"
                + " jobs are scheduled as if it were left at the default"), notes,
                "ExclusiveUser, MinNodes, MaxCPUsPerNode and TRESBillingWeights are modelled");
    }

    @Test
    void shouldNoteThatJobsNamingNoPartitionAreRefusedWhenNoneIsTheDefault() throws IOException {
        SlurmConfig c = map("PartitionName=a Nodes=n[1-2]", "PartitionName=b Nodes=n[3-4]");
        assertEquals(List.of(dir.resolve("slurm.conf") + ": no partition is Default=YES: as slurmctld (\"default"
                + " partition not set\"), every job that names no partition is refused at submission"), notes);
        assertEquals(-1, c.defaultPartition());
    }

    @Test
    void shouldNoteNothingForDefaultsAndKeepThePartitionQos() throws IOException {
        SlurmConfig c = map("PartitionName=a Nodes=n[1-4] Default=YES State=UP OverSubscribe=NO AllowQos=ALL"
                + " AllowAccounts=ALL QOS=debug Hidden=YES", "PartitionName=b Nodes=n[1-4] OverSubscribe=EXCLUSIVE",
                "PartitionName=c Nodes=n[1-4] OverSubscribe=YES:2", "PartitionName=d Nodes=n[1-4] OverSubscribe=FORCE:1");
        assertEquals(List.of(), notes);
        assertEquals("debug", c.partitions().get(0).qos());
        assertEquals(List.of(false, true, false, false), c.partitions().stream().map(p -> p.wholeNodes()).toList(),
                "EXCLUSIVE gives whole nodes; YES shares only with jobs asking --oversubscribe; FORCE:1 shares nothing");
        assertEquals(PartitionAccess.ALL, c.partitions().get(0).access());
    }

    @Test
    void shouldTakeAllowAndDenyListsAsTheModelsAccess() throws IOException {
        SlurmConfig c = map("PartitionName=a Nodes=n[1-4] Default=YES AllowAccounts=lab,ops DenyQos=scavenger",
                "PartitionName=b Nodes=n[1-4] State=DRAIN AllowGroups=ALL",
                "PartitionName=c Nodes=n1 AllowGroups=phys,bio");
        assertEquals(new PartitionAccess(List.of("lab", "ops"), List.of(), List.of(), List.of("scavenger")),
                c.partitions().get(0).access());
        assertEquals(new PartitionAccess(List.of(), List.of(), List.of(), List.of(), "DRAIN"),
                c.partitions().get(1).access(), "AllowGroups=ALL admits every group");
        assertEquals(new PartitionAccess(List.of(), List.of(), List.of(), List.of(), "", List.of("phys", "bio")),
                c.partitions().get(2).access());
        assertEquals(List.of(), notes, "AllowGroups is no longer an ignored key");
    }
}
