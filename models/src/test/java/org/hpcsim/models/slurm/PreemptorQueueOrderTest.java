package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

/**
 * Under preempt/qos a pending job sorts before any pending job whose QOS its own may preempt,
 * whatever their priorities (job_scheduler.c sort_job_queue2, preempt_g_job_preempt_check), so an
 * older job of a preemptable QOS never takes the nodes a preemptor waits for; except where the
 * main loop does not sort (sched/builtin, priority/basic, one PriorityTier: fifo_sched).
 */
class PreemptorQueueOrderTest {
    private static final Qos G = Qos.unlimited("g", 10).withJobs(new QosJobCounts(Qos.UNLIMITED, Qos.UNLIMITED, 2, 3))
            .withMaxTresPerUser(new TresLimit(6, Qos.UNLIMITED, Qos.UNLIMITED));
    private static final Qos HIGH = Qos.unlimited("high", 100)
            .withPreemption(new QosPreemptRule(List.of("g"), null, -1));

    private static Job job(long id, long submit, long run, long limit, int nodes, int cpus, String user, String qos) {
        return QosLimitsTest.job(id, submit, run, limit, nodes, cpus, user, "acct", qos);
    }

    private static SlurmConfig config(int nodes, int cpus, SchedulerType type) {
        return SlurmConfig.uniform(nodes, cpus, type, SelectType.LINEAR, SchedulerParams.defaults())
                .withPreemption(Preemption.qos(PreemptMode.REQUEUE))
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), G, HIGH), "normal"));
    }

    @Test
    void shouldStartAPendingPreemptorBeforeAnOlderJobItMayPreempt() {
        // One node. X (normal, not preemptable by high) holds it until 100 s; G (g) waits from 10 s,
        // H (high) from 20 s. priority/basic ranks G first, but H sorts before it: H starts when X
        // ends, and G when H ends, no one preempted. Were G first, H would preempt it.
        SlurmReplay.Result r = SlurmReplay.run(config(1, 1, SchedulerType.BACKFILL), oneNodeAfterX());
        assertStartsOnEndOf(r, 3L, 1L);
        assertStartsOnEndOf(r, 2L, 3L);
        assertTrue(r.requeued.isEmpty(), "nobody is preempted");
    }

    @Test
    void shouldLeaveTheJobListUnsortedUnderBuiltinWithBasicPrioritiesAndOneTier() {
        // The same under sched/builtin: fifo_sched walks the job list, G before H, so G starts when
        // X ends (102 s) and H, tested next in that pass, preempts it. H's preempt_in_progress then
        // keeps it out of the passes until sched/builtin's thread builds a queue (every 30 s from
        // the controller's start at 0: 120 s); the periodic pass of 120 s starts it.
        SlurmReplay.Result r = SlurmReplay.run(config(1, 1, SchedulerType.BUILTIN), oneNodeAfterX());
        assertEquals(1, r.requeued.size());
        JobOutcome lost = r.requeued.get(0);
        assertEquals(2L, lost.job().id());
        assertTrue(lost.startTime() - r.outcomes.get(1L).endTime() < SimTime.seconds(10), "G starts on X's end");
        assertTrue(lost.endTime() < SimTime.seconds(110), "G is preempted at once: " + lost.endTime());
        assertEquals(SimTime.seconds(120), r.outcomes.get(3L).startTime(), "H waits for the builtin thread");
    }

    private static List<Job> oneNodeAfterX() {
        return List.of(job(1, 0, 100, 200, 1, 1, "u", ""), job(2, 10, 50, 100, 1, 1, "u", "g"),
                job(3, 20, 50, 100, 1, 1, "u", "high"));
    }

    /** Job {@code after} started at job {@code before}'s end, give or take the controller's reaction. */
    private static void assertStartsOnEndOf(SlurmReplay.Result r, long after, long before) {
        long gap = r.outcomes.get(after).startTime() - r.outcomes.get(before).endTime();
        assertTrue(gap >= 0 && gap < SimTime.seconds(10), "job " + after + " starts on job " + before + "'s end");
    }

    /**
     * A workload found by {@link QosLimitProperties}, shrunk to ten jobs, that went round without
     * end while the queue lacked the rule: the g jobs, older than the 4-node high job and requeued
     * with their places kept, took back by backfill each node the high job freed by preempting.
     */
    @Test
    void shouldEndTheWorkloadThatWentRoundWithoutEndBeforeTheRule() {
        List<Job> jobs = SlurmReplay.numbered(List.of(job(0, 82, 293, 586, 1, 1, "u0", "g"),
                job(0, 196, 142, 284, 0, 6, "u1", "high"), job(0, 293, 261, 783, 0, 4, "u2", ""),
                job(0, 297, 268, 268, 0, 2, "u0", "g"), job(0, 331, 134, 134, 0, 8, "u0", "high"),
                job(0, 331, 11, 11, 1, 1, "u0", "high"), job(0, 395, 65, 195, 2, 2, "u2", ""),
                job(0, 412, 147, 441, 0, 2, "u0", "g"), job(0, 412, 170, 340, 4, 4, "u0", "high"),
                job(0, 426, 150, 150, 0, 4, "u1", "")));
        SlurmReplay.Result r = SlurmReplay.run(config(4, 4, SchedulerType.BACKFILL), jobs);
        assertEquals(10, r.outcomes.size(), "every job ends");
        assertTrue(r.endedTwice.isEmpty());
        Set<Long> requeued = new HashSet<>();
        for (JobOutcome lost : r.requeued) {
            assertTrue(requeued.add(lost.job().id()), "job " + lost.job().id() + " is preempted once at most");
        }
    }

    @Test
    void shouldStopARunAfterAJobsThousandthRequeue() {
        RequeuedJobs requeued = new RequeuedJobs(121);
        SlurmJob job = new SlurmJob(SlurmReplay.job(1, 0, 10, 20, 1),
                new JobRequest(1, 1, 0, true, new int[] {0}, 0), 0, -1);
        for (int k = 0; k < RequeuedJobs.MAX_REQUEUES; k++) {
            requeued.requeue(job, k);
            requeued.nextEligible();
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> requeued.requeue(job, RequeuedJobs.MAX_REQUEUES));
        assertTrue(e.getMessage().contains("was requeued " + RequeuedJobs.MAX_REQUEUES + " times without finishing"),
                e.getMessage());
    }
}
