package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

/**
 * CPUs handed out in whole sockets (select/cons_tres with CR_Socket_Memory on nodes of two 4-core
 * sockets), as a real slurmctld 22.05.8 did on two such 8-CPU nodes: one after another on an idle
 * cluster, -n 1, 3, 4, 5 and 9 held 4, 8, 8, 8 and 12 CPUs and -N 2 -n 3 held 12 (the tasks' cores
 * taken a socket at a time in turn, every socket touched held whole); with one socket of n1 and
 * all of n2 busy, -n 3 held the one free socket, 4 CPUs, and a further -n 1 waited.
 */
class WholeSocketsTest {
    private static SlurmConfig cluster() {
        return TwoEightCpuNodes.cluster(1, 4);
    }

    private static Job job(long id, long submit, int tasks, int nodes) {
        return TwoEightCpuNodes.job(id, submit, tasks, nodes);
    }

    private static long[] held(SlurmReplay.Result r, List<Job> jobs) {
        return jobs.stream().mapToLong(j -> r.outcomes.get(j.id()).allocatedCores()).toArray();
    }

    @Test
    void shouldGiveEachJobTheSocketsItsTasksTouch() {
        List<Job> jobs = new ArrayList<>();
        int[] tasks = {1, 3, 4, 5, 9};
        for (int k = 0; k < tasks.length; k++) {
            jobs.add(job(k + 1, 1000L * k, tasks[k], 0));
        }
        jobs.add(job(6, 6000, 3, 2)); // -N 2 -n 3: 2 tasks (both sockets) and 1 (one socket)
        assertArrayEquals(new long[] {4, 8, 8, 8, 12, 12}, held(SlurmReplay.run(cluster(), jobs), jobs));
    }

    @Test
    void shouldGiveAJobOnlyTheSocketsStillFree() {
        List<Job> jobs = List.of(job(1, 0, 1, 1), job(2, 1, 8, 1), job(3, 2, 3, 0), job(4, 3, 1, 0));
        SlurmReplay.Result r = SlurmReplay.run(cluster(), jobs);
        assertArrayEquals(new long[] {4, 8, 4, 4}, held(r, jobs));
        assertEquals(SimTime.seconds(2), r.outcomes.get(3L).startTime(), "-n 3 fits the free socket of n1");
        assertEquals(SimTime.seconds(60), r.outcomes.get(4L).startTime(), "no socket left for -n 1");
    }
}
