package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

/**
 * A workload on which preemption went round without end while a requeued job kept its priority
 * (Slurm 22.05's rule): found by {@link QosLimitProperties}, which hung on it, shrunk to ten jobs.
 * Under priority/basic the requeued jobs of QOS g kept their places ahead of the 4-node job of QOS
 * high; each time high's job preempted the one g job running, backfill started the next g job on
 * the freed node before high's job could start. With the priority reset that batch_requeue_fini
 * does since Slurm 24.05.5, each preempted g job goes behind high's job, and the circle breaks.
 */
class PreemptionLivelockTest {
    private static final long HIGH_WIDE_JOB = 9;

    private static Job job(long submit, long run, long limit, int nodes, int cpus, String user, String qos) {
        return QosLimitsTest.job(0, submit, run, limit, nodes, cpus, user, "acct", qos);
    }

    @Test
    void shouldStartThePreemptorOnceEveryJobItPreemptedHasGoneBehindIt() {
        Qos g = Qos.unlimited("g", 10).withJobs(new QosJobCounts(Qos.UNLIMITED, Qos.UNLIMITED, 2, 3))
                .withMaxTresPerUser(new TresLimit(6, Qos.UNLIMITED, Qos.UNLIMITED));
        Qos high = Qos.unlimited("high", 100).withPreemption(new QosPreemptRule(List.of("g"), null, -1));
        SlurmConfig c = SlurmConfig.uniform(4, 4, SchedulerType.BACKFILL, SelectType.LINEAR, SchedulerParams.defaults())
                .withPreemption(Preemption.qos(PreemptMode.REQUEUE))
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), g, high), "normal"));
        List<Job> jobs = SlurmReplay.numbered(List.of(job(82, 293, 586, 1, 1, "u0", "g"),
                job(196, 142, 284, 0, 6, "u1", "high"), job(293, 261, 783, 0, 4, "u2", ""),
                job(297, 268, 268, 0, 2, "u0", "g"), job(331, 134, 134, 0, 8, "u0", "high"),
                job(331, 11, 11, 1, 1, "u0", "high"), job(395, 65, 195, 2, 2, "u2", ""),
                job(412, 147, 441, 0, 2, "u0", "g"), job(412, 170, 340, 4, 4, "u0", "high"),
                job(426, 150, 150, 0, 4, "u1", "")));
        SlurmReplay.Result r = SlurmReplay.run(c, jobs);
        assertEquals(10, r.outcomes.size(), "every job ends");
        assertTrue(r.endedTwice.isEmpty());
        long wideStart = r.outcomes.get(HIGH_WIDE_JOB).startTime();
        for (long gJob : List.of(1L, 4L, 8L)) {
            assertTrue(r.outcomes.get(gJob).startTime() > wideStart,
                    "g job " + gJob + " runs to its end only after the 4-node job has started");
        }
        assertTrue(r.requeued.size() >= 3, "each g job was preempted at least once: " + r.requeued.size());
        for (JobOutcome lost : r.requeued) {
            assertTrue(lost.endTime() <= wideStart, "no g job is preempted again once the 4-node job runs");
        }
    }

    @Test
    void shouldStopARunAfterAJobsThousandthRequeue() {
        RequeuedJobs requeued = new RequeuedJobs(121, new BasicPriorities());
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
