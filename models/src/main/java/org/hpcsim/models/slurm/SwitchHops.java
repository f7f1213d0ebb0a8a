package org.hpcsim.models.slurm;

import java.util.Arrays;

/**
 * Hop counts between the switches of a tree over parent-child links (topology_tree.c's
 * switches_dist), each row computed by a breadth-first walk when first asked for and kept.
 */
final class SwitchHops {
    private final SwitchTree tree;
    private final int[][] rows;
    private final int[] queue;

    SwitchHops(SwitchTree tree) {
        this.tree = tree;
        this.rows = new int[tree.switchCount()][];
        this.queue = new int[tree.switchCount()];
    }

    /** Hops from switch {@code s} to every switch, -1 where unconnected; the caller must not change it. */
    int[] from(int s) {
        if (rows[s] != null) {
            return rows[s];
        }
        int[] row = new int[rows.length];
        Arrays.fill(row, -1);
        row[s] = 0;
        int head = 0;
        int tail = 0;
        queue[tail++] = s;
        while (head < tail) {
            int x = queue[head++];
            tail = visit(tree.childrenOf(x), row, row[x] + 1, tail);
            tail = visit(tree.parentsOf(x), row, row[x] + 1, tail);
        }
        rows[s] = row;
        return row;
    }

    private int visit(int[] next, int[] row, int hop, int tail) {
        for (int y : next) {
            if (row[y] < 0) {
                row[y] = hop;
                queue[tail++] = y;
            }
        }
        return tail;
    }
}
