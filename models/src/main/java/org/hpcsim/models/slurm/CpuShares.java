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
     * Tasks on {@code picked} (indices of {@code nodes}), each of which made {@code made[j]} CPUs
     * available: one on each, then one more (a core's worth of CPUs where cores have several) on
     * each in turn while it has room (cons_tres dist_tasks_compute_c_b).
     */
    static int[] tasksInTurn(List<SlurmNode> nodes, int[] picked, int[] made, int tasks) {
        int[] c = new int[picked.length];
        int placed = 0;
        for (int j = 0; j < picked.length && placed < tasks; j++) {
            c[j] = 1;
            placed++;
        }
        boolean room = true;
        while (placed < tasks && room) {
            room = false;
            for (int j = 0; j < picked.length && placed < tasks; j++) {
                int more = Math.min(nodes.get(picked[j]).cpusPerCore(), Math.min(made[j] - c[j], tasks - placed));
                if (more > 0) {
                    c[j] += more;
                    placed += more;
                    room = true;
                }
            }
        }
        return c;
    }

    /**
     * {@code gpus} GPUs in all over {@code picked} in order, each leaving one for each node after it
     * (cons_tres _set_job_bits1), then what is still missing in node order.
     */
    static int[] gpusInOrder(int[] picked, NodeResources free, int gpus) {
        int[] g = new int[picked.length];
        int given = 0;
        for (int j = 0; j < picked.length; j++) {
            int room = gpus - given - (picked.length - 1 - j);
            g[j] = Math.max(0, Math.min(free.freeGpus[picked[j]], room));
            given += g[j];
        }
        for (int j = 0; j < picked.length && given < gpus; j++) {
            int more = Math.min(free.freeGpus[picked[j]] - g[j], gpus - given);
            g[j] += more;
            given += more;
        }
        return g;
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
