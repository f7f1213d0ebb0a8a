package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GRES that GresTypes does not list is dropped from its nodes, as slurmctld drops it, with a note. */
class SlurmConfGresTypesTest {
    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private SlurmConfig map(String gresTypes) throws Exception {
        Path conf = Files.writeString(dir.resolve("slurm.conf"), """
                SelectType=select/cons_tres
                %s
                NodeName=g[1-2] CPUs=8 Gres=gpu:a100:4,mps:100
                PartitionName=all Nodes=ALL Default=YES
                """.formatted(gresTypes));
        return SlurmConfMapping.of(SlurmConfReader.read(conf), notes);
    }

    @Test
    void shouldKeepTheGpusGresTypesLists() throws Exception {
        assertEquals(4, map("GresTypes=gpu,mps").nodes().get(0).gpus());
        assertEquals(List.of(), notes.stream().filter(n -> n.contains("Gres")).toList());
    }

    @Test
    void shouldDropAndNoteTheGresGresTypesDoesNotList() throws Exception {
        assertEquals(0, map("").nodes().get(1).gpus());
        assertEquals(List.of(dir.resolve("slurm.conf") + ": Gres gpu, mps on g[1-2] is dropped, as slurmctld drops a"
                + " GRES that GresTypes does not list (\"Invalid GRES configured on node\")"),
                notes.stream().filter(n -> n.contains("Gres")).toList());
        notes.clear();
        assertEquals(4, map("GresTypes=GPU").nodes().get(0).gpus());
        assertEquals(1, notes.stream().filter(n -> n.contains("Gres mps on g[1-2]")).count());
    }
}
