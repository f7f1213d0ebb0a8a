package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.PreemptMode;
import org.hpcsim.models.slurm.Preemption;
import org.hpcsim.models.slurm.Qos;
import org.hpcsim.models.slurm.QosFlags;
import org.hpcsim.models.slurm.QosJobCounts;
import org.hpcsim.models.slurm.QosPreemptRule;
import org.hpcsim.models.slurm.QosSetup;
import org.hpcsim.models.slurm.TresLimit;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.ScenarioWriter;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scheduler.slurm.qos}: read from a scenario file, enforced through a whole run, one-line errors. */
class SlurmQosRunTest {
    @TempDir
    Path dir;

    private Scenario load(String slurm) throws Exception {
        String yaml = """
                name: qos
                seed: 5
                cluster: {nodes: 8, coresPerNode: 4, allocation: node}
                scheduler:
                  policy: slurm
                  slurm:
                %s
                workload:
                  synthetic: {model: poisson, jobs: 300, load: 0.9, maxOverestimate: 2,
                              runtime: {distribution: lognormal, median: 600, sigma: 1.0}}
                """.formatted(slurm.indent(4).stripTrailing());
        return new ScenarioLoader().load(Files.writeString(dir.resolve("s.yaml"), yaml));
    }

    private List<JobOutcome> run(Scenario s) {
        List<JobOutcome> outcomes = new ArrayList<>();
        ScenarioRunner.run(s, dir, List.of(new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                outcomes.add(o);
            }
        }));
        return outcomes;
    }

    /** The most CPUs held at once by the jobs of {@code outcomes}. */
    private static long peakCpus(List<JobOutcome> outcomes) {
        long peak = 0;
        for (JobOutcome at : outcomes) {
            long held = 0;
            for (JobOutcome o : outcomes) {
                if (o.startTime() <= at.startTime() && o.endTime() > at.startTime()) {
                    held += o.allocatedCores();
                }
            }
            peak = Math.max(peak, held);
        }
        return peak;
    }

    @Test
    void shouldReadEveryFieldAndAddNormalWhenItIsNotListed() throws Exception {
        Scenario s = load("""
                qos:
                  - {name: high, priority: 100, maxJobsPerUser: 2, grpTres: {cpu: 16, node: 4, gres/gpu: 2}}
                """);
        QosSetup q = s.scheduler().slurm().qosSetup();
        assertEquals(List.of(Qos.unlimited("normal", 0), new Qos("high", 100, 2, 16, 4, 2)), q.qos());
        assertEquals(0, q.defaultIndex());
    }

    @Test
    void shouldReadTheFurtherLimitsAndThePreemptionRule() throws Exception {
        Scenario s = load("""
                preemption: {type: preempt/qos, mode: requeue, exemptTime: 60}
                qos:
                  - {name: low, maxJobsPerAccount: 4, grpJobs: 8, maxSubmitJobsPerUser: 20,
                     maxTresPerUser: {cpu: 32}, maxTresPerJob: {node: 2, gres/gpu: 1}, maxWall: 90,
                     preemptMode: cancel, preemptExemptTime: 30, graceTime: 45, flags: [noreserve, DenyOnLimit],
                     grpTresMins: {cpu: 6000, gres/gpu: 600}, maxTresMinsPerJob: {node: 120}}
                  - {name: high, priority: 100, preempt: [low]}
                """);
        Qos low = s.scheduler().slurm().qos().get(1);
        assertEquals(new QosJobCounts(Qos.UNLIMITED, 4, 8, 20), low.jobs());
        assertEquals(new TresLimit(32, Qos.UNLIMITED, Qos.UNLIMITED), low.maxTresPerUser());
        assertEquals(new TresLimit(Qos.UNLIMITED, 2, 1), low.maxTresPerJob());
        assertEquals(90 * SimTime.MINUTE, low.maxWall());
        assertEquals(new QosPreemptRule(List.of(), PreemptMode.CANCEL, SimTime.seconds(30), SimTime.seconds(45)),
                low.preemption());
        assertEquals(new QosFlags(true, true), low.flags());
        assertEquals(new TresLimit(6000, Qos.UNLIMITED, 600), low.grpTresMins());
        assertEquals(new TresLimit(Qos.UNLIMITED, 120, Qos.UNLIMITED), low.maxTresMinsPerJob());
        assertEquals(QosFlags.NONE, s.scheduler().slurm().qos().get(2).flags());
        assertEquals(List.of("low"), s.scheduler().slurm().qos().get(2).preemption().preempt());
        assertEquals(Preemption.qos(PreemptMode.REQUEUE).withExemptTime(SimTime.seconds(60)),
                s.scheduler().slurm().preemption());
        Path again = Files.writeString(dir.resolve("again.yaml"),
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ScenarioWriter.toMap(s)));
        assertEquals(s.scheduler(), new ScenarioLoader().load(again).scheduler(), "the echo reads back the same");
    }

    @Test
    void shouldNeverRunMoreThanGrpJobsAtOnceInAWholeRun() throws Exception {
        List<JobOutcome> out = run(load("qos: [{name: normal, grpJobs: 2}]"));
        for (JobOutcome at : out) {
            long running = out.stream().filter(o -> o.startTime() <= at.startTime() && o.endTime() > at.startTime())
                    .count();
            assertTrue(running <= 2, running + " jobs at " + at.startTime());
        }
        assertFalse(out.isEmpty());
    }

    @Test
    void shouldKeepEveryJobWithinGrpTresCpu() throws Exception {
        // Whole nodes of 4 CPUs under select/linear: GrpTRES=cpu=8 lets two nodes' jobs run at once.
        List<JobOutcome> free = run(load("scheduler: backfill"));
        List<JobOutcome> limited = run(load("qos: [{name: normal, grpTres: {cpu: 8}}]"));
        assertTrue(peakCpus(free) > 8, "without QOS the cluster runs more at once: " + peakCpus(free));
        assertTrue(peakCpus(limited) <= 8, "peak " + peakCpus(limited));
        assertFalse(limited.isEmpty());
    }

    @Test
    void shouldNeverLetRunningJobsHoldMoreThanGrpTresMinsUnderPriorityBasic() throws Exception {
        // priority/basic keeps no usage, so at every start the CPU x time-limit minutes of the running
        // jobs, the new one included, must fit in GrpTRESMins=cpu=2000.
        List<JobOutcome> out = run(load("qos: [{name: normal, grpTresMins: {cpu: 2000}}]"));
        assertFalse(out.isEmpty());
        for (JobOutcome at : out) {
            long held = 0;
            for (JobOutcome o : out) {
                if (o.startTime() <= at.startTime() && o.endTime() > at.startTime()) {
                    long minutes = (o.job().requestedTime() + SimTime.MINUTE - 1) / SimTime.MINUTE;
                    held += o.allocatedCores() * minutes;
                }
            }
            assertTrue(held <= 2000, held + " CPU-minutes held at " + at.startTime());
        }
    }

    @Test
    void shouldRunOneJobAtATimeForOneUserUnderMaxJobsPerUserOne() throws Exception {
        // Synthetic jobs carry no user: all are one (unnamed) user's.
        List<JobOutcome> out = run(load("qos: [{name: normal, maxJobsPerUser: 1}]"));
        out.sort((a, b) -> Long.compare(a.startTime(), b.startTime()));
        for (int i = 1; i < out.size(); i++) {
            assertTrue(out.get(i).startTime() >= out.get(i - 1).endTime(), "job " + out.get(i).job().id());
        }
    }

    @Test
    void shouldWriteTheQosBackAsTheyWereRead() throws Exception {
        Scenario s = load("""
                qos: [{name: normal, priority: 5}, {name: big, maxJobsPerUser: 3, grpTres: {node: 2}}]
                defaultQos: big
                """);
        Path again = Files.writeString(dir.resolve("again.yaml"),
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ScenarioWriter.toMap(s)));
        assertEquals(s.scheduler(), new ScenarioLoader().load(again).scheduler());
    }

    @Test
    void shouldRefuseGrpTresMinsInOneLineWhenTheSlurmConfNeverDecaysUsage() throws Exception {
        Path conf = Path.of(SlurmQosRunTest.class.getResource("/slurmconf-run/slurm.conf").toURI());
        Files.writeString(dir.resolve("slurm.conf"), Files.readString(conf)
                + "PriorityType=priority/multifactor\nPriorityDecayHalfLife=0\n");
        Path yaml = Files.writeString(dir.resolve("conf.yaml"), """
                name: conf-qos
                scheduler:
                  policy: slurm
                  slurm: {conf: slurm.conf, qos: [{name: normal, grpTresMins: {cpu: 1000}}]}
                workload: {synthetic: {model: poisson, jobs: 5, load: 0.5}}
                """);
        Scenario s = new ScenarioLoader().load(yaml);
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(s));
        assertEquals("scheduler.slurm.qos: GrpTRESMins needs a PriorityDecayHalfLife above 0 (the slurm.conf sets"
                + " PriorityDecayHalfLife=0; PriorityUsageResetPeriod is not modelled)", e.getMessage());
    }

    private String error(String slurm) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(slurm));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
    }

    @Test
    void shouldNameTheBadFieldInOneLine() {
        assertEquals("scheduler.slurm.qos[0].name: is required (the QOS's name)", error("qos: [{priority: 1}]"));
        assertEquals("scheduler.slurm.qos[0].priority: must be a whole number from 0 to 4294967295, got -1",
                error("qos: [{name: a, priority: -1}]"));
        assertEquals("scheduler.slurm.qos[0].maxJobsPerUser: must be 0 or more, got -2",
                error("qos: [{name: a, maxJobsPerUser: -2}]"));
        assertEquals("scheduler.slurm.qos[0].grpTres: unknown TRES 'mem' (allowed: cpu, node, gres/gpu)",
                error("qos: [{name: a, grpTres: {mem: 10}}]"));
        assertEquals("scheduler.slurm.qos: QOS a preempts 'gold', which is no QOS",
                error("qos: [{name: a, preempt: [gold]}]"));
        assertEquals("scheduler.slurm.qos: QOS preemption loop: a -> normal -> a",
                error("qos: [{name: a, preempt: [normal]}, {name: normal, preempt: [a]}]"));
        assertEquals("scheduler.slurm.qos[0].preempt: QOS a names itself (a QOS cannot preempt itself)",
                error("qos: [{name: a, preempt: [a]}]"));
        assertEquals("scheduler.slurm.qos[0].preemptMode: 'suspend' is not modelled yet (allowed: cancel, requeue,"
                + " off or cluster for the cluster's mode)", error("qos: [{name: a, preemptMode: suspend}]"));
        assertEquals("scheduler.slurm.qos[0].maxWall: must be 0 or more, got -5", error("qos: [{name: a, maxWall: -5}]"));
        assertEquals("scheduler.slurm.qos[0].maxTresPerJob: unknown TRES 'mem' (allowed: cpu, node, gres/gpu)",
                error("qos: [{name: a, maxTresPerJob: {mem: 10}}]"));
        assertEquals("scheduler.slurm.qos[0].maxTresPerUser.cpu: must be 0 or more, got -1",
                error("qos: [{name: a, maxTresPerUser: {cpu: -1}}]"));
        assertEquals("scheduler.slurm.qos[0].grpJobs: must be 0 or more, got -3", error("qos: [{name: a, grpJobs: -3}]"));
        assertEquals("scheduler.slurm.preemption.type: partition_prio needs partitions of several PriorityTiers: give"
                + " it in a slurm.conf (scheduler.slurm.conf)", error("preemption: {type: partition_prio}"));
        assertEquals("scheduler.slurm.preemption.mode: must be cancel or requeue under preempt/qos (the mode of a QOS"
                + " without its own preemptMode), got 'off'", error("preemption: {type: qos, mode: off}"));
        assertEquals("scheduler.slurm.defaultQos: names no QOS of the qos list: 'gold'",
                error("qos: [{name: a}]\ndefaultQos: gold"));
        assertEquals("scheduler.slurm.qos: QOS a appears twice (QOS names are unique)",
                error("qos: [{name: a}, {name: a}]"));
        assertEquals("scheduler.slurm.qos[0].flags: unknown QOS flag 'NoReserv' (allowed: DenyOnLimit, NoReserve,"
                + " OverPartQOS, PartitionMaxNodes, PartitionMinNodes, PartitionTimeLimit)",
                error("qos: [{name: a, flags: [NoReserv]}]"));
        assertEquals("scheduler.slurm.qos[0].flags: 'NoDecay' is a Slurm QOS flag this model does not act on yet"
                + " (allowed: DenyOnLimit, NoReserve, OverPartQOS, PartitionMaxNodes, PartitionMinNodes,"
                + " PartitionTimeLimit)", error("qos: [{name: a, flags: [NoDecay]}]"));
    }
}
