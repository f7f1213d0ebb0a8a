package org.hpcsim.models.platform;

import java.util.BitSet;
import org.hpcsim.models.network.Topology;

/**
 * Which nodes are free, and which ones a job gets. Nodes hang from leaf switches (a flat switch
 * is one leaf); the policy decides how a job's nodes spread over the leaves. A job's nodes come
 * back in rank order: by leaf as taken, then by node number.
 */
final class NodePlacement {
    private final PlacementPolicy policy;
    private final BitSet free = new BitSet();
    private final int[] leafOf;
    private final int[] freeInLeaf;
    private final int[] leafStart; // nodes of leaf l are leafStart[l] .. leafStart[l + 1] - 1 (numbered in order)

    NodePlacement(Topology topology, PlacementPolicy policy) {
        this.policy = policy;
        int nodes = topology.nodes();
        int leaves = topology.uplinkLevels() == 0 ? 1 : topology.groups(0);
        leafOf = new int[nodes];
        freeInLeaf = new int[leaves];
        leafStart = new int[leaves + 1];
        for (int n = 0; n < nodes; n++) {
            int leaf = topology.uplinkLevels() == 0 ? 0 : topology.groupOf(n, 0);
            if (leaf < 0 || leaf >= leaves || (n > 0 && leaf < leafOf[n - 1])) {
                throw new IllegalArgumentException("nodes must be numbered leaf by leaf");
            }
            leafOf[n] = leaf;
            freeInLeaf[leaf]++;
            leafStart[leaf + 1] = n + 1;
        }
        for (int l = 1; l <= leaves; l++) {
            leafStart[l] = Math.max(leafStart[l], leafStart[l - 1]);
        }
        free.set(0, nodes);
    }

    /** Nodes free now. */
    int freeNodes() {
        return free.cardinality();
    }

    /** Takes {@code n} free nodes as the policy says; the caller has checked there are enough. */
    int[] take(int n) {
        if (n > free.cardinality()) {
            throw new IllegalStateException("placing " + n + " nodes with only " + free.cardinality() + " free");
        }
        int[] nodes = switch (policy) {
            case LINEAR -> linear(n);
            case COMPACT -> compact(n);
            case SCATTER -> scatter(n);
        };
        for (int node : nodes) {
            free.clear(node);
            freeInLeaf[leafOf[node]]--;
        }
        return nodes;
    }

    /** Gives {@code nodes} back. */
    void give(int[] nodes) {
        for (int node : nodes) {
            if (free.get(node)) {
                throw new IllegalStateException("node " + node + " given back twice");
            }
            free.set(node);
            freeInLeaf[leafOf[node]]++;
        }
    }

    private int[] linear(int n) {
        int[] out = new int[n];
        int node = -1;
        for (int i = 0; i < n; i++) {
            node = free.nextSetBit(node + 1);
            out[i] = node;
        }
        return out;
    }

    private int[] compact(int n) {
        int best = -1;
        for (int l = 0; l < freeInLeaf.length; l++) {
            if (freeInLeaf[l] >= n && (best < 0 || freeInLeaf[l] < freeInLeaf[best])) {
                best = l;
            }
        }
        int[] out = new int[n];
        if (best >= 0) {
            fillFrom(best, out, 0, n);
            return out;
        }
        // No leaf holds it: leaves with most free nodes first (ties by number), so it spans as few as possible.
        boolean[] used = new boolean[freeInLeaf.length];
        int got = 0;
        while (got < n) {
            int pick = -1;
            for (int l = 0; l < freeInLeaf.length; l++) {
                if (!used[l] && freeInLeaf[l] > 0 && (pick < 0 || freeInLeaf[l] > freeInLeaf[pick])) {
                    pick = l;
                }
            }
            used[pick] = true;
            int k = Math.min(n - got, freeInLeaf[pick]);
            fillFrom(pick, out, got, k);
            got += k;
        }
        return out;
    }

    private int[] scatter(int n) {
        int[] out = new int[n];
        int[] next = new int[freeInLeaf.length];
        for (int l = 0; l < next.length; l++) {
            next[l] = leafStart[l];
        }
        int got = 0;
        while (got < n) {
            for (int l = 0; l < next.length && got < n; l++) {
                int node = free.nextSetBit(next[l]);
                if (node >= 0 && node < leafStart[l + 1]) {
                    out[got++] = node;
                    next[l] = node + 1;
                } else {
                    next[l] = leafStart[l + 1];
                }
            }
        }
        return out;
    }

    /** Puts the first {@code k} free nodes of {@code leaf} into {@code out} from {@code at}. */
    private void fillFrom(int leaf, int[] out, int at, int k) {
        int node = leafStart[leaf] - 1;
        for (int i = 0; i < k; i++) {
            node = free.nextSetBit(node + 1);
            out[at + i] = node;
        }
    }
}
