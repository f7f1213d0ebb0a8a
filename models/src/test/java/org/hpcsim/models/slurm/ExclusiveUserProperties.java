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
 * Invariants of ExclusiveUser on random workloads under select/cons_tres: four 8-CPU nodes shared by
 * "excl" (ExclusiveUser=YES) and "open", jobs of three users asking CPUs alone or a node count, in
 * one partition or both. At every instant no node that runs a job of "excl" runs another user's
 * job, and no node holds more than its 8 CPUs.
 */
class ExclusiveUserProperties {
    private static final String[] PARTITIONS = {"excl", "open", "excl,open"};
    private static final String[] USERS = {"ana", "bo", "cy"};

    @Provide
    Arbitrary<List<Job>> workloads() {
        Arbitrary<Job> job = Combinators.combine(Arbitraries.integers().between(0, 600),
                Arbitraries.integers().between(1, 300), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 10), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2))
                .as((submit, run, slack, cpus, nodes, partition, user) -> new Job(0, SimTime.seconds(submit),
                        SimTime.seconds(run), SimTime.seconds((long) run * slack), cpus, Math.min(nodes, cpus), 0,
                        new JobLabels(USERS[user], "", "", PARTITIONS[partition], "", "", ""), JobHistory.UNKNOWN,
                        -1, -1));
        return job.list().ofMinSize(1).ofMaxSize(40).map(SlurmReplay::numbered);
    }

    private static SlurmConfig config(SchedulerType type) {
        SchedulerParams p = SlurmReplay.params(7, 5);
        SlurmConfig u = SlurmConfig.uniform(4, 8, type, SelectType.CONS_TRES, p);
        BitSet all = new BitSet();
        all.set(0, 4);
        return new SlurmConfig(u.nodes(), List.of(Partition.of("excl", all, true).withExclusiveUser(true),
                Partition.of("open", all, false)), type, SelectType.CONS_TRES, p, true, null);
    }

    @Property(tries = 200)
    void shouldNeverLetAnotherUserShareANodeWithAnExclusiveUserJob(@ForAll("workloads") List<Job> jobs,
                                                                   @ForAll SchedulerType type) {
        SlurmReplay.Result r = SlurmReplay.run(config(type), jobs);
        assertEquals(jobs.size(), r.outcomes.size() + r.rejected.size(), "every job ends once or is refused");
        List<JobOutcome> runs = new ArrayList<>(r.outcomes.values());
        for (JobOutcome at : runs) {
            long t = at.startTime();
            int[] cpus = new int[4];
            for (JobOutcome o : runs) {
                if (o.startTime() > t || t >= o.endTime()) {
                    continue;
                }
                for (int k = 0; k < o.nodes().nodes().length; k++) {
                    int n = o.nodes().nodes()[k];
                    cpus[n] += o.nodes().cpus()[k];
                    if (!o.partition().equals("excl")) {
                        continue;
                    }
                    for (JobOutcome other : runs) {
                        boolean running = other.startTime() <= t && t < other.endTime();
                        boolean there = running && contains(other.nodes().nodes(), n);
                        assertTrue(!there || other.job().labels().user().equals(o.job().labels().user()),
                                "job " + other.job().id() + " of " + other.job().labels().user() + " shares node " + n
                                        + " with ExclusiveUser job " + o.job().id() + " at " + t);
                    }
                }
            }
            for (int n = 0; n < 4; n++) {
                assertTrue(cpus[n] <= 8, cpus[n] + " CPUs of node " + n + " held at " + t);
            }
        }
    }

    private static boolean contains(int[] nodes, int n) {
        for (int x : nodes) {
            if (x == n) {
                return true;
            }
        }
        return false;
    }
}
