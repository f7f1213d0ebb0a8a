package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the nodes a job gets from those it may use, as the select plugin does: nodes of lower
 * Weight first, then in node order. select/linear hands out whole idle nodes; select/cons_tres
 * hands out CPUs and GPUs inside nodes, packing jobs that fix no node count onto as few nodes as
 * it can, and giving jobs that fix one an even share on each node.
 */
final class NodeSelector {
    private final List<SlurmNode> nodes;
    private final SelectType type;
    private final int[] order;

    NodeSelector(List<SlurmNode> nodes, SelectType type) {
        this.nodes = nodes;
        this.type = type;
        Integer[] boxed = new Integer[nodes.size()];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, Comparator.comparingInt((Integer i) -> nodes.get(i).weight()).thenComparingInt(i -> i));
        order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /** The allocation for {@code r} among the nodes in {@code avail} given what is free, or null if it does not fit. */
    Allocation select(JobRequest r, BitSet avail, NodeResources free) {
        if (type == SelectType.LINEAR || r.exclusive()) {
            return wholeNodes(r, avail, free);
        }
        return r.minNodes() > 0 ? evenShares(r, avail, free) : packed(r, avail, free);
    }

    private Allocation wholeNodes(JobRequest r, BitSet avail, NodeResources free) {
        int want = Math.max(r.minNodes(), 1);
        int[] picked = new int[Math.min(nodes.size(), Math.max(want, 8))];
        int count = 0;
        long cpus = 0;
        long gpus = 0;
        for (int i : order) {
            if (!avail.get(i) || !free.idle(i)) {
                continue;
            }
            if (count == picked.length) {
                picked = Arrays.copyOf(picked, Math.min(nodes.size(), count * 2));
            }
            picked[count++] = i;
            cpus += nodes.get(i).cpus();
            gpus += nodes.get(i).gpus();
            if (count >= want && cpus >= r.cpus() && gpus >= r.gpus()) {
                return whole(Arrays.copyOf(picked, count));
            }
        }
        return null;
    }

    private Allocation whole(int[] picked) {
        Arrays.sort(picked);
        int[] c = new int[picked.length];
        int[] g = new int[picked.length];
        for (int k = 0; k < picked.length; k++) {
            c[k] = nodes.get(picked[k]).cpus();
            g[k] = nodes.get(picked[k]).gpus();
        }
        return new Allocation(picked, c, g, true);
    }

    private Allocation evenShares(JobRequest r, BitSet avail, NodeResources free) {
        int n = r.minNodes();
        int[] picked = new int[n];
        int count = 0;
        // The k-th node picked must give the k-th share; shares only shrink with k, so testing
        // against the largest share (k = 0) first keeps the choice order-independent enough.
        for (int i : order) {
            if (count == n) {
                break;
            }
            if (avail.get(i) && !free.wholeHeld[i] && free.freeCpus[i] >= r.cpusOnNode(count)
                    && free.freeGpus[i] >= r.gpusOnNode(count)) {
                picked[count++] = i;
            }
        }
        if (count < n) {
            return null;
        }
        int[] c = new int[n];
        int[] g = new int[n];
        for (int k = 0; k < n; k++) {
            c[k] = r.cpusOnNode(k);
            g[k] = r.gpusOnNode(k);
        }
        return new Allocation(picked, c, g, false);
    }

    private Allocation packed(JobRequest r, BitSet avail, NodeResources free) {
        int cpusLeft = r.cpus();
        int gpusLeft = r.gpus();
        int[] picked = new int[8];
        int[] c = new int[8];
        int[] g = new int[8];
        int count = 0;
        for (int i : order) {
            if (cpusLeft == 0 && gpusLeft == 0) {
                break;
            }
            if (!avail.get(i) || free.wholeHeld[i] || free.freeCpus[i] == 0) {
                continue;
            }
            int takeC = Math.min(free.freeCpus[i], Math.max(cpusLeft, 1));
            int takeG = Math.min(free.freeGpus[i], gpusLeft);
            if (count == picked.length) {
                picked = Arrays.copyOf(picked, count * 2);
                c = Arrays.copyOf(c, count * 2);
                g = Arrays.copyOf(g, count * 2);
            }
            picked[count] = i;
            c[count] = takeC;
            g[count] = takeG;
            count++;
            cpusLeft -= Math.min(takeC, cpusLeft);
            gpusLeft -= takeG;
        }
        if (cpusLeft > 0 || gpusLeft > 0) {
            return null;
        }
        return new Allocation(Arrays.copyOf(picked, count), Arrays.copyOf(c, count), Arrays.copyOf(g, count), false);
    }
}
