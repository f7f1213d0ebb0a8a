package org.hpcsim.models.run;

import java.util.Arrays;
import org.hpcsim.models.workload.Job;

/**
 * The running jobs of a {@link ClusterRun} by slot, in parallel primitive arrays; a slot is reused
 * once its job has ended, so the arrays grow with the most jobs running at once, not the workload.
 */
final class RunSlots {
    Job[] job = new Job[64];
    long[] start = new long[64];
    int[] units = new int[64];
    boolean[] killed = new boolean[64];
    /** Dynamic nodes a slot holds; the rest of its units are static. */
    int[] dynamic = new int[64];
    long[] endHandle = new long[64];
    long[] work = new long[64];
    private int[] free = new int[64];
    private int freeCount;
    private int used;

    /** A free slot: the last one freed, else a new one. */
    int take() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (used == job.length) {
            int cap = used * 2;
            job = Arrays.copyOf(job, cap);
            start = Arrays.copyOf(start, cap);
            units = Arrays.copyOf(units, cap);
            killed = Arrays.copyOf(killed, cap);
            dynamic = Arrays.copyOf(dynamic, cap);
            endHandle = Arrays.copyOf(endHandle, cap);
            work = Arrays.copyOf(work, cap);
            free = Arrays.copyOf(free, cap);
        }
        return used++;
    }

    /** Frees {@code slot}: its job has left. */
    void release(int slot) {
        job[slot] = null;
        free[freeCount++] = slot;
    }
}
