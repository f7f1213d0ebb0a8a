package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * select/linear's choice of whole nodes under topology/tree (select_linear.c {@code _job_test_topo},
 * 22.05). The switch chosen is the lowest-level one whose usable nodes can hold the job (enough
 * nodes and CPUs), ties going to the one with fewer usable nodes, then to the first in
 * topology.conf. Its leaf switches are then used whole, one at a time, the leaf with the fewest
 * usable CPUs first ("This results in more leaf switches being used and achieves better network
 * bandwidth", says the source), nodes within a leaf in index order, until the job is satisfied.
 * Nodes under no leaf switch are never chosen. GPUs count as CPUs do, an addition of this model.
 */
final class LinearTreeFit {
    private final SwitchTree tree;
    private final SwitchCounts counts;
    private final int[] nodeCpus;
    private final int[] nodeGpus;
    private final int[] noTiers;
    private final boolean[] used;
    private final int[] picked;
    private int leaves;

    LinearTreeFit(SwitchTree tree, List<SlurmNode> nodes) {
        this.tree = tree;
        this.counts = new SwitchCounts(tree);
        int n = nodes.size();
        nodeCpus = new int[n];
        nodeGpus = new int[n];
        for (int i = 0; i < n; i++) {
            nodeCpus[i] = nodes.get(i).cpus();
            nodeGpus[i] = nodes.get(i).gpus();
        }
        noTiers = new int[n];
        used = new boolean[tree.switchCount()];
        picked = new int[n];
    }

    /** Leaf switches the last successful pick spans. */
    int leaves() {
        return leaves;
    }

    /**
     * The nodes of {@code usable} to take for at least {@code wantNodes} and at most
     * {@code maxNodes} nodes with {@code cpus} CPUs and {@code gpus} GPUs, or null.
     */
    int[] pick(BitSet usable, int wantNodes, int maxNodes, long cpus, long gpus) {
        counts.count(usable, nodeCpus, nodeGpus, noTiers);
        int best = -1;
        for (int s = 0; s < tree.switchCount(); s++) {
            if (counts.cpus[s] < cpus || counts.nodes[s] < wantNodes || counts.gpus[s] < gpus) {
                continue;
            }
            if (best < 0 || tree.level(s) < tree.level(best)
                    || (tree.level(s) == tree.level(best) && counts.nodes[s] < counts.nodes[best])) {
                best = s;
            }
        }
        if (best < 0) {
            return null;
        }
        int[] candidates = tree.leavesBelow(best);
        for (int l : candidates) {
            used[l] = counts.nodes[l] == 0;
        }
        int remNodes = wantNodes;
        long remCpus = cpus;
        long remGpus = gpus;
        int count = 0;
        int spanned = 0;
        while (remNodes > 0 || remCpus > 0 || remGpus > 0) {
            int leaf = -1;
            for (int l : candidates) {
                if (!used[l] && (leaf < 0 || counts.cpus[l] < counts.cpus[leaf])) {
                    leaf = l;
                }
            }
            if (leaf < 0) {
                return null;
            }
            used[leaf] = true;
            int before = count;
            BitSet under = tree.nodesUnder(leaf);
            for (int i = under.nextSetBit(0); i >= 0 && (remNodes > 0 || remCpus > 0 || remGpus > 0);
                    i = under.nextSetBit(i + 1)) {
                // Once the node count and CPUs are met, only a node that brings a GPU still wanted
                // is worth taking (a property test found a 1-GPU job given two GPU-less nodes).
                boolean wanted = remNodes > 0 || (remCpus > 0 && nodeCpus[i] > 0) || (remGpus > 0 && nodeGpus[i] > 0);
                if (!usable.get(i) || !wanted) {
                    continue;
                }
                if (count == maxNodes) {
                    return null;
                }
                picked[count++] = i;
                remNodes--;
                remCpus -= nodeCpus[i];
                remGpus -= nodeGpus[i];
            }
            if (count > before) {
                spanned++;
            }
        }
        leaves = spanned;
        return Arrays.copyOf(picked, count);
    }
}
