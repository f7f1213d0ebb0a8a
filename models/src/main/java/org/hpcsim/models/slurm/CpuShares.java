package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.List;

/**
 * How a shared-node placement's CPUs are spread over the nodes it picked: at least a minimum on
 * each (pn_min_cpus), whole cores or sockets where a node hands those out, and the picks
 * themselves as they are made.
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
