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
 * Invariants of MaxCPUsPerNode on random workloads under select/cons_tres: four 8-CPU nodes shared
 * by "cpu" (MaxCPUsPerNode=5) and "gpu" (MaxCPUsPerNode=6 on the last two nodes), jobs asking
 * CPUs alone or a node count, in one partition or both. At every instant each partition's jobs
 * hold at most its limit on every node, and no node holds more than its 8 CPUs.
 */
class MaxCpusPerNodeProperties {
    private static final String[] PARTITIONS = {"cpu", "gpu", "cpu,gpu"};
    private static final int[] LIMIT = {5, 6};

    @Provide
    Arbitrary<List<Job>> workloads() {
        Arbitrary<Job> job = Combinators.combine(Arbitraries.integers().between(0, 600),
                Arbitraries.integers().between(1, 300), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 10), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2))
                .as((submit, run, slack, cpus, nodes, partition) -> new Job(0, SimTime.seconds(submit),
                        SimTime.seconds(run), SimTime.seconds((long) run * slack), cpus, Math.min(nodes, cpus), 0,
                        new JobLabels("u", "", "", PARTITIONS[partition], "", "", ""), JobHistory.UNKNOWN, -1, -1));
        return job.list().ofMinSize(1).ofMaxSize(40).map(SlurmReplay::numbered);
    }

    private static SlurmConfig config(SchedulerType type) {
        SchedulerParams p = SlurmReplay.params(7, 5);
        SlurmConfig u = SlurmConfig.uniform(4, 8, type, SelectType.CONS_TRES, p);
        BitSet all = new BitSet();
        all.set(0, 4);
        BitSet last = new BitSet();
        last.set(2, 4);
        return new SlurmConfig(u.nodes(), List.of(capped("cpu", all, true, LIMIT[0]), capped("gpu", last, false,
                LIMIT[1])), type, SelectType.CONS_TRES, p, true, null);
    }

    private static Partition capped(String name, BitSet nodes, boolean isDefault, int max) {
        return Partition.of(name, nodes, isDefault).withMaxCpusPerNode(max);
    }

    @Property(tries = 200)
    void shouldKeepEveryPartitionWithinItsLimitOnEveryNode(@ForAll("workloads") List<Job> jobs,
                                                           @ForAll SchedulerType type) {
        SlurmReplay.Result r = SlurmReplay.run(config(type), jobs);
        assertEquals(jobs.size(), r.outcomes.size() + r.rejected.size(), "every job ends once or is refused");
        List<JobOutcome> runs = new ArrayList<>(r.outcomes.values());
        for (JobOutcome at : runs) {
            long t = at.startTime();
            int[][] held = new int[2][4];
            int[] total = new int[4];
            for (JobOutcome o : runs) {
                if (o.startTime() > t || t >= o.endTime()) {
                    continue;
                }
                int part = o.partition().equals("cpu") ? 0 : 1;
                for (int k = 0; k < o.nodes().nodes().length; k++) {
                    held[part][o.nodes().nodes()[k]] += o.nodes().cpus()[k];
                    total[o.nodes().nodes()[k]] += o.nodes().cpus()[k];
                }
            }
            for (int n = 0; n < 4; n++) {
                assertTrue(held[0][n] <= LIMIT[0], "cpu holds " + held[0][n] + " CPUs of node " + n + " at " + t);
                assertTrue(held[1][n] <= LIMIT[1], "gpu holds " + held[1][n] + " CPUs of node " + n + " at " + t);
                assertTrue(total[n] <= 8, total[n] + " CPUs of node " + n + " held at " + t);
            }
        }
    }
}
