package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;

/**
 * Invariants of whole-core and whole-socket allocation on random workloads under select/cons_tres:
 * six 8-CPU nodes of two threads per core, in two 4-CPU sockets where sockets are allocated whole,
 * jobs asking CPUs alone or a node count. Every job holds a multiple of the unit (2 CPUs, or 4) on
 * each of its nodes, at least what it asked in all, and no node ever gives more than its 8.
 */
class WholeCoresProperties {
    private static final int NODES = 6;

    @Provide
    Arbitrary<List<Job>> workloads() {
        return SlurmReplay.workloads(600, 300, 4, 5, 3, 40);
    }

    private static SlurmConfig config(SchedulerType type, int cpusPerSocket) {
        List<SlurmNode> nodes = new ArrayList<>();
        for (int n = 0; n < NODES; n++) {
            nodes.add(new SlurmNode("n" + n, 8, 0, 0, "", 1, List.of(), 2, cpusPerSocket, true));
        }
        BitSet all = new BitSet();
        all.set(0, NODES);
        return new SlurmConfig(nodes, List.of(Partition.of("all", all, true)), type, SelectType.CONS_TRES,
                SlurmReplay.params(7, 5), true, null);
    }

    @Property(tries = 200)
    void shouldGiveWholeUnitsAndNeverOversubscribeANode(@ForAll("workloads") List<Job> jobs,
                                                        @ForAll SchedulerType type, @ForAll boolean sockets) {
        int unit = sockets ? 4 : 2;
        SlurmReplay.Result r = SlurmReplay.run(config(type, sockets ? 4 : 0), jobs);
        assertEquals(jobs.size(), r.outcomes.size() + r.rejected.size(), "every job ends once or is refused");
        List<JobOutcome> runs = new ArrayList<>(r.outcomes.values());
        for (JobOutcome o : runs) {
            int total = 0;
            for (int c : o.nodes().cpus()) {
                assertTrue(c % unit == 0, "job " + o.job().id() + " holds " + c + " CPUs of a node");
                total += c;
            }
            assertTrue(total >= o.job().processors(), "job " + o.job().id() + " holds fewer CPUs than it asked");
            long t = o.startTime();
            int[] held = new int[NODES];
            for (JobOutcome other : runs) {
                if (other.startTime() <= t && t < other.endTime()) {
                    for (int k = 0; k < other.nodes().nodes().length; k++) {
                        held[other.nodes().nodes()[k]] += other.nodes().cpus()[k];
                    }
                }
            }
            for (int n = 0; n < NODES; n++) {
                assertTrue(held[n] <= 8, held[n] + " CPUs of node " + n + " held at " + t);
            }
        }
    }
}
