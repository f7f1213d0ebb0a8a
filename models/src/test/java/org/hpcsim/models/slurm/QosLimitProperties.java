package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;

/**
 * Invariants of the QOS limits on random workloads of three users over QOS normal, g (GrpJobs=2,
 * MaxTRESPerUser=cpu=6, MaxSubmitJobsPerUser=3) and high (preempts g under preempt/qos).
 */
class QosLimitProperties {
    private static final String[] QOS = {"", "g", "g", "high"};
    private static final long GRP_JOBS = 2;
    private static final long USER_CPUS = 6;
    private static final long SUBMITS = 3;

    @Provide
    Arbitrary<List<Job>> workloads() {
        Arbitrary<Job> job = Combinators.combine(Arbitraries.integers().between(0, 600),
                Arbitraries.integers().between(1, 300), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, QOS.length - 1))
                .as((submit, run, slack, size, byCpu, user, qos) -> QosLimitsTest.job(0, submit, run,
                        (long) run * slack, byCpu == 1 ? 0 : size, byCpu == 1 ? size * 2 : size, "u" + user, "acct",
                        QOS[qos]));
        return job.list().ofMinSize(1).ofMaxSize(40).map(SlurmReplay::numbered);
    }

    private static SlurmConfig config(SchedulerType type, SelectType select, PreemptMode mode, boolean ticks) {
        SchedulerParams p = ticks ? SchedulerParams.defaults() : SlurmReplay.params(7, 5);
        Qos g = Qos.unlimited("g", 10).withJobs(new QosJobCounts(Qos.UNLIMITED, Qos.UNLIMITED, GRP_JOBS, SUBMITS))
                .withMaxTresPerUser(new TresLimit(USER_CPUS, Qos.UNLIMITED, Qos.UNLIMITED));
        Qos high = Qos.unlimited("high", 100).withPreemption(new QosPreemptRule(List.of("g"), null, -1));
        return SlurmConfig.uniform(4, 4, type, select, p).withPreemption(Preemption.qos(mode))
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), g, high), "normal"));
    }

    @Property(tries = 200)
    void shouldNeverLetQosGPassItsLimitsAtAnyInstant(@ForAll("workloads") List<Job> jobs, @ForAll SchedulerType type,
            @ForAll SelectType select, @ForAll boolean requeue, @ForAll boolean ticks) {
        SlurmReplay.Result r;
        try {
            r = SlurmReplay.run(config(type, select, requeue ? PreemptMode.REQUEUE : PreemptMode.CANCEL, ticks), jobs);
        } catch (IllegalStateException e) {
            // priority/basic ranks jobs by submit order whatever their QOS, and under sched/builtin
            // fifo_sched walks the job list unsorted: either way an older job of g may take, again
            // and again, the nodes a job of high frees by preempting (the requeued job of g waits
            // 121 s, another older one runs meanwhile, and high preempts that one in turn), as
            // slurmctld would (QosPreemptionTest, shouldLetAnOlderJobOfThePreemptedQosTake...).
            // About 1 in 3,000 of these workloads under builtin, fewer under backfill; the run
            // stops at the requeue guard and says nothing about the limits.
            Assume.that(!e.getMessage().contains("times without finishing"));
            throw e;
        }
        assertTrue(r.endedTwice.isEmpty(), "ended twice: " + r.endedTwice);
        assertEquals(jobs.size(), r.outcomes.size() + r.rejected.size(), "every job ends once or is refused");
        List<JobOutcome> runs = new ArrayList<>(r.outcomes.values());
        runs.addAll(r.requeued);
        for (JobOutcome at : runs) {
            long t = at.startTime();
            long jobsOfG = 0;
            long[] userCpus = new long[3];
            for (JobOutcome o : runs) {
                if (o.job().labels().qos().equals("g") && o.startTime() <= t && t < o.endTime()) {
                    jobsOfG++;
                    userCpus[o.job().labels().user().charAt(1) - '0'] += o.allocatedCores();
                }
            }
            assertTrue(jobsOfG <= GRP_JOBS, jobsOfG + " jobs of g running at " + t);
            for (long cpus : userCpus) {
                assertTrue(cpus <= USER_CPUS, cpus + " CPUs of one user in g at " + t);
            }
        }
        for (JobOutcome accepted : r.outcomes.values()) {
            Job j = accepted.job();
            if (!j.labels().qos().equals("g")) {
                continue;
            }
            long t = j.submitTime();
            long queued = r.outcomes.values().stream().filter(o -> o.job().labels().qos().equals("g")
                    && o.job().labels().user().equals(j.labels().user()) && o.job().submitTime() <= t
                    && t < o.endTime()).count();
            assertTrue(queued <= SUBMITS, queued + " jobs of " + j.labels().user() + " in g at " + t);
        }
    }
}
