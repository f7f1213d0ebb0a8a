package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;

/** The slurm-gpu-types example: GPU types, features, tasks per node and counted memory shape the schedule. */
class SlurmGpuTypesExampleTest {
    @Test
    void shouldQueueA100JobsWhileH100NodesIdleAndHoldBigMemoryJobsForMemory() throws Exception {
        Path file = Path.of("examples/slurm-gpu-types/scenario.yaml");
        assumeTrue(Files.exists(file), "no example at " + file.toAbsolutePath());
        Scenario s = new ScenarioLoader().load(file);
        Map<Long, Long> start = new TreeMap<>();
        RunObserver record = new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                start.put(o.job().id(), o.startTime() / SimTime.SECOND);
            }
        };
        RunReport r = ScenarioRunner.run(s, file.getParent(), java.util.List.of(record));
        assertEquals(24, start.size());
        // Two A100 nodes: the third and fourth A100 trainings wait for the first two to end (1 h).
        assertEquals(3602, start.get(3L));
        assertEquals(3662, start.get(4L));
        // The H100 trainings, submitted at 1800 and 1860, start on the idle H100 nodes at once.
        assertEquals(1801, start.get(7L));
        assertEquals(1861, start.get(8L));
        // 200 GB serial jobs wait for the MPI job holding 64 GB on every CPU node to end at 1201.
        assertEquals(1202, start.get(13L));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("job 25: invalid feature specification: no node of"
                + " partition batch has 'h100&ib'")), r.notes().toString());
    }
}
