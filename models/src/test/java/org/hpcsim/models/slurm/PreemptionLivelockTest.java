package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

/**
 * A workload on which preemption goes round without end: found by {@link QosLimitProperties}
 * (which hung on it), shrunk to ten jobs. Under priority/basic the requeued jobs of QOS g keep
 * their places ahead of the 4-node job of QOS high; each time high's job preempts the one g job
 * running (on the periodic pass), backfill starts the next g job whose requeue delay has run out
 * on the freed node a second later, before high's job can start, and the circle closes every
 * sched_interval. Whether slurmctld's own timing would break the circle is not known; until the
 * model's rule for it is settled, the run stops with an error instead of running for ever.
 */
class PreemptionLivelockTest {
    private static Job job(long submit, long run, long limit, int nodes, int cpus, String user, String qos) {
        return QosLimitsTest.job(0, submit, run, limit, nodes, cpus, user, "acct", qos);
    }

    @Test
    void shouldStopARunWhosePreemptionsGoRoundWithoutEnd() {
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
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SlurmReplay.run(c, jobs));
        assertTrue(e.getMessage().contains("was requeued " + RequeuedJobs.MAX_REQUEUES + " times without finishing"),
                e.getMessage());
    }
}
