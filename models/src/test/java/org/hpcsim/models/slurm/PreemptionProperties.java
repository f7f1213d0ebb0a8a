package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.nodes;
import static org.hpcsim.models.slurm.SlurmReplay.tiered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;

/**
 * Invariants of preempt/partition_prio on random workloads over three overlapping partitions:
 * low (tier 1, the mode under test, all nodes), mid (tier 2, REQUEUE, the first six nodes) and
 * high (tier 3, OFF, the last six).
 */
class PreemptionProperties {
    private static final int NODES = 8;
    private static final int CPUS = 4;
    private static final String[] PARTITIONS = {"low", "mid", "high"};

    @Provide
    Arbitrary<List<Job>> workloads() {
        Arbitrary<Job> job = Combinators.combine(Arbitraries.integers().between(0, 900),
                Arbitraries.integers().between(1, 400), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 2))
                .as((submit, run, slack, size, byCpu, part) -> SlurmReplay.inPartition(byCpu == 1
                        ? SlurmReplay.cpuJob(0, submit, run, (long) run * slack, size * 3)
                        : SlurmReplay.job(0, submit, run, (long) run * slack, size), PARTITIONS[part]));
        return job.list().ofMinSize(1).ofMaxSize(40).map(SlurmReplay::numbered);
    }

    private static SlurmConfig config(SchedulerType type, SelectType select, PreemptMode lowMode, boolean ticks) {
        SchedulerParams p = ticks ? SchedulerParams.defaults() : SlurmReplay.params(7, 5);
        SlurmConfig u = SlurmConfig.uniform(NODES, CPUS, type, select, p);
        List<Partition> parts = List.of(tiered("low", nodes(0, 7), true, 1, lowMode),
                tiered("mid", nodes(0, 5), false, 2, PreemptMode.REQUEUE),
                tiered("high", nodes(2, 7), false, 3, PreemptMode.OFF));
        return new SlurmConfig(u.nodes(), parts, type, select, p, true, null).withPreemption(Preemption.partitionPrio());
    }

    /** The same with some submissions job arrays of up to four tasks, whose waiting tasks are one record. */
    @Provide
    Arbitrary<List<Job>> arrayWorkloads() {
        return SlurmReplay.withArrays(workloads(), 4);
    }

    @Property(tries = 300)
    void shouldKeepEveryJobAccountedForAndNeverOversubscribe(@ForAll("workloads") List<Job> jobs,
            @ForAll SchedulerType type, @ForAll SelectType select, @ForAll PreemptMode lowMode,
            @ForAll boolean ticks) {
        assertAccountedForAndNeverOversubscribed(jobs, type, select, lowMode, ticks);
    }

    @Property(tries = 200)
    void shouldKeepEveryArrayTaskAccountedForAndNeverOversubscribe(@ForAll("arrayWorkloads") List<Job> jobs,
            @ForAll SchedulerType type, @ForAll SelectType select, @ForAll PreemptMode lowMode,
            @ForAll boolean ticks) {
        assertAccountedForAndNeverOversubscribed(jobs, type, select, lowMode, ticks);
    }

    private static void assertAccountedForAndNeverOversubscribed(List<Job> jobs, SchedulerType type,
            SelectType select, PreemptMode lowMode, boolean ticks) {
        SlurmReplay.Result r = SlurmReplay.run(config(type, select, lowMode, ticks), jobs);
        assertTrue(r.endedTwice.isEmpty(), "ended twice: " + r.endedTwice);
        assertEquals(jobs.size(), r.outcomes.size() + r.rejected.size(), "every job ends once or is refused");

        List<JobOutcome> runs = new ArrayList<>(r.outcomes.values());
        runs.addAll(r.requeued);
        List<long[]> changes = new ArrayList<>();
        for (JobOutcome o : runs) {
            changes.add(new long[] {o.startTime(), o.allocatedCores()});
            changes.add(new long[] {o.endTime(), -o.allocatedCores()});
        }
        changes.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
        long used = 0;
        for (long[] c : changes) {
            used += c[1];
            assertTrue(used <= NODES * CPUS, "CPUs in use " + used + " at " + c[0]);
        }

        long cancelled = 0;
        for (JobOutcome o : r.outcomes.values()) {
            if (o.endState() == JobEndState.PREEMPTED) {
                cancelled++;
                assertEquals("low", o.partition(), "only low's jobs can be cancelled");
                assertEquals(PreemptMode.CANCEL, lowMode);
            }
        }
        for (JobOutcome lost : r.requeued) {
            assertTrue(!lost.partition().equals("high") && (lost.partition().equals("mid")
                    || lowMode == PreemptMode.REQUEUE), "requeued from " + lost.partition() + " under " + lowMode);
            JobOutcome last = r.outcomes.get(lost.job().id());
            assertTrue(last.endState() == JobEndState.COMPLETED || last.endState() == JobEndState.TIMEOUT,
                    "a requeued job runs again to its end: " + last.endState());
            assertTrue(last.startTime() >= lost.endTime() + SimTime.seconds(121), "not before its begin time");
        }
        Statistics.label("preempted").collect(r.stats.preemption().any());
        assertEquals(r.requeued.size(), r.stats.preemption().requeued());
        assertEquals(cancelled, r.stats.preemption().cancelled());
    }

    /**
     * Preemption configured with nothing preemptable preempts nothing and leaves every job its
     * runs. The schedule itself may differ from preempt/none's: with preemption configured at all,
     * _pick_best_nodes counts no node busy, so a job that would not fit even on idle nodes fails
     * no partition in the main loop (MainLoopPartitionFailureTest, from a real slurmctld).
     */
    @Property(tries = 100)
    void shouldNeverPreemptWhenNoPartitionIsPreemptable(@ForAll("workloads") List<Job> jobs,
            @ForAll SchedulerType type, @ForAll SelectType select) {
        SlurmConfig c = config(type, select, PreemptMode.OFF, false);
        List<Partition> off = c.partitions().stream()
                .map(p -> tiered(p.name(), p.nodes(), p.isDefault(), p.priorityTier(), PreemptMode.OFF)).toList();
        SlurmConfig none = new SlurmConfig(c.nodes(), off, type, select, c.params(), true, null)
                .withPreemption(c.preemption());
        SlurmReplay.Result with = SlurmReplay.run(none, jobs);
        SlurmReplay.Result without = SlurmReplay.run(none.withPreemption(Preemption.NONE), jobs);
        assertTrue(with.requeued.isEmpty());
        assertEquals(without.outcomes.keySet(), with.outcomes.keySet(), "the same jobs run");
        for (JobOutcome o : with.outcomes.values()) {
            assertTrue(o.endState() != JobEndState.PREEMPTED, "job " + o.job().id() + " preempted");
            assertEquals(without.outcomes.get(o.job().id()).runTime(), o.runTime(), "job " + o.job().id() + " runs whole");
        }
        Statistics.label("schedule differs").collect(without.outcomes.values().stream()
                .anyMatch(o -> o.startTime() != with.outcomes.get(o.job().id()).startTime()));
    }
}
