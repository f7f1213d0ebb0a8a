package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

/**
 * CPUs handed out in whole cores (select/cons_tres with CR_Core on nodes of two threads per core),
 * as a real slurmctld 22.05.8 did on two 8-CPU nodes (Sockets=1 CoresPerSocket=4 ThreadsPerCore=2,
 * CR_Core): -n 1, 2, 3 and 5 held 2, 2, 4 and 6 CPUs, -N 2 -n 3 held 4 (a core on each node), -n 9
 * held 10 (8 and 2), and of nine 1-task jobs eight ran at once.
 */
class WholeCoresTest {
    private static SlurmConfig cluster(int cpusPerCore) {
        return TwoEightCpuNodes.cluster(cpusPerCore, 0);
    }

    private static Job job(long id, long submit, int tasks, int nodes) {
        return TwoEightCpuNodes.job(id, submit, tasks, nodes);
    }

    @Test
    void shouldGiveEachJobWholeCores() {
        List<Job> jobs = new ArrayList<>();
        int[] tasks = {1, 2, 3, 5};
        for (int k = 0; k < tasks.length; k++) {
            jobs.add(job(k + 1, 1000L * k, tasks[k], 0));
        }
        jobs.add(job(5, 5000, 3, 2)); // -N 2 -n 3: 2 and 1 tasks, a core on each node
        jobs.add(job(6, 6000, 9, 0)); // -n 9: 8 CPUs of one node, a core of the other
        SlurmReplay.Result r = SlurmReplay.run(cluster(2), jobs);
        long[] held = jobs.stream().mapToLong(j -> r.outcomes.get(j.id()).allocatedCores()).toArray();
        assertArrayEquals(new long[] {2, 2, 4, 6, 4, 10}, held);
        SlurmReplay.Result threads = SlurmReplay.run(cluster(1), jobs);
        assertArrayEquals(new long[] {1, 2, 3, 5, 3, 9},
                jobs.stream().mapToLong(j -> threads.outcomes.get(j.id()).allocatedCores()).toArray());
    }

    @Test
    void shouldRunAsManyOneTaskJobsAtOnceAsThereAreCores() {
        List<Job> jobs = new ArrayList<>();
        for (int k = 1; k <= 9; k++) {
            jobs.add(job(k, 0, 1, 0));
        }
        SlurmReplay.Result r = SlurmReplay.run(cluster(2), jobs);
        long atOnce = r.outcomes.values().stream().filter(o -> o.startTime() == 0).count();
        assertEquals(8, atOnce, "four cores on each of two nodes");
        JobOutcome ninth = r.outcomes.get(9L);
        assertEquals(SimTime.seconds(60), ninth.startTime(), "the ninth waits for a core");
    }
}
