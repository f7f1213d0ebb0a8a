package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.inPartition;
import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.hpcsim.models.slurm.SlurmReplay.nodes;
import static org.hpcsim.models.slurm.SlurmReplay.tiered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.PreemptionStats;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** preempt/partition_prio on hand-made cases: one-CPU nodes, select/linear, an idealised controller. */
class PreemptionTest {
    private static SlurmConfig cluster(int nodes, SchedulerType type, Preemption p, Partition... parts) {
        return SlurmReplay.partitioned(nodes, type, SlurmReplay.params(1, 1), parts).withPreemption(p);
    }

    private static SlurmConfig cluster(int nodes, SchedulerType type, Partition... parts) {
        return cluster(nodes, type, Preemption.partitionPrio(), parts);
    }

    /** Two nodes shared by a low partition preempted as {@code mode} and a high one of tier 2. */
    private static SlurmReplay.Result lowThenHigh(PreemptMode mode, int highTier, SchedulerType type) {
        SlurmConfig c = cluster(2, type, tiered("low", nodes(0, 1), true, 1, mode),
                tiered("high", nodes(0, 1), false, highTier, PreemptMode.OFF));
        return SlurmReplay.run(c, List.of(inPartition(job(1, 0, 1000, 2000, 2), "low"),
                inPartition(job(2, 10, 100, 200, 2), "high")));
    }

    private static JobEndState state(SlurmReplay.Result r, long id) {
        return r.outcomes.get(id).endState();
    }

    @Test
    void shouldCancelALowTierJobSoAHighTierJobStartsAtOnce() {
        SlurmReplay.Result r = lowThenHigh(PreemptMode.CANCEL, 2, SchedulerType.BUILTIN);
        assertEquals(10, r.end(1), "cancelled when the high-tier job could not start");
        assertEquals(JobEndState.PREEMPTED, state(r, 1));
        assertEquals(10, r.start(2), "starts on the pass right after the preemption");
        assertTrue(r.requeued.isEmpty());
        assertEquals(new PreemptionStats(0, 1, 20.0), r.stats.preemption(), "2 CPUs for 10 s lost");
    }

    @Test
    void shouldRequeueALowTierJobToRestartFromZeroAtTheNextPeriodicPassAfterItsBeginTime() {
        SlurmReplay.Result r = lowThenHigh(PreemptMode.REQUEUE, 2, SchedulerType.BUILTIN);
        assertEquals(1, r.requeued.size());
        JobOutcome lost = r.requeued.get(0);
        assertEquals(0, lost.startTime());
        assertEquals(10 * SimTime.SECOND, lost.endTime());
        assertEquals(JobEndState.REQUEUED, lost.endState());
        assertEquals(10, r.start(2));
        // Eligible at 10 + 121 = 131; the next sched_interval pass (every 60 s) is at 180; it runs its full 1000 s again.
        assertEquals(180, r.start(1));
        assertEquals(1180, r.end(1));
        assertEquals(JobEndState.COMPLETED, state(r, 1));
        assertEquals(180 * SimTime.SECOND, r.outcomes.get(1L).waitTime(), "wait counts from the first submission");
        assertEquals(new PreemptionStats(1, 0, 20.0), r.stats.preemption());
        assertTrue(r.endedTwice.isEmpty());
    }

    @Test
    void shouldKillRatherThanRequeueUnderJobRequeueZero() {
        // A real slurmctld 22.05.8 with PreemptMode=REQUEUE and JobRequeue=0 logged "preempted
        // JobId=1 had to be killed"; its state was PREEMPTED.
        SlurmConfig c = cluster(2, SchedulerType.BUILTIN, tiered("low", nodes(0, 1), true, 1, PreemptMode.REQUEUE),
                tiered("high", nodes(0, 1), false, 2, PreemptMode.OFF)).withJobRequeue(false);
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(job(1, 0, 1000, 2000, 2), "low"),
                inPartition(job(2, 10, 100, 200, 2), "high")));
        assertTrue(r.requeued.isEmpty());
        assertEquals(10, r.end(1));
        assertEquals(JobEndState.PREEMPTED, state(r, 1));
        assertEquals(10, r.start(2));
        assertEquals(new PreemptionStats(0, 1, 20.0), r.stats.preemption());
    }

    @Test
    void shouldLetBackfillStartARequeuedJobAsSoonAsItIsEligibleUnderAnIdealisedController() {
        // A ticking controller's backfill sees it only after a change (IdleBackfillPassTest).
        SlurmReplay.Result r = lowThenHigh(PreemptMode.REQUEUE, 2, SchedulerType.BACKFILL);
        assertEquals(131, r.start(1), "bf_interval 1 s: the backfill pass at its begin time starts it");
    }

    @Test
    void shouldNeverPreemptJobsOfAPartitionWhosePreemptModeIsOff() {
        SlurmReplay.Result r = lowThenHigh(PreemptMode.OFF, 2, SchedulerType.BACKFILL);
        assertEquals(1000, r.end(1));
        assertEquals(1000, r.start(2));
        assertEquals(PreemptionStats.NONE, r.stats.preemption());
    }

    @Test
    void shouldNeverPreemptJobsOfTheSameTier() {
        SlurmReplay.Result r = lowThenHigh(PreemptMode.REQUEUE, 1, SchedulerType.BACKFILL);
        assertEquals(1000, r.start(2));
        assertTrue(r.requeued.isEmpty());
    }

    @Test
    void shouldNeverPreemptUnderPreemptNone() {
        SlurmConfig c = cluster(2, SchedulerType.BACKFILL, Preemption.NONE,
                tiered("low", nodes(0, 1), true, 1, PreemptMode.REQUEUE),
                tiered("high", nodes(0, 1), false, 2, PreemptMode.OFF));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(job(1, 0, 1000, 2000, 2), "low"),
                inPartition(job(2, 10, 100, 200, 2), "high")));
        assertEquals(1000, r.start(2));
    }

    @Test
    void shouldNotPreemptWhenTheJobCanStartAnyway() {
        SlurmConfig c = cluster(4, SchedulerType.BACKFILL, tiered("low", nodes(0, 3), true, 1, PreemptMode.REQUEUE),
                tiered("high", nodes(0, 3), false, 2, PreemptMode.OFF));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(job(1, 0, 1000, 2000, 2), "low"),
                inPartition(job(2, 10, 100, 200, 2), "high")));
        assertEquals(10, r.start(2));
        assertEquals(1000, r.end(1));
        assertTrue(r.requeued.isEmpty());
    }

    @Test
    void shouldPreemptTheLowestTierFirstEvenIfItsJobIsLarger() {
        SlurmConfig c = cluster(4, SchedulerType.BUILTIN,
                tiered("scavenger", nodes(0, 3), true, 1, PreemptMode.CANCEL),
                tiered("normal", nodes(0, 3), false, 2, PreemptMode.CANCEL),
                tiered("urgent", nodes(0, 3), false, 3, PreemptMode.OFF));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(job(1, 0, 1000, 2000, 1), "normal"),
                inPartition(job(2, 0, 1000, 2000, 3), "scavenger"), inPartition(job(3, 10, 100, 200, 1), "urgent")));
        assertEquals(JobEndState.PREEMPTED, state(r, 2));
        assertEquals(JobEndState.COMPLETED, state(r, 1));
        assertEquals(10, r.start(3));
    }

    @Test
    void shouldPreemptTheSmallestJobsFirstAndOnlyAsManyAsNeeded() {
        // Nodes: A on n1, B on n2-n3, C on n4. H needs 2 nodes: A and C (one node each) go first.
        SlurmConfig c = cluster(4, SchedulerType.BUILTIN, tiered("low", nodes(0, 3), true, 1, PreemptMode.CANCEL),
                tiered("high", nodes(0, 3), false, 2, PreemptMode.OFF));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(job(1, 0, 1000, 2000, 1), "low"),
                inPartition(job(2, 0, 1000, 2000, 2), "low"), inPartition(job(3, 0, 1000, 2000, 1), "low"),
                inPartition(job(4, 10, 100, 200, 2), "high")));
        assertEquals(List.of(JobEndState.PREEMPTED, JobEndState.COMPLETED, JobEndState.PREEMPTED),
                List.of(state(r, 1), state(r, 2), state(r, 3)));
        assertEquals(10, r.start(4));
    }

    @Test
    void shouldSpareAJobTheReorderedRetryFindsItDoesNotNeed() {
        // A on n1, B on n2-n3, X (high, not preemptable) on n4. H needs 2 nodes. Taking out A, then B
        // fits H on n1-n2; the retry starts with B, which alone frees n2-n3: only B is preempted.
        SlurmConfig c = cluster(4, SchedulerType.BUILTIN, tiered("low", nodes(0, 3), true, 1, PreemptMode.CANCEL),
                tiered("high", nodes(0, 3), false, 2, PreemptMode.OFF));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(job(1, 0, 1000, 2000, 1), "low"),
                inPartition(job(2, 0, 1000, 2000, 2), "low"), inPartition(job(3, 1, 1000, 2000, 1), "high"),
                inPartition(job(4, 10, 100, 200, 2), "high")));
        assertEquals(JobEndState.COMPLETED, state(r, 1));
        assertEquals(JobEndState.PREEMPTED, state(r, 2));
        assertEquals(10, r.start(4));
    }

    @Test
    void shouldPreemptTheYoungestJobFirstUnderPreemptYoungestFirst() {
        Partition low = tiered("low", nodes(0, 1), true, 1, PreemptMode.CANCEL);
        Partition high = tiered("high", nodes(0, 1), false, 2, PreemptMode.OFF);
        List<Job> jobs = List.of(inPartition(job(1, 0, 1000, 2000, 1), "low"),
                inPartition(job(2, 5, 1000, 2000, 1), "low"), inPartition(job(3, 10, 100, 200, 1), "high"));
        SlurmReplay.Result byTier = SlurmReplay.run(cluster(2, SchedulerType.BUILTIN, low, high), jobs);
        assertEquals(JobEndState.PREEMPTED, state(byTier, 1), "same tier and size: job list order, the older first");
        Preemption youngest = new Preemption(PreemptType.PARTITION_PRIO, 0, true, 1, false, SimTime.seconds(121),
                SimTime.seconds(40));
        SlurmReplay.Result byAge = SlurmReplay.run(cluster(2, SchedulerType.BUILTIN, youngest, low, high), jobs);
        assertEquals(JobEndState.PREEMPTED, state(byAge, 2));
        assertEquals(JobEndState.COMPLETED, state(byAge, 1));
    }

    @Test
    void shouldSpareAJobUntilItHasRunPreemptExemptTime() {
        SlurmConfig c = cluster(2, SchedulerType.BUILTIN,
                Preemption.partitionPrio().withExemptTime(SimTime.seconds(60)),
                tiered("low", nodes(0, 1), true, 1, PreemptMode.CANCEL),
                tiered("high", nodes(0, 1), false, 2, PreemptMode.OFF));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(job(1, 0, 1000, 2000, 2), "low"),
                inPartition(job(2, 10, 100, 200, 2), "high")));
        assertEquals(60, r.end(1), "preempted by the sched_interval pass once it has run 60 s");
        assertEquals(60, r.start(2));
    }

    @Test
    void shouldPreemptFromBackfillForAJobTheMainLoopNeverReaches() {
        // X (hi, all 4 nodes) blocks partition hi in the main loop, so Y (hi, 1 node) is never tried
        // there. Backfill reserves for X at R's end and finds Y fits now if L (low) goes: it
        // requeues L and reserves n3 for Y, which starts at the next backfill pass.
        SlurmConfig c = cluster(4, SchedulerType.BACKFILL, tiered("hi", nodes(0, 3), false, 2, PreemptMode.OFF),
                tiered("low", nodes(2, 3), true, 1, PreemptMode.REQUEUE));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(job(1, 0, 1000, 1000, 2), "hi"),
                inPartition(job(2, 0, 5000, 5000, 2), "low"), inPartition(job(3, 10, 100, 100, 4), "hi"),
                inPartition(job(4, 10, 50, 50, 1), "hi")));
        assertEquals(1, r.requeued.size());
        assertEquals(2, r.requeued.get(0).job().id());
        assertEquals(10 * SimTime.SECOND, r.requeued.get(0).endTime());
        assertEquals(11, r.start(4), "bf_interval 1 s after the pass that preempted");
        assertEquals(1000, r.start(3), "its reservation held");
    }

    @Test
    void shouldNotPreemptForAJobAMaintenanceWindowKeepsOffItsNodesUntilTheWindowEnds() {
        // n1 drained over [100, 300); the low job holds n2. The high job needs n1 and n2, but its 200 s
        // limit from 10 reaches into the window, so preempting the low job would not let it start:
        // nothing is preempted until the window ends, and then it preempts and starts.
        Maintenance window = new Maintenance("maint", SimTime.seconds(100), SimTime.seconds(300), nodes(0, 0));
        for (SchedulerType type : SchedulerType.values()) {
            SlurmConfig c = cluster(2, type, tiered("low", nodes(1, 1), true, 1, PreemptMode.CANCEL),
                    tiered("high", nodes(0, 1), false, 2, PreemptMode.OFF));
            SlurmReplay.Result r = new SlurmReplay.Result();
            r.stats = new SlurmController(c, List.of(window), new ListJobSource(List.of(
                    inPartition(job(1, 0, 1000, 2000, 1), "low"), inPartition(job(2, 10, 100, 200, 2), "high"))),
                    true, false, r).run();
            assertEquals(JobEndState.PREEMPTED, state(r, 1), type.toString());
            assertEquals(300, r.end(1), type + ": preempted when the window ends, not before");
            assertEquals(300, r.start(2), type.toString());
            assertEquals(new PreemptionStats(0, 1, 300.0), r.stats.preemption(), type.toString());
        }
    }

    @Test
    void shouldPreemptOnlyWhatAJobNeedsToStartWithinItsSwitchCount() {
        // Leaves s0 = n1-n2 and s1 = n3-n4; low jobs hold n1 and n3. The high job wants two nodes on
        // one leaf (--switches=1): n2 and n4 are free but on two leaves, so it preempts job 1 alone.
        SwitchTree tree = SwitchTree.builder(4).leaf("s0", 0, 1).leaf("s1", 2, 3).upper("root", "s0", "s1").build();
        for (SchedulerType type : SchedulerType.values()) {
            SlurmConfig c = cluster(4, type, tiered("low", SlurmReplay.nodes(0, 0), true, 1, PreemptMode.CANCEL),
                    tiered("low2", SlurmReplay.nodes(2, 2), false, 1, PreemptMode.CANCEL),
                    tiered("high", nodes(0, 3), false, 2, PreemptMode.OFF))
                    .withTopology(tree).withSwitches(new SwitchRequest(1, SimTime.seconds(600)));
            SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(job(1, 0, 1000, 2000, 1), "low"),
                    inPartition(job(2, 0, 1000, 2000, 1), "low2"), inPartition(job(3, 10, 100, 200, 2), "high")));
            assertEquals(JobEndState.PREEMPTED, state(r, 1), type.toString());
            assertEquals(JobEndState.COMPLETED, state(r, 2), type.toString());
            assertEquals(10, r.start(3), type.toString());
            assertEquals(1, r.outcomes.get(3L).leafSwitches(), type + ": on n1-n2 under s0");
        }
    }

    @Test
    void shouldReleaseTheDependantsOfACancelledJob() {
        // Job 3 follows job 1 with 30 s of think time; job 1 is cancelled at 10, so job 3 comes at 40
        // and starts when the high job ends.
        Job follower = inPartition(job(3, 5, 10, 20, 2), "low");
        follower = new Job(follower.id(), follower.submitTime(), follower.runTime(), follower.requestedTime(),
                follower.processors(), follower.nodes(), follower.gpus(), follower.labels(), follower.history(), 1,
                SimTime.seconds(30));
        SlurmConfig c = cluster(2, SchedulerType.BACKFILL, tiered("low", nodes(0, 1), true, 1, PreemptMode.CANCEL),
                tiered("high", nodes(0, 1), false, 2, PreemptMode.OFF));
        SlurmReplay.Result r = new SlurmReplay.Result();
        r.stats = new SlurmController(c, List.of(), new ListJobSource(List.of(
                inPartition(job(1, 0, 1000, 2000, 2), "low"), follower, inPartition(job(2, 10, 100, 200, 2), "high"))),
                true, true, r).run();
        assertEquals(JobEndState.PREEMPTED, state(r, 1));
        assertEquals(40, r.outcomes.get(3L).job().submitTime() / SimTime.SECOND);
        assertEquals(110, r.start(3));
    }
}
