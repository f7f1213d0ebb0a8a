package org.hpcsim.models.slurm;

/**
 * select/cons_tres's choice of the next leaf switch under topology/tree (topology_tree.c
 * {@code _topo_choose_best_switch} and {@code _topo_compare_switches}, 22.05): a leaf fewer switch
 * hops from those already used wins when it is no worse; of two leaves as far, the one that suits
 * the nodes still wanted better. A leaf that alone holds them beats one that does not, the smaller
 * of two such leaves wins, and of two that do not, the larger, their parent switches compared
 * first when those differ.
 */
final class LeafChoice {
    /** The hop distance of a switch no used one reaches. */
    static final long UNREACHABLE = Long.MAX_VALUE;

    private final SwitchTree tree;
    /**
     * Parent as _topo_compare_switches follows it: the last switch in file order that lists it
     * (topology_tree.c overwrites as it goes). A root is its own parent here, as that function
     * expects; Slurm leaves it 0, which is never followed because a root always fits (below).
     */
    private final int[] parent;

    LeafChoice(SwitchTree tree) {
        this.tree = tree;
        parent = new int[tree.switchCount()];
        for (int k = 0; k < parent.length; k++) {
            int[] up = tree.parentsOf(k);
            parent[k] = up.length == 0 ? k : up[up.length - 1];
        }
    }

    /**
     * Whether leaf {@code l} replaces {@code current} (-1: none yet) as the next leaf, given each
     * switch's count of best nodes not yet taken ({@code cnt}), its hops from the switches used
     * ({@code distance}) and the nodes still wanted; returns the one chosen.
     */
    int better(int l, int current, int[] cnt, long[] distance, int remNodes) {
        if (current < 0 || distance[l] == UNREACHABLE || cnt[l] == 0) {
            return current < 0 && cnt[l] > 0 && distance[l] != UNREACHABLE ? l : current;
        }
        int c = compare(l, current, cnt, remNodes);
        boolean closer = distance[l] < distance[current] && c >= 0;
        boolean tighter = distance[l] == distance[current] && c > 0;
        return closer || tighter ? l : current;
    }

    /** _topo_compare_switches: positive when {@code i} suits the nodes still wanted better than {@code j}. */
    private int compare(int i, int j, int[] cnt, int remNodes) {
        // A switch holding every best node always fits, so the climb ends; the bound guards odd trees.
        for (int steps = 0; steps <= cnt.length; steps++) {
            boolean iFit = cnt[i] >= remNodes;
            boolean jFit = cnt[j] >= remNodes;
            if (iFit && jFit) {
                return cnt[i] == cnt[j] ? levelOrder(i, j) : (cnt[i] < cnt[j] ? 1 : -1);
            }
            if (iFit != jFit) {
                return iFit ? 1 : -1;
            }
            if ((parent[i] == i && parent[j] == j) || parent[i] == parent[j]) {
                break;
            }
            i = parent[i];
            j = parent[j];
        }
        return cnt[i] != cnt[j] ? (cnt[i] > cnt[j] ? 1 : -1) : levelOrder(i, j);
    }

    private int levelOrder(int i, int j) {
        return Integer.compare(tree.level(j), tree.level(i));
    }
}
