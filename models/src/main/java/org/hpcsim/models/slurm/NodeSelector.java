package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;

/**
 * Picks the nodes a job gets from those it may use, as the select plugin does: nodes of lower
 * Weight first. select/linear hands out whole idle nodes, best fit over consecutive runs;
 * select/cons_tres
 * hands out CPUs and GPUs inside nodes, packing jobs that fix no node count onto as few nodes as
 * it can, and giving jobs that fix one an even share on each node. Candidates are walked with
 * bit sets (free nodes among allowed ones, tier by tier), so a full cluster costs a few word
 * operations rather than a scan of every node.
 */
final class NodeSelector {
    private final List<SlurmNode> nodes;
    private final SelectType type;
    /** Node sets of equal Weight, lowest weight first. */
    private final BitSet[] tiers;
    private final BitSet scratch = new BitSet();
    private final BitSet cumulative = new BitSet();
    private final ConsecutiveBestFit bestFit;
    /** Every node has one CPU and no GPU: sharing a node is impossible, so every request is whole nodes. */
    private final boolean singleCpuNodes;

    NodeSelector(List<SlurmNode> nodes, SelectType type) {
        this.nodes = nodes;
        this.type = type;
        TreeMap<Integer, BitSet> byWeight = new TreeMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            byWeight.computeIfAbsent(nodes.get(i).weight(), w -> new BitSet()).set(i);
        }
        tiers = byWeight.values().toArray(new BitSet[0]);
        singleCpuNodes = nodes.stream().allMatch(n -> n.cpus() == 1 && n.gpus() == 0);
        bestFit = new ConsecutiveBestFit(nodes);
    }

    /** Whether {@code r} takes whole nodes. */
    boolean wholeNodes(JobRequest r) {
        return type == SelectType.LINEAR || r.exclusive() || singleCpuNodes;
    }

    /** The allocation for {@code r} among the nodes in {@code avail} given what is free, or null if it does not fit. */
    Allocation select(JobRequest r, BitSet avail, NodeResources free) {
        if (wholeNodes(r)) {
            return wholeNodes(r, avail, free.idle);
        }
        return r.minNodes() > 0 ? evenShares(r, avail, free) : packed(r, avail, free);
    }

    /**
     * Whole nodes for {@code r} among {@code avail} that are in {@code usable}, or null. Nodes of
     * the lowest Weight are tried alone first, then with the next weight added, and so on, as
     * slurmctld offers the select plugin ever larger node sets; within a set, select/linear's
     * best fit over runs of consecutive nodes chooses.
     */
    Allocation wholeNodes(JobRequest r, BitSet avail, BitSet usable) {
        cumulative.clear();
        for (BitSet tier : tiers) {
            cumulative.or(tier);
            BitSet c = candidates(cumulative, avail, usable);
            if (c.isEmpty()) {
                continue;
            }
            int[] picked = bestFit.pick(c, Math.max(r.minNodes(), 1), r.cpus(), r.gpus());
            if (picked != null) {
                return whole(picked);
            }
        }
        return null;
    }

    private BitSet candidates(BitSet tier, BitSet avail, BitSet usable) {
        scratch.clear();
        scratch.or(tier);
        scratch.and(avail);
        scratch.and(usable);
        return scratch;
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
        for (BitSet tier : tiers) {
            BitSet c = candidates(tier, avail, free.open);
            for (int i = c.nextSetBit(0); i >= 0 && count < n; i = c.nextSetBit(i + 1)) {
                if (free.freeCpus[i] >= r.cpusOnNode(count) && free.freeGpus[i] >= r.gpusOnNode(count)) {
                    picked[count++] = i;
                }
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
        for (BitSet tier : tiers) {
            BitSet cand = candidates(tier, avail, free.open);
            for (int i = cand.nextSetBit(0); i >= 0 && (cpusLeft > 0 || gpusLeft > 0); i = cand.nextSetBit(i + 1)) {
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
        }
        if (cpusLeft > 0 || gpusLeft > 0) {
            return null;
        }
        return new Allocation(Arrays.copyOf(picked, count), Arrays.copyOf(c, count), Arrays.copyOf(g, count), false);
    }
}
