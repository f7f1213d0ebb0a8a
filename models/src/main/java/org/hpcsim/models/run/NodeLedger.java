package org.hpcsim.models.run;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Which nodes each running job holds, for runs that need to know (node failures): the policies
 * count allocation units only, so the run places each started job on nodes itself, first fit in
 * node order, a node's units (1 when nodes are allocated whole, its cores otherwise) shared by
 * the jobs placed on it. Only kept when a run has Spot interruptions; never touched otherwise.
 */
final class NodeLedger {
    private final int unitsPerNode;
    private final int[] free;
    private final BitSet withFree = new BitSet();
    private int[][] slotNodes = new int[64][];
    private int[][] slotUnits = new int[64][];
    private int slotsSeen;

    /** A ledger of {@code nodes} nodes of {@code unitsPerNode} units each, all free. */
    NodeLedger(int nodes, int unitsPerNode) {
        this.unitsPerNode = unitsPerNode;
        this.free = new int[nodes];
        Arrays.fill(free, unitsPerNode);
        withFree.set(0, nodes);
    }

    /** Units of one node. */
    int unitsPerNode() {
        return unitsPerNode;
    }

    /** Places the job of {@code slot} on {@code units} free units, lowest-numbered nodes first. */
    void place(int slot, int units) {
        if (slot >= slotNodes.length) {
            slotNodes = Arrays.copyOf(slotNodes, Math.max(slot + 1, slotNodes.length * 2));
            slotUnits = Arrays.copyOf(slotUnits, slotNodes.length);
        }
        int[] nodes = new int[Math.min(units, free.length)];
        int[] taken = new int[nodes.length];
        int n = 0;
        int left = units;
        for (int node = withFree.nextSetBit(0); left > 0; node = withFree.nextSetBit(node + 1)) {
            if (node < 0) {
                throw new IllegalStateException("no free units left for " + left + " more of slot " + slot);
            }
            int take = Math.min(left, free[node]);
            free[node] -= take;
            if (free[node] == 0) {
                withFree.clear(node);
            }
            nodes[n] = node;
            taken[n++] = take;
            left -= take;
        }
        slotNodes[slot] = Arrays.copyOf(nodes, n);
        slotUnits[slot] = Arrays.copyOf(taken, n);
        slotsSeen = Math.max(slotsSeen, slot + 1);
    }

    /** Frees the units of the job of {@code slot}. */
    void release(int slot) {
        int[] nodes = slotNodes[slot];
        for (int i = 0; i < nodes.length; i++) {
            free[nodes[i]] += slotUnits[slot][i];
            withFree.set(nodes[i]);
        }
        slotNodes[slot] = null;
        slotUnits[slot] = null;
    }

    /** The slots of the jobs holding units of {@code node}, in slot order. */
    int[] slotsOn(int node) {
        int[] found = new int[4];
        int n = 0;
        for (int slot = 0; slot < slotsSeen; slot++) {
            int[] nodes = slotNodes[slot];
            if (nodes != null && Arrays.binarySearch(nodes, node) >= 0) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = slot;
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** Whether {@code node} is up (not failed and waiting for its replacement). */
    boolean isUp(int node) {
        return free[node] >= 0;
    }

    /** Takes {@code node}, which no job holds any more, out of service. */
    void down(int node) {
        if (free[node] != unitsPerNode) {
            throw new IllegalStateException("node " + node + " still holds jobs");
        }
        free[node] = -1;
        withFree.clear(node);
    }

    /** Puts {@code node} back in service, all free. */
    void up(int node) {
        free[node] = unitsPerNode;
        withFree.set(node);
    }
}
