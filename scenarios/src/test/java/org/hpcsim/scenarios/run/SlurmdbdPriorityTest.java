package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.slurm.MultifactorSetup;
import org.hpcsim.models.slurm.priority.MultifactorWeights;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** priority/multifactor with and without slurmdbd (AccountingStorageType), as slurmctld's plugin takes it. */
class SlurmdbdPriorityTest {
    @TempDir
    Path dir;

    private MultifactorSetup setup(String accounting, List<String> notes) throws Exception {
        Path conf = Files.writeString(dir.resolve("slurm.conf"), """
                PriorityType=priority/multifactor
                PriorityWeightAge=1000
                PriorityWeightFairshare=5000
                PriorityWeightJobSize=300
                %s
                NodeName=n[1-2] CPUs=4
                PartitionName=all Nodes=ALL Default=YES
                """.formatted(accounting));
        return SlurmConfMapping.of(SlurmConfReader.read(conf), notes).multifactor();
    }

    @Test
    void shouldDropAgeAndFairShareAndRepricingWithoutSlurmdbd() throws Exception {
        List<String> notes = new ArrayList<>();
        MultifactorSetup s = setup("", notes);
        assertEquals(MultifactorWeights.of(0, 0, 0, 300, 0, 0), s.config().weights());
        assertFalse(s.decayThread(), "no decay thread: priorities are set at submission only");
        assertTrue(notes.contains(dir.resolve("slurm.conf") + ": PriorityWeightAge and PriorityWeightFairshare weigh"
                + " nothing without AccountingStorageType=accounting_storage/slurmdbd, as slurmctld ignores them"
                + " there; priorities are set at submission only"), notes.toString());
    }

    @Test
    void shouldKeepEveryWeightUnderSlurmdbd() throws Exception {
        List<String> notes = new ArrayList<>();
        MultifactorSetup s = setup("AccountingStorageType=accounting_storage/slurmdbd", notes);
        assertEquals(MultifactorWeights.of(1000, 0, 5000, 300, 0, 0), s.config().weights());
        assertTrue(s.decayThread());
        assertTrue(notes.stream().noneMatch(n -> n.contains("weigh nothing")), notes.toString());
    }
}
