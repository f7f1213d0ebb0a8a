package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hpcsim.models.slurm.priority.PriorityFlag;
import org.junit.jupiter.api.Test;

/** PriorityFlags as read_config.c reads them: names found anywhere, case aside; words that hold none noted. */
class SlurmConfPriorityFlagsTest {
    @Test
    void shouldNoteWordsThatAreNoFlagAndFlagsNotModelled() {
        SlurmConfPriorityFlags flags = new SlurmConfPriorityFlags(List.of("fair_tree", "small_relative_to_time",
                "INCR_ONLY", "BOGUS"));
        assertEquals(Set.of(PriorityFlag.SMALL_RELATIVE_TO_TIME), flags.multifactorFlags());
        List<String> notes = new ArrayList<>();
        flags.addNotes("slurm.conf", notes);
        assertEquals(List.of("slurm.conf: PriorityFlags fair_tree, BOGUS are no flag slurmctld knows: ignored, as"
                + " slurmctld ignores them", "slurm.conf: PriorityFlags INCR_ONLY is not modelled: priorities are"
                + " computed as without it"), notes);
    }
}
