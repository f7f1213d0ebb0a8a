package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.QosLimitsTest.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.PreemptionStats;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobLinks;
import org.junit.jupiter.api.Test;

/** preempt/qos on hand-made cases: one-CPU nodes, select/linear, an idealised controller, one partition. */
class QosPreemptionTest {
    private static QosPreemptRule preempts(String... names) {
        return new QosPreemptRule(List.of(names), null, -1);
    }

    /**
     * When a job that preempted at 10 s under sched/builtin (priority/basic, one tier: fifo_sched)
     * starts: its preempt_in_progress keeps it out of the passes until sched/builtin's thread builds
     * a queue at 30 s, and the next pass is the sched_interval one at 60 s.
     */
    private static final long HELD_UNTIL_PERIODIC_PASS = 60;

    /** normal (0), low (10), lower (5) and high (100), high preempting low and lower. */
    private static SlurmConfig cluster(int nodes, SchedulerType type, Preemption p, Qos low) {
        SlurmConfig c = SlurmConfig.uniform(nodes, 1, type, SelectType.LINEAR, SlurmReplay.params(1, 1));
        return c.withPreemption(p).withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), low,
                Qos.unlimited("lower", 5), Qos.unlimited("high", 100).withPreemption(preempts("low", "lower"))),
                "normal"));
    }

    private static SlurmReplay.Result lowThenHigh(Preemption p, Qos low, SchedulerType type) {
        return SlurmReplay.run(cluster(2, type, p, low), List.of(job(1, 0, 1000, 2000, 2, 2, "a", "x", "low"),
                job(2, 10, 100, 200, 2, 2, "b", "x", "high")));
    }

    @Test
    void shouldHoldAllOfAnArraysWaitingTasksAfterOneOfThemPreempted() {
        // fifo_sched: task 0 of a high array preempts job 1 at 10. preempt_in_progress is on the
        // array's waiting record, so task 1 does not take the freed nodes in the pass job 1's end
        // brings: task 0 starts at the periodic pass, task 1 after it.
        List<Job> jobs = new ArrayList<>(List.of(job(1, 0, 1000, 2000, 2, 2, "a", "x", "low")));
        for (int t = 0; t < 2; t++) {
            jobs.add(SbatchDependencyTest.linked(job(ArrayTaskIds.of(8, t), 10, 100, 200,
                    2, 2, "b", "x", "high"), JobLinks.NONE.asTask(8, t, 0)));
        }
        SlurmReplay.Result r = SlurmReplay.run(cluster(2, SchedulerType.BUILTIN, Preemption.qos(PreemptMode.CANCEL),
                Qos.unlimited("low", 10)), jobs);
        assertEquals(10, r.end(1));
        assertEquals(HELD_UNTIL_PERIODIC_PASS, r.start(ArrayTaskIds.of(8, 0)));
        assertEquals(HELD_UNTIL_PERIODIC_PASS + 100, r.start(ArrayTaskIds.of(8, 1)));
    }

    @Test
    void shouldCancelAJobOfAPreemptableQosSoTheHighQosJobStarts() {
        SlurmReplay.Result r = lowThenHigh(Preemption.qos(PreemptMode.CANCEL), Qos.unlimited("low", 10),
                SchedulerType.BUILTIN);
        assertEquals(10, r.end(1));
        assertEquals(JobEndState.PREEMPTED, r.outcomes.get(1L).endState());
        assertEquals(HELD_UNTIL_PERIODIC_PASS, r.start(2));
        assertEquals(new PreemptionStats(0, 1, 20.0), r.stats.preemption());
    }

    @Test
    void shouldRequeueWhenTheVictimsQosSaysRequeueOverTheClustersCancel() {
        Qos low = Qos.unlimited("low", 10).withPreemption(new QosPreemptRule(List.of(), PreemptMode.REQUEUE, -1));
        SlurmReplay.Result r = lowThenHigh(Preemption.qos(PreemptMode.CANCEL), low, SchedulerType.BUILTIN);
        assertEquals(1, r.requeued.size());
        assertEquals(HELD_UNTIL_PERIODIC_PASS, r.start(2));
        // Eligible at 10 + 121 = 131; job 2 holds both nodes until 160, and its end's pass starts it.
        assertEquals(160, r.start(1));
        assertEquals(JobEndState.COMPLETED, r.outcomes.get(1L).endState());
        assertEquals(new PreemptionStats(1, 0, 20.0), r.stats.preemption());
    }

    @Test
    void shouldRequeueUnderTheClustersModeAndLetBackfillRestartTheVictim() {
        SlurmReplay.Result r = lowThenHigh(Preemption.qos(PreemptMode.REQUEUE), Qos.unlimited("low", 10),
                SchedulerType.BACKFILL);
        assertEquals(10, r.start(2));
        assertEquals(131, r.start(1), "bf_interval 1 s: backfill starts it at its begin time");
        assertTrue(r.endedTwice.isEmpty());
    }

    @Test
    void shouldPreemptTheLowestQosPriorityFirstAndNeverAQosOffTheList() {
        // 3 nodes busy with jobs of low (10), lower (5) and normal (not on high's list). High's
        // one-node job 4 preempts job 2 of lower, though job 1 of low is older.
        SlurmReplay.Result r = SlurmReplay.run(cluster(3, SchedulerType.BUILTIN, Preemption.qos(PreemptMode.CANCEL),
                Qos.unlimited("low", 10)), List.of(job(1, 0, 1000, 2000, 1, 1, "a", "x", "low"),
                job(2, 0, 1000, 2000, 1, 1, "a", "x", "lower"), job(3, 0, 1000, 2000, 1, 1, "a", "x", ""),
                job(4, 10, 100, 200, 1, 1, "b", "x", "high")));
        assertEquals(JobEndState.PREEMPTED, r.outcomes.get(2L).endState());
        assertEquals(HELD_UNTIL_PERIODIC_PASS, r.start(4));
        assertEquals(1000, r.end(1));
        assertEquals(1000, r.end(3));
    }

    @Test
    void shouldWaitWhenOnlyJobsOfQosOffThePreemptListHoldTheNodes() {
        SlurmReplay.Result r = SlurmReplay.run(cluster(1, SchedulerType.BACKFILL, Preemption.qos(PreemptMode.CANCEL),
                Qos.unlimited("low", 10)), List.of(job(1, 0, 100, 200, 1, 1, "a", "x", ""),
                job(2, 10, 100, 200, 1, 1, "b", "x", "high"), job(3, 20, 10, 200, 1, 1, "b", "x", "low")));
        assertEquals(100, r.start(2));
        assertEquals(PreemptionStats.NONE, r.stats.preemption());
        assertEquals(200, r.start(3), "a job of low never preempts");
    }

    @Test
    void shouldHoldOffPreemptionUntilTheVictimsQosPreemptExemptTimeHasPassed() {
        // low's PreemptExemptTime 100 s wins over the cluster's 0: job 1 cannot be preempted at 10.
        Qos low = Qos.unlimited("low", 10).withPreemption(new QosPreemptRule(List.of(), null, SimTime.seconds(100)));
        SlurmReplay.Result r = lowThenHigh(Preemption.qos(PreemptMode.CANCEL), low, SchedulerType.BACKFILL);
        assertEquals(JobEndState.PREEMPTED, r.outcomes.get(1L).endState());
        assertTrue(r.start(2) >= 100 && r.start(2) < 200, "preempted once exempt no more, at " + r.start(2));
        assertEquals(r.end(1), r.start(2));
    }

    @Test
    void shouldKeepCountingARequeuedJobAgainstMaxSubmitJobsPerUserButNotACancelledOne() {
        // low has MaxSubmitJobsPerUser=1: Alice's job 1 is preempted at 10; her job 3 comes at 20.
        for (PreemptMode mode : List.of(PreemptMode.REQUEUE, PreemptMode.CANCEL)) {
            Qos low = Qos.unlimited("low", 10).withJobs(new QosJobCounts(Qos.UNLIMITED, Qos.UNLIMITED, Qos.UNLIMITED, 1));
            SlurmReplay.Result r = SlurmReplay.run(cluster(2, SchedulerType.BUILTIN, Preemption.qos(mode), low),
                    List.of(job(1, 0, 1000, 2000, 2, 2, "a", "x", "low"), job(2, 10, 100, 200, 2, 2, "b", "x", "high"),
                            job(3, 20, 10, 200, 1, 1, "a", "x", "low")));
            List<String> refused = mode == PreemptMode.REQUEUE
                    ? List.of("3: QOS low refuses the submission (QOSMaxSubmitJobPerUserLimit)") : List.of();
            assertEquals(refused, r.rejected, mode.toString());
        }
    }

    @Test
    void shouldRefusePreemptQosWithModeOff() {
        assertThrows(IllegalArgumentException.class, () -> Preemption.qos(PreemptMode.OFF));
    }

    @Test
    void shouldLeavePartitionPrioModesAloneWhenQosNameAPreemptMode() {
        // Under partition_prio a QOS's PreemptMode is not read: the partition's CANCEL applies.
        Qos low = Qos.unlimited("low", 10).withPreemption(new QosPreemptRule(List.of(), PreemptMode.REQUEUE, -1));
        SlurmConfig c = SlurmReplay.partitioned(2, SchedulerType.BUILTIN, SlurmReplay.params(1, 1),
                SlurmReplay.tiered("lowp", SlurmReplay.nodes(0, 1), true, 1, PreemptMode.CANCEL),
                SlurmReplay.tiered("highp", SlurmReplay.nodes(0, 1), false, 2, PreemptMode.OFF))
                .withPreemption(Preemption.partitionPrio())
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), low), "normal"));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(1, 0, 1000, "lowp", "low"),
                inPartition(2, 10, 100, "highp", "")));
        assertEquals(JobEndState.PREEMPTED, r.outcomes.get(1L).endState());
        assertEquals(10, r.start(2));
    }

    @Test
    void shouldLetAnOlderJobOfThePreemptedQosTakeTheNodesItsPreemptorFreed() {
        // priority/basic ranks jobs by submit order whatever their QOS. Job 2 (low) waits on
        // GrpJobs=1 while job 1 runs; job 3 (normal) needs both nodes and blocks the main loop; the
        // backfill pass at 3 s finds job 4 (high) can run before job 3's reservation by preempting
        // job 1, requeues it, and job 4 waits for the nodes. The pass that follows walks by
        // priority: job 2, no longer over GrpJobs, takes a node, so jobs 3 and 4 wait for its end.
        // The shape the QOS property meets, where jobs of g take turns for ever.
        Qos low = Qos.unlimited("low", 10).withJobs(new QosJobCounts(Qos.UNLIMITED, Qos.UNLIMITED, 1, Qos.UNLIMITED));
        SlurmReplay.Result r = SlurmReplay.run(cluster(2, SchedulerType.BACKFILL, Preemption.qos(PreemptMode.REQUEUE),
                low), List.of(job(1, 0, 100, 200, 1, 1, "a", "x", "low"), job(2, 1, 100, 200, 1, 1, "a", "x", "low"),
                job(3, 2, 10, 20, 2, 2, "c", "x", ""), job(4, 3, 10, 20, 2, 2, "b", "x", "high")));
        assertEquals(1, r.requeued.size());
        assertEquals(3, r.requeued.get(0).endTime() / SimTime.SECOND);
        assertEquals(3, r.start(2));
        assertEquals(r.end(2), r.start(3));
        assertEquals(r.end(3), r.start(4));
        assertEquals(3 + 121, r.start(1));
    }

    /** A two-node job in {@code partition} and {@code qos}. */
    private static Job inPartition(long id, long submit, long run, String partition, String qos) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(2 * run), 2, 2, 0,
                new JobLabels("a", "", "x", partition, "", qos, ""), JobHistory.UNKNOWN, -1, -1);
    }
}
