package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.List;

/**
 * How a shared-node placement's CPUs are spread over the nodes it picked: at least a minimum on
 * each (pn_min_cpus), whole cores or sockets where a node hands those out, tasks in turn, GPUs in
 * all in node order, and the picks themselves as they are made.
 */
final class CpuShares {
    private CpuShares() {}

    /**
     * The CPUs held on each of {@code picked} (indices of {@code nodes}) that places {@code cpus}
     * there, within offers: rounded up to whole cores, or to the sockets the tasks touch.
     */
    static int[] held(List<SlurmNode> nodes, int[] picked, int[] offered, int[] cpus) {
        for (int k = 0; k < cpus.length; k++) {
            cpus[k] = nodes.get(picked[k]).held(cpus[k], offered[k]);
        }
        return cpus;
    }

    /**
     * CPUs on each of {@code count} nodes offering {@code offered}: {@code least} on each, then
     * what {@code cpus} needs beyond that from the first node on, within each one's offer.
     */
    static int[] atLeastEach(int[] offered, int count, int cpus, int least) {
        int[] c = new int[count];
        long beyond = cpus - (long) least * count;
        for (int k = 0; k < count; k++) {
            int more = (int) Math.max(0, Math.min(offered[k] - least, beyond));
            c[k] = least + more;
            beyond -= more;
        }
        return c;
    }

    /**
     * Tasks of {@code cpusPerTask} CPUs each on {@code picked} (indices of {@code nodes}), each of
     * which made {@code made[j]} CPUs available, as cons_tres lays them out (dist_tasks.c,
     * dist_tasks_compute_c_b, 22.05): one task on each; then more on the cores already begun; then
     * in rounds, each node taking a core's worth of tasks (one at least) while it has a task's CPUs
     * left (--ntasks-per-node's limit is not needed here: such a job holds its even share instead).
     * When no node has a task's CPUs left the rest are put on the nodes in turn anyway, each holding
     * what is left to it, up to a task's worth. So a node ends with whole tasks' CPUs, or with all it
     * made available when it was left less than a task: -n 5 -c 3 on nodes that made 8 and 7 CPUs
     * available held 8 and 6 on a real slurmctld 22.05.8. Returns the CPUs held on each.
     */
    static int[] tasksInTurn(List<SlurmNode> nodes, int[] picked, int[] made, int tasks, int cpusPerTask) {
        int[] c = new int[picked.length];
        int placed = 0;
        boolean room = false;
        for (int j = 0; j < picked.length && placed < tasks; j++) {
            if (made[j] > 0) {
                placed++;
                c[j] = Math.min(cpusPerTask, made[j]);
                room |= c[j] < made[j];
            }
        }
        boolean over = !room;
        for (int j = 0; j < picked.length && placed < tasks; j++) {
            int begun = (c[j] % nodes.get(picked[j]).cpusPerCore()) / cpusPerTask;
            for (int t = 0; t < begun && placed < tasks && made[j] - c[j] >= cpusPerTask; t++) {
                placed++;
                c[j] = Math.min(c[j] + cpusPerTask, made[j]);
            }
        }
        while (placed < tasks && picked.length > 0) {
            room = false;
            for (int j = 0; j < picked.length && placed < tasks; j++) {
                int perRound = Math.max(nodes.get(picked[j]).cpusPerCore() / cpusPerTask, 1);
                for (int t = 0; t < perRound && placed < tasks; t++) {
                    if (!over && made[j] - c[j] < cpusPerTask) {
                        break;
                    }
                    placed++;
                    c[j] = Math.min(c[j] + cpusPerTask, made[j]);
                    room |= made[j] - c[j] >= cpusPerTask;
                }
            }
            over |= !room;
        }
        return c;
    }

    /**
     * {@code gpus} GPUs in all over {@code picked} in order, within each node's {@code freeGpus}
     * (indexed by node), each leaving one for each node after it
     * (cons_tres _set_job_bits1), then what is still missing in node order.
     */
    static int[] gpusInOrder(int[] picked, int[] freeGpus, int gpus) {
        int[] g = new int[picked.length];
        int given = 0;
        for (int j = 0; j < picked.length; j++) {
            int room = gpus - given - (picked.length - 1 - j);
            g[j] = Math.max(0, Math.min(freeGpus[picked[j]], room));
            given += g[j];
        }
        for (int j = 0; j < picked.length && given < gpus; j++) {
            int more = Math.min(freeGpus[picked[j]] - g[j], gpus - given);
            g[j] += more;
            given += more;
        }
        return g;
    }

    /**
     * The free GPUs a node gives a request whose CPUs per GPU are {@code perGpu} (0: none) when it
     * offers {@code cpus}: no more than those CPUs pay for (cons_tres's GRES filter, max_gres =
     * avail_cpus / cpus_per_gres).
     */
    static int gpusPaidFor(int freeGpus, int cpus, int perGpu) {
        return perGpu > 0 ? Math.min(freeGpus, cpus / perGpu) : freeGpus;
    }

    /**
     * The CPUs a node counts for a job of its own CPUs per GPU that made {@code cpus} available
     * there and pays for {@code paid} of its GPUs: the CPUs paying for them, or all it made
     * available when they pay for none (cons_tres gres_sched_add).
     */
    static int cpusPaying(int cpus, int paid, int perGpu) {
        return paid > 0 ? paid * perGpu : cpus;
    }

    /** Nodes picked one by one, with the CPUs and GPUs taken (or offered) on each. */
    static final class Picks {
        private int[] nodes = new int[8];
        private int[] cpus = new int[8];
        private int[] gpus = new int[8];
        private int count;

        void add(int node, int c, int g) {
            if (count == nodes.length) {
                nodes = Arrays.copyOf(nodes, count * 2);
                cpus = Arrays.copyOf(cpus, count * 2);
                gpus = Arrays.copyOf(gpus, count * 2);
            }
            nodes[count] = node;
            cpus[count] = c;
            gpus[count] = g;
            count++;
        }

        int[] nodes() {
            return Arrays.copyOf(nodes, count);
        }

        int[] cpus() {
            return Arrays.copyOf(cpus, count);
        }

        int[] gpus() {
            return Arrays.copyOf(gpus, count);
        }
    }
}
