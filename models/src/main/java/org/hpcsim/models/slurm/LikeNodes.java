package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.List;

/**
 * Whether a cluster's nodes are all alike (the same CPUs and GPUs), learnt once from the node
 * list, and on such a cluster how many nodes a request needs: where tests of node sets can then
 * count nodes instead of summing them.
 */
final class LikeNodes {
    /** CPUs and GPUs of every node when all nodes have the same; 0 when they differ, -1 until known. */
    private int cpus = -1;
    private int gpus;

    /** The CPUs of every node when all nodes of {@code nodes} are alike, else 0; learnt on the first call. */
    int learn(List<SlurmNode> nodes) {
        if (cpus < 0) {
            int c = nodes.get(0).cpus();
            int g = nodes.get(0).gpus();
            for (SlurmNode node : nodes) {
                if (node.cpus() != c || node.gpus() != g) {
                    c = 0;
                    break;
                }
            }
            cpus = c;
            gpus = g;
        }
        return cpus;
    }

    /** Each node's CPUs once learnt alike, else 0 (or -1 before {@link #learn}). */
    int cpus() {
        return cpus;
    }

    /** Each node's GPUs once learnt alike. */
    int gpus() {
        return gpus;
    }

    /**
     * On a cluster of like nodes, how many {@code r} needs: {@code want}, and enough for its CPUs
     * and GPUs; more than any cluster has when it asks GPUs of nodes that have none.
     */
    long needed(JobRequest r, int want) {
        long need = Math.max(want, ceilDiv(r.cpus(), cpus));
        if (r.gpus() > 0) {
            need = gpus == 0 ? Long.MAX_VALUE : Math.max(need, ceilDiv(r.gpus(), gpus));
        }
        return need;
    }

    /**
     * Whether {@code avail} holds enough nodes ({@code want}), CPUs and GPUs for {@code r} at all,
     * all of it free: on a cluster of like nodes the totals are products; otherwise avail's nodes
     * are summed.
     */
    boolean mayHold(JobRequest r, int want, BitSet avail, List<SlurmNode> nodes) {
        int count = avail.cardinality();
        if (count < want) {
            return false;
        }
        if (learn(nodes) > 0) {
            return (long) count * cpus >= r.cpus() && (long) count * gpus >= r.gpus();
        }
        long c = 0;
        long g = 0;
        for (int n = avail.nextSetBit(0); n >= 0; n = avail.nextSetBit(n + 1)) {
            c += nodes.get(n).cpus();
            g += nodes.get(n).gpus();
        }
        return c >= r.cpus() && g >= r.gpus();
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
