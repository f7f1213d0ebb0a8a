package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The switch hierarchy of topology/tree (topology.conf): switches in file order, each either a
 * leaf with nodes or an upper switch with child switches, with its level (leaves 0, else one more
 * than its highest child) and the nodes below it. Immutable.
 */
public final class SwitchTree {
    private final String[] names;
    private final int[] levels;
    private final int[][] children;
    private final int[][] parents;
    /** Distinct leaf switches below each switch (itself for a leaf), in file order. */
    private final int[][] leavesBelow;
    private final BitSet[] nodesBelow;
    private final int[] leafOfNode;

    private SwitchTree(String[] names, int[][] children, int[][] leafNodes, int nodeCount) {
        int n = names.length;
        this.names = names;
        this.children = children;
        this.levels = new int[n];
        this.leafOfNode = new int[nodeCount];
        Arrays.fill(leafOfNode, -1);
        for (int s = 0; s < n; s++) {
            for (int node : leafNodes[s]) {
                if (node < 0 || node >= nodeCount) {
                    throw new IllegalArgumentException("switch " + names[s] + " lists node index " + node
                            + " outside 0.." + (nodeCount - 1));
                }
                if (leafOfNode[node] >= 0 && leafOfNode[node] != s) {
                    throw new IllegalArgumentException("node " + node + " is under leaf " + names[leafOfNode[node]]
                            + " and leaf " + names[s] + " (a node hangs from one leaf switch)");
                }
                leafOfNode[node] = s;
            }
        }
        this.parents = parentsOf(children, n);
        this.leavesBelow = new int[n][];
        this.nodesBelow = new BitSet[n];
        // Children before parents, without recursion: a topology.conf may chain thousands of levels.
        BitSet[] leafSets = new BitSet[n];
        for (int s : childrenFirst()) {
            BitSet leaves = new BitSet();
            int level = 0;
            if (children[s].length == 0) {
                leaves.set(s);
            }
            for (int c : children[s]) {
                leaves.or(leafSets[c]);
                level = Math.max(level, levels[c] + 1);
            }
            levels[s] = level;
            leafSets[s] = leaves;
            leavesBelow[s] = leaves.stream().toArray();
            BitSet below = new BitSet(nodeCount);
            for (int l : leavesBelow[s]) {
                for (int node : leafNodes[l]) {
                    below.set(node);
                }
            }
            nodesBelow[s] = below;
        }
    }

    /**
     * Every switch once, each after all the switches below it (a depth-first walk from each switch
     * in file order, children in their order, kept on an explicit stack); a switch met again while
     * below itself is a cycle.
     */
    private int[] childrenFirst() {
        int n = names.length;
        int[] order = new int[n];
        int placed = 0;
        byte[] state = new byte[n]; // 0 unseen, 1 on the walk's path, 2 placed
        int[] path = new int[n];
        int[] next = new int[n];
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            int depth = 0;
            path[0] = root;
            next[0] = 0;
            state[root] = 1;
            while (depth >= 0) {
                int s = path[depth];
                if (next[depth] < children[s].length) {
                    int c = children[s][next[depth]++];
                    if (state[c] == 1) {
                        throw new IllegalArgumentException("switch " + names[c]
                                + " is below itself (the switches form a cycle)");
                    }
                    if (state[c] == 0) {
                        state[c] = 1;
                        depth++;
                        path[depth] = c;
                        next[depth] = 0;
                    }
                } else {
                    state[s] = 2;
                    order[placed++] = s;
                    depth--;
                }
            }
        }
        return order;
    }

    private static int[][] parentsOf(int[][] children, int n) {
        List<List<Integer>> up = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            up.add(new ArrayList<>());
        }
        for (int s = 0; s < n; s++) {
            for (int c : children[s]) {
                up.get(c).add(s);
            }
        }
        int[][] parents = new int[n][];
        for (int s = 0; s < n; s++) {
            parents[s] = up.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        return parents;
    }

    /** A builder for a tree over {@code nodeCount} nodes (indices into the cluster's node list). */
    public static Builder builder(int nodeCount) {
        return new Builder(nodeCount);
    }

    /** Switches in the order they are added, which is the order Slurm breaks ties in (topology.conf's). */
    public static final class Builder {
        private final int nodeCount;
        private final List<String> names = new ArrayList<>();
        private final Set<String> named = new HashSet<>();
        private final List<int[]> nodes = new ArrayList<>();
        private final List<List<String>> children = new ArrayList<>();

        private Builder(int nodeCount) {
            if (nodeCount <= 0) {
                throw new IllegalArgumentException("a switch tree needs nodes");
            }
            this.nodeCount = nodeCount;
        }

        /** A leaf switch with these nodes. */
        public Builder leaf(String name, int... nodeIndices) {
            return add(name, nodeIndices.clone(), List.of());
        }

        /** An upper switch over these switches, defined before or after it. */
        public Builder upper(String name, String... childNames) {
            return upper(name, List.of(childNames));
        }

        /** An upper switch over these switches, defined before or after it. */
        public Builder upper(String name, List<String> childNames) {
            if (childNames.isEmpty()) {
                throw new IllegalArgumentException("switch " + name + " has no child switch");
            }
            return add(name, new int[0], List.copyOf(childNames));
        }

        private Builder add(String name, int[] nodeIndices, List<String> childNames) {
            if (name == null || name.isEmpty() || !named.add(name)) {
                throw new IllegalArgumentException("switch names must be given and unique: '" + name + "'");
            }
            names.add(name);
            nodes.add(nodeIndices);
            children.add(childNames);
            return this;
        }

        /** The checked tree. */
        public SwitchTree build() {
            if (names.isEmpty()) {
                throw new IllegalArgumentException("a switch tree needs at least one switch");
            }
            Map<String, Integer> index = new HashMap<>();
            for (int s = 0; s < names.size(); s++) {
                index.put(names.get(s), s);
            }
            int[][] kids = new int[names.size()][];
            for (int s = 0; s < names.size(); s++) {
                List<String> c = children.get(s);
                kids[s] = new int[c.size()];
                for (int k = 0; k < c.size(); k++) {
                    Integer i = index.get(c.get(k));
                    if (i == null) {
                        throw new IllegalArgumentException("switch " + names.get(s) + " lists unknown switch " + c.get(k));
                    }
                    kids[s][k] = i;
                }
            }
            return new SwitchTree(names.toArray(new String[0]), kids, nodes.toArray(new int[0][]), nodeCount);
        }
    }

    /** Switches in the tree. */
    public int switchCount() {
        return names.length;
    }

    /** Nodes of the cluster the tree was built for. */
    public int nodeCount() {
        return leafOfNode.length;
    }

    /** Switch {@code s}'s name. */
    public String name(int s) {
        return names[s];
    }

    /** Switch {@code s}'s level: 0 for a leaf. */
    public int level(int s) {
        return levels[s];
    }

    /** Whether switch {@code s} is a leaf (has nodes, no child switches). */
    public boolean isLeaf(int s) {
        return children[s].length == 0;
    }

    /** The leaf switch node {@code node} hangs from, or -1 when none lists it. */
    public int leafOf(int node) {
        return leafOfNode[node];
    }

    /** The switches that list {@code s} as a child, in file order; empty for a root. */
    public int[] parents(int s) {
        return parents[s].clone();
    }

    /** The nodes below switch {@code s} (a copy). */
    public BitSet nodesBelow(int s) {
        return (BitSet) nodesBelow[s].clone();
    }

    int[] childrenOf(int s) {
        return children[s];
    }

    int[] parentsOf(int s) {
        return parents[s];
    }

    /** The leaves below {@code s}, in file order (shared: do not change). */
    int[] leavesBelow(int s) {
        return leavesBelow[s];
    }

    /** The nodes below {@code s} (shared: do not change). */
    BitSet nodesUnder(int s) {
        return nodesBelow[s];
    }
}
