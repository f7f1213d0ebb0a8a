package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;

/**
 * Invariants of a partition QOS on random workloads of three users: partition debug (QOS dq:
 * GrpJobs=2, MaxTRESPerUser=cpu=4) and batch, jobs in QOS normal or g (GrpJobs=3), naming debug,
 * batch or both. No user ever holds more than 4 CPUs in debug. Each limit comes from the first QOS
 * that sets it, and a job counts in both: debug never runs more than 2 jobs that dq's GrpJobs
 * binds (all, or all but g's under OverPartQOS, whose own GrpJobs then comes first), nor g more
 * than 3 that g's binds (those in batch, or all of them under OverPartQOS).
 */
class PartitionQosProperties {
    private static final String[] PARTITIONS = {"debug", "batch", "debug,batch"};
    private static final String[] QOS = {"", "g"};

    @Provide
    Arbitrary<List<Job>> workloads() {
        Arbitrary<Job> job = Combinators.combine(Arbitraries.integers().between(0, 600),
                Arbitraries.integers().between(1, 300), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 1))
                .as((submit, run, slack, cpus, user, partition, qos) -> new Job(0, SimTime.seconds(submit),
                        SimTime.seconds(run), SimTime.seconds((long) run * slack), cpus, 0, 0,
                        new JobLabels("u" + user, "", "acct", PARTITIONS[partition], "", QOS[qos], ""),
                        JobHistory.UNKNOWN, -1, -1));
        return job.list().ofMinSize(1).ofMaxSize(40).map(SlurmReplay::numbered);
    }

    private static SlurmConfig config(SchedulerType type, SelectType select, boolean overPartQos) {
        SchedulerParams p = SlurmReplay.params(7, 5);
        SlurmConfig u = SlurmConfig.uniform(6, 4, type, select, p);
        BitSet batch = new BitSet();
        batch.set(0, 6);
        BitSet debug = new BitSet();
        debug.set(3, 6);
        Qos dq = Qos.unlimited("dq", 0).withJobs(new QosJobCounts(Qos.UNLIMITED, Qos.UNLIMITED, 2, Qos.UNLIMITED))
                .withMaxTresPerUser(new TresLimit(4, Qos.UNLIMITED, Qos.UNLIMITED));
        Qos g = Qos.unlimited("g", 10).withJobs(new QosJobCounts(Qos.UNLIMITED, Qos.UNLIMITED, 3, Qos.UNLIMITED))
                .withFlags(new QosFlags(false, false, overPartQos));
        return new SlurmConfig(u.nodes(), List.of(Partition.of("batch", batch, true),
                new Partition("debug", debug, false, 1, 1, Long.MAX_VALUE, -1, Integer.MAX_VALUE, PreemptMode.OFF, "dq")),
                type, select, p, true, null).withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), g, dq), "normal"));
    }

    @Property(tries = 200)
    void shouldHoldThePartitionQosAndTheJobQosAtEveryInstant(@ForAll("workloads") List<Job> jobs,
            @ForAll SchedulerType type, @ForAll SelectType select, @ForAll boolean overPartQos) {
        SlurmReplay.Result r = SlurmReplay.run(config(type, select, overPartQos), jobs);
        assertEquals(jobs.size(), r.outcomes.size() + r.rejected.size(), "every job ends once or is refused");
        List<JobOutcome> runs = new ArrayList<>(r.outcomes.values());
        for (JobOutcome at : runs) {
            long t = at.startTime();
            long inDebug = 0;
            long ofG = 0;
            long[] userCpusInDebug = new long[3];
            for (JobOutcome o : runs) {
                if (o.startTime() > t || t >= o.endTime()) {
                    continue;
                }
                if (o.partition().equals("debug")) {
                    inDebug += overPartQos && o.job().labels().qos().equals("g") ? 0 : 1;
                    userCpusInDebug[o.job().labels().user().charAt(1) - '0'] += o.allocatedCores();
                }
                ofG += o.job().labels().qos().equals("g") && (overPartQos || !o.partition().equals("debug")) ? 1 : 0;
            }
            assertTrue(inDebug <= 2, inDebug + " jobs held by dq's GrpJobs running in debug at " + t);
            assertTrue(ofG <= 3, ofG + " jobs held by g's GrpJobs running at " + t);
            for (long cpus : userCpusInDebug) {
                assertTrue(cpus <= 4, cpus + " CPUs of one user in debug at " + t);
            }
        }
    }
}
