package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SelectTypeParameters words a run does not act on are noted, never dropped silently. */
class SlurmConfSelectNotesTest {
    @TempDir
    Path dir;

    private List<String> selectNotes(String select, String params) throws Exception {
        Path conf = Files.writeString(dir.resolve("slurm.conf"), """
                SelectType=%s
                SelectTypeParameters=%s
                NodeName=n[1-2] CPUs=4
                PartitionName=all Nodes=ALL Default=YES
                """.formatted(select, params));
        List<String> notes = new ArrayList<>();
        SlurmConfMapping.of(SlurmConfReader.read(conf), notes);
        return notes.stream().filter(n -> n.contains("SelectTypeParameters")).toList();
    }

    @Test
    void shouldNoteTheWordsThatShapeNothingHere() throws Exception {
        assertEquals(List.of(), selectNotes("select/cons_tres", "CR_Core_Memory"));
        assertEquals(List.of(dir.resolve("slurm.conf") + ": SelectTypeParameters CR_ONE_TASK_PER_CORE, CR_LLN are not"
                + " modelled: jobs get nodes and CPUs as without them"),
                selectNotes("select/cons_tres", "CR_Core_Memory,CR_ONE_TASK_PER_CORE,CR_LLN"));
        assertEquals(List.of(dir.resolve("slurm.conf") + ": SelectTypeParameters CR_Memory is not modelled under"
                + " select/linear: jobs get nodes and CPUs as without it"), selectNotes("select/linear", "CR_Memory"));
    }
}
