package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.PreemptionStats;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.slurm.PreemptMode;
import org.hpcsim.models.slurm.PreemptType;
import org.hpcsim.models.slurm.Preemption;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** slurm.conf's preemption keys reach the model, and a scenario run through one preempts. */
class SlurmConfPreemptionTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SlurmConfPreemptionTest.class.getResource(name).toURI());
    }

    private SlurmConfig map(List<String> notes, String... lines) throws IOException {
        String base = "NodeName=n[1-2] CPUs=2\nPartitionName=low Nodes=n[1-2] Default=YES\n"
                + "PartitionName=high Nodes=n[1-2] PriorityTier=2 PreemptMode=OFF\n";
        Path conf = Files.writeString(dir.resolve("slurm.conf"), base + String.join("\n", lines) + "\n");
        return SlurmConfMapping.of(SlurmConfReader.read(conf), notes);
    }

    @Test
    void shouldModelPartitionPrioWithItsExemptTimeAndKillWait() throws Exception {
        List<String> notes = new ArrayList<>();
        SlurmConfig c = SlurmConfMapping.of(SlurmConfReader.read(resource("/slurmconf/slurm.conf")), notes);
        Preemption p = c.preemption();
        assertEquals(PreemptType.PARTITION_PRIO, p.type());
        assertEquals(10 * SimTime.MINUTE, p.exemptTime());
        assertEquals(SimTime.seconds(60 + 10), p.retryGuard(), "KillWait=60 + MessageTimeout 10 s (its default)");
        assertEquals(SimTime.seconds(121), p.requeueDelay());
        assertEquals(PreemptMode.REQUEUE, c.partitions().get(0).preemptMode(), "the cluster-wide mode applies");
        assertFalse(notes.stream().anyMatch(n -> n.contains("PreemptType")), notes.toString());
    }

    @Test
    void shouldGiveEachPartitionItsGraceTime() throws IOException {
        Path conf = Files.writeString(dir.resolve("slurm.conf"), "NodeName=n[1-2] CPUs=2\n"
                + "PartitionName=low Nodes=n[1-2] Default=YES GraceTime=20\n"
                + "PartitionName=high Nodes=n[1-2] PriorityTier=2 PreemptMode=OFF\n"
                + "PreemptType=preempt/partition_prio\nPreemptMode=CANCEL\n");
        SlurmConfig c = SlurmConfMapping.of(SlurmConfReader.read(conf), new ArrayList<>());
        assertEquals(List.of(SimTime.seconds(20), 0L), c.partitions().stream().map(x -> x.graceTime()).toList());
    }

    @Test
    void shouldReadJobRequeue() throws IOException {
        List<String> notes = new ArrayList<>();
        assertFalse(map(notes, "PreemptType=preempt/partition_prio", "PreemptMode=REQUEUE", "JobRequeue=0")
                .jobRequeue());
        assertTrue(map(notes, "PreemptType=preempt/partition_prio", "PreemptMode=REQUEUE").jobRequeue(),
                "JobRequeue=1 by default");
        assertFalse(notes.stream().anyMatch(n -> n.contains("JobRequeue")), notes.toString());
        assertTrue(map(notes, "JobRequeue=2").jobRequeue(), "read_config.c takes anything above 1 as 1");
        ScenarioException bad = assertThrows(ScenarioException.class, () -> map(notes, "JobRequeue=-1"));
        assertTrue(bad.getMessage().contains("JobRequeue"), bad.getMessage());
    }

    @Test
    void shouldReadThePreemptSchedulerParameters() throws IOException {
        SlurmConfig c = map(new ArrayList<>(), "PreemptType=preempt/partition_prio", "PreemptMode=CANCEL",
                "KillWait=60", "SchedulerParameters=preempt_youngest_first,preempt_reorder_count=3,preempt_strict_order");
        Preemption p = c.preemption();
        assertTrue(p.youngestFirst() && p.strictOrder());
        assertEquals(3, p.reorderCount());
        assertEquals(SimTime.seconds(70), p.retryGuard());
        assertEquals(List.of(PreemptMode.CANCEL, PreemptMode.OFF),
                c.partitions().stream().map(x -> x.preemptMode()).toList());
    }

    @Test
    void shouldNoteWhatItDoesNotModel() throws IOException {
        List<String> qos = new ArrayList<>();
        assertEquals(Preemption.NONE, map(qos, "PreemptType=preempt/qos", "PreemptMode=SUSPEND,GANG").preemption());
        assertTrue(qos.stream().anyMatch(n -> n.contains("PreemptMode=SUSPEND is not modelled yet: under preempt/qos")),
                qos.toString());
        List<String> suspend = new ArrayList<>();
        map(suspend, "PreemptType=preempt/partition_prio", "PreemptMode=SUSPEND,GANG");
        assertTrue(suspend.stream().anyMatch(n -> n.contains("PreemptMode=SUSPEND is not modelled yet: jobs of"
                + " partition low are never preempted")), suspend.toString());
        List<String> within = new ArrayList<>();
        map(within, "PreemptType=preempt/qos", "PreemptMode=REQUEUE,WITHIN");
        assertTrue(within.stream().anyMatch(n -> n.contains("PreemptMode=WITHIN is not modelled yet: jobs of one QOS"
                + " never preempt one another")), within.toString());
        List<String> none = new ArrayList<>();
        assertEquals(Preemption.NONE, map(none).preemption());
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void shouldModelPreemptQosWithTheClusterModeForQosWithoutTheirOwn() throws IOException {
        List<String> notes = new ArrayList<>();
        Preemption p = map(notes, "PreemptType=preempt/qos", "PreemptMode=REQUEUE", "PreemptExemptTime=00:05:00")
                .preemption();
        assertEquals(PreemptType.QOS, p.type());
        assertEquals(PreemptMode.REQUEUE, p.mode());
        assertEquals(5 * SimTime.MINUTE, p.exemptTime());
        assertTrue(notes.isEmpty(), notes.toString());
        assertEquals(PreemptMode.CANCEL, map(notes, "PreemptType=preempt/qos", "PreemptMode=CANCEL").preemption().mode());
        String message = assertThrows(ScenarioException.class,
                () -> map(new ArrayList<>(), "PreemptType=preempt/qos")).getMessage();
        assertTrue(message.endsWith("PreemptType=preempt/qos needs a PreemptMode other than OFF (slurmctld refuses"
                + " the pair: \"PreemptType and PreemptMode values incompatible\")"), message);
    }

    @Test
    void shouldRefusePreemptNoneWithAModeAsSlurmctldDoes() throws Exception {
        String message = assertThrows(ScenarioException.class,
                () -> map(new ArrayList<>(), "PreemptType=preempt/none", "PreemptMode=REQUEUE")).getMessage();
        assertTrue(message.endsWith("slurm.conf: PreemptType=preempt/none needs PreemptMode OFF (GANG aside), not"
                + " [REQUEUE] (slurmctld refuses the pair: \"PreemptType and PreemptMode values incompatible\")"),
                message);
        assertEquals(Preemption.NONE, map(new ArrayList<>(), "PreemptType=preempt/none", "PreemptMode=GANG")
                .preemption());
    }

    @Test
    void shouldRefusePartitionPrioWithPreemptModeOffAsSlurmctldDoes() {
        String message = assertThrows(ScenarioException.class,
                () -> map(new ArrayList<>(), "PreemptType=preempt/partition_prio")).getMessage();
        assertTrue(message.endsWith("slurm.conf: PreemptType=preempt/partition_prio needs a PreemptMode other than OFF"
                + " (slurmctld refuses the pair: \"PreemptType and PreemptMode values incompatible\")"), message);
    }

    @Test
    void shouldRequeueAndCancelLowTierJobsForAnUrgentJobInAScenario() throws Exception {
        Path file = resource("/slurmconf-preempt/scenario.yaml");
        Map<Long, JobOutcome> ends = new LinkedHashMap<>();
        List<JobOutcome> requeued = new ArrayList<>();
        RunObserver record = new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                ends.put(o.job().id(), o);
            }

            @Override
            public void jobRequeued(JobOutcome run) {
                requeued.add(run);
            }
        };
        RunReport r = ScenarioRunner.run(new ScenarioLoader().load(file), file.getParent(), List.of(record));
        // Nodes: 1 batch, 2 scavenger, 3 reserved (2 nodes). The urgent job, submitted at 100 s, is
        // tried on the next tick (101 s) and needs 2 nodes: the candidates, one node each, go lowest
        // tier and fewest nodes first, in job order.
        assertEquals(JobEndState.PREEMPTED, ends.get(2L).endState(), "scavenger: PreemptMode=CANCEL");
        assertEquals(101 * SimTime.SECOND, ends.get(2L).endTime());
        assertEquals(1, requeued.size());
        assertEquals(1, requeued.get(0).job().id(), "batch: the cluster-wide PreemptMode=REQUEUE");
        assertEquals(JobEndState.COMPLETED, ends.get(3L).endState(), "reserved: PreemptMode=OFF");
        assertEquals(3000 * SimTime.SECOND, ends.get(3L).runTime());
        assertTrue(ends.get(4L).startTime() <= 102 * SimTime.SECOND, "nodes free at once: " + ends.get(4L));
        JobOutcome again = ends.get(1L);
        assertEquals(JobEndState.COMPLETED, again.endState());
        assertEquals(3000 * SimTime.SECOND, again.runTime(), "restarted from zero");
        assertTrue(again.startTime() >= (101 + 121) * SimTime.SECOND, "not before its begin time: " + again);
        assertEquals(new PreemptionStats(1, 1, 800.0), r.engine().preemption(), "2 jobs x 4 CPUs x 100 s (1 s to 101 s)");
        assertEquals(4, r.metrics().jobs(), "a requeued job counts once");
    }
}
