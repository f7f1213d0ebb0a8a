package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.slurm.Partition;
import org.hpcsim.models.slurm.SchedulerType;
import org.hpcsim.models.slurm.SelectType;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;

/** A scenario whose cluster and controller come from a slurm.conf. */
class SlurmConfRunTest {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SlurmConfRunTest.class.getResource("/slurmconf-run/" + name).toURI());
    }

    @Test
    void shouldTakeNodesPartitionsAndSchedulerFromSlurmConf() throws Exception {
        List<String> notes = new ArrayList<>();
        SlurmConfig c = SlurmConfMapping.of(SlurmConfReader.read(resource("slurm.conf")), notes);
        assertEquals(6, c.nodes().size());
        assertEquals(48, c.totalCpus());
        assertEquals(5, c.nodes().get(4).weight());
        assertEquals(4, c.nodes().get(4).gpus());
        assertEquals("a100", c.nodes().get(4).gpuType());
        assertEquals(SchedulerType.BACKFILL, c.scheduler());
        assertEquals(SelectType.LINEAR, c.select());
        assertEquals(SimTime.seconds(10), c.params().bfInterval());
        assertEquals(SimTime.SECOND, c.params().bfResolution());
        assertEquals(50, c.params().defaultQueueDepth());
        assertEquals(0, c.params().batchSchedDelay());
        assertEquals(SimTime.MINUTE, c.params().overTimeLimit());
        Partition shortP = c.partitions().get(0);
        Partition longP = c.partitions().get(1);
        assertTrue(shortP.isDefault());
        assertEquals(60 * SimTime.MINUTE, shortP.maxTime());
        assertEquals(10 * SimTime.MINUTE, shortP.defaultTime());
        assertEquals(Long.MAX_VALUE, longP.maxTime());
        assertEquals(2, longP.priorityTier());
        assertEquals(3, longP.priorityJobFactor());
        assertEquals(2, longP.nodes().cardinality());
        assertTrue(longP.contains(4) && longP.contains(5));
        assertTrue(notes.isEmpty(), notes.toString());
    }

    @Test
    void shouldRunAScenarioOnTheSlurmConfClusterAndNoteIgnoredKeysAndRefusedJobs() throws Exception {
        Path file = resource("scenario.yaml");
        Scenario s = new ScenarioLoader().load(file);
        List<JobOutcome> outcomes = new ArrayList<>();
        RunObserver record = new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                outcomes.add(o);
            }
        };
        RunReport r = ScenarioRunner.run(s, file.getParent(), List.of(record));
        assertEquals(6, r.scenario().cluster().nodes());
        assertEquals(8, r.scenario().cluster().coresPerNode());
        assertTrue(r.metrics().jobs() > 200, "most jobs run: " + r.metrics().jobs());
        assertTrue(outcomes.stream().allMatch(o -> o.partition().equals("short")), "jobs naming none go to the default");
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("SlurmdPort (slurm.conf:4)")), r.notes().toString());
        long refused = 300 - r.metrics().jobs();
        if (refused > 0) {
            assertTrue(r.notes().stream().anyMatch(n -> n.startsWith(refused + " jobs refused")), r.notes().toString());
        }
        for (JobOutcome o : outcomes) {
            assertTrue(o.runTime() <= 61 * SimTime.MINUTE, "killed at MaxTime 60 min + OverTimeLimit 1");
        }
    }
}
