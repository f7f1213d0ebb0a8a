package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.MetricsCollector;
import org.hpcsim.models.run.NodeFailures;
import org.hpcsim.models.run.RunObservers;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;

/**
 * Invariants of node failures under the Slurm model on random workloads over eight 4-CPU nodes,
 * the last four Spot (interrupted) and all failing by hardware: a zero rate changes nothing at
 * all (what keeps the oracle's runs as they are), a seed gives one run, every job ends once, and
 * the core-seconds jobs held are their useful work plus what failures lost.
 */
class NodeOutageProperties {
    private static final int NODES = 8;
    private static final int CPUS = 4;

    @Provide
    Arbitrary<List<Job>> workloads() {
        return SlurmReplay.workloads(900, 400, 3, 6, 3, 40);
    }

    private static SlurmConfig config(SchedulerType type, SelectType select, boolean ticks) {
        SchedulerParams p = ticks ? SchedulerParams.defaults() : SlurmReplay.params(7, 5);
        return SlurmConfig.uniform(NODES, CPUS, type, select, p);
    }

    /** Spot interruptions of the last four nodes and hardware failures of all, {@code perNodeSecond} each. */
    private static NodeFailures failures(double perNodeSecond, boolean requeue, Checkpointing checkpoints) {
        return new NodeFailures(List.of(
                new FailureProcess(FailureProcess.SPOT, 4, 4, perNodeSecond, SimTime.seconds(270), false, requeue,
                        "spot.interruptions"),
                new FailureProcess(FailureProcess.HARDWARE, 0, NODES, perNodeSecond / 2, SimTime.seconds(600), true,
                        requeue, "node.failures")), checkpoints);
    }

    @Property(tries = 150)
    void shouldRunExactlyAsWithoutFailuresWhenTheRateIsZero(@ForAll("workloads") List<Job> jobs,
            @ForAll SchedulerType type, @ForAll SelectType select, @ForAll boolean ticks) {
        SlurmConfig c = config(type, select, ticks);
        SlurmReplay.Result plain = SlurmReplay.run(c, jobs);
        SlurmReplay.Result zero = SlurmReplay.run(c, jobs, failures(0, true, Checkpointing.NONE), 1);
        assertEquals(new ArrayList<>(plain.outcomes.values()), new ArrayList<>(zero.outcomes.values()));
        RunStats a = plain.stats;
        RunStats b = zero.stats;
        assertEquals(List.of(a.events(), a.schedulingPasses(), a.endTime()),
                List.of(b.events(), b.schedulingPasses(), b.endTime()));
        assertEquals(0, b.interruptions().spotInterruptions() + b.interruptions().hardwareFailures());
    }

    @Property(tries = 150)
    void shouldEndEveryJobOnceAndCountItsCoreSecondsAsUsefulPlusLost(@ForAll("workloads") List<Job> jobs,
            @ForAll SchedulerType type, @ForAll SelectType select, @ForAll boolean ticks, @ForAll boolean requeue,
            @ForAll @LongRange(min = 1, max = 1000) long seed) {
        SlurmConfig c = config(type, select, ticks);
        SlurmReplay.Result r = new SlurmReplay.Result();
        MetricsCollector metrics = new MetricsCollector((long) NODES * CPUS);
        r.stats = new SlurmController(c, new ListJobSource(jobs), true, RunObservers.of(List.of(metrics, r)),
                new SlurmRunOptions(List.of(), false, failures(1.0 / 2000, requeue, Checkpointing.NONE),
                        new RandomStreams(seed), null, null)).run();
        assertTrue(r.endedTwice.isEmpty(), "ended twice: " + r.endedTwice);
        assertEquals(jobs.size(), r.outcomes.size() + r.rejected.size(), "every job ends once or is refused");
        double useful = 0;
        for (JobOutcome o : r.outcomes.values()) {
            if (o.endState() != JobEndState.NODE_FAIL) {
                assertEquals(o.job().runTime(), o.runTime(), "a last run does the whole job: no checkpoints");
                useful += o.allocatedCores() * SimTime.toSeconds(o.runTime());
            }
        }
        double lost = 0;
        List<JobOutcome> failed = new ArrayList<>(r.requeued);
        r.outcomes.values().stream().filter(o -> o.endState() == JobEndState.NODE_FAIL)
                .forEach(failed::add);
        for (JobOutcome o : failed) {
            lost += o.allocatedCores() * SimTime.toSeconds(o.runTime());
        }
        assertEquals(lost, r.stats.interruptions().lostCpuSeconds(), 1e-6);
        assertEquals((useful + lost) / 3600, metrics.metrics().coreHours(), 1e-6);
        assertEquals(r.requeued.size(), r.stats.interruptions().requeued());
        assertEquals(failed.size() - r.requeued.size(), r.stats.interruptions().failed());
    }

    @Property(tries = 60)
    void shouldGiveTheSameRunForTheSameSeed(@ForAll("workloads") List<Job> jobs, @ForAll SchedulerType type,
            @ForAll SelectType select, @ForAll boolean ticks, @ForAll @LongRange(min = 1, max = 1000) long seed) {
        SlurmConfig c = config(type, select, ticks);
        NodeFailures f = failures(1.0 / 2000, true, new Checkpointing(SimTime.seconds(60), SimTime.seconds(5)));
        SlurmReplay.Result a = SlurmReplay.run(c, jobs, f, seed);
        SlurmReplay.Result b = SlurmReplay.run(c, jobs, f, seed);
        assertEquals(new ArrayList<>(a.outcomes.values()), new ArrayList<>(b.outcomes.values()));
        assertEquals(a.requeued, b.requeued);
        assertEquals(a.stats, b.stats);
    }

    @Example
    void shouldGiveAnotherRunForAnotherSeed() {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            jobs.add(SlurmReplay.job(i + 1, 60L * i, 600 + (i * 97L) % 900, 3000, 1 + i % 4));
        }
        SlurmConfig c = config(SchedulerType.BACKFILL, SelectType.LINEAR, true);
        NodeFailures f = failures(1.0 / 2000, true, Checkpointing.NONE);
        SlurmReplay.Result a = SlurmReplay.run(c, jobs, f, 5);
        SlurmReplay.Result b = SlurmReplay.run(c, jobs, f, 6);
        assertTrue(a.stats.interruptions().requeued() > 0, "the rate is high enough to fail some runs");
        assertNotEquals(new ArrayList<>(a.outcomes.values()), new ArrayList<>(b.outcomes.values()));
        assertEquals(jobs.size(), a.outcomes.size());
    }
}
