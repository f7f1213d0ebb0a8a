package org.hpcsim.models.slurm;

/**
 * The busy nodes of {@link NodeFreeTimes} in (free time, node) order, and when each is wholly
 * free. A node whose free time is new or later than before is marked; the next sort takes the
 * marked nodes out, sorts them alone and merges them back into the rest, which is still in order.
 * Running jobs come by time-limit end with their nodes in index order, so after a rebuild the
 * nodes usually arrive in order already and nothing is left to sort.
 */
final class BusyOrder {
    private final long[] freeAt;
    /** The busy nodes; the first {@code sortedCount} are in order and not marked. */
    private int[] busy;
    private int count;
    private int sortedCount;
    private final boolean[] isBusy;
    /** Busy nodes that are new or whose free time changed since the last sort. */
    private final boolean[] marked;
    private int markedCount;
    private int[] spare;
    private final int[] tail;

    BusyOrder(int nodes) {
        freeAt = new long[nodes];
        isBusy = new boolean[nodes];
        marked = new boolean[nodes];
        busy = new int[nodes];
        spare = new int[nodes];
        tail = new int[nodes];
    }

    /** No node is busy. */
    void clear() {
        for (int k = 0; k < count; k++) {
            isBusy[busy[k]] = false; // every busy or marked node is in busy
            marked[busy[k]] = false;
        }
        count = 0;
        sortedCount = 0;
        markedCount = 0;
    }

    /** Node {@code n} is busy until {@code end} at least (the latest end of the jobs holding it). */
    void hold(int n, long end) {
        if (!isBusy[n]) {
            isBusy[n] = true;
            freeAt[n] = end;
            busy[count++] = n;
            mark(n);
        } else if (end > freeAt[n]) {
            freeAt[n] = end;
            mark(n);
        }
    }

    /** Node {@code n} is busy no longer; {@link #dropReleased} takes it out of the order. */
    void release(int n) {
        isBusy[n] = false;
        if (marked[n]) {
            marked[n] = false;
            markedCount--;
        }
    }

    /** Takes the released nodes out of the order; the others keep their places. */
    void dropReleased() {
        int kept = 0;
        int keptSorted = 0;
        for (int k = 0; k < count; k++) {
            int n = busy[k];
            if (isBusy[n]) {
                busy[kept++] = n;
                keptSorted += k < sortedCount ? 1 : 0;
            }
        }
        count = kept;
        sortedCount = keptSorted;
    }

    /** Marks every node sorted when they arrived in order; true when it did (the order is new). */
    boolean markSortedIfInOrder() {
        if (!FreeTimeOrder.inOrder(freeAt, busy, count)) {
            return false;
        }
        for (int k = 0; k < count; k++) {
            marked[busy[k]] = false;
        }
        markedCount = 0;
        sortedCount = count;
        return true;
    }

    /** Puts the busy nodes in order; true when it moved any (the order is new). */
    boolean sortIfNeeded() {
        if (markedCount == 0) {
            return false;
        }
        int kept = 0;
        int moved = 0;
        for (int k = 0; k < sortedCount; k++) {
            int n = busy[k];
            if (marked[n]) {
                tail[moved++] = n;
            } else {
                busy[kept++] = n;
            }
        }
        for (int k = sortedCount; k < count; k++) {
            tail[moved++] = busy[k];
        }
        FreeTimeOrder.sort(freeAt, tail, moved, spare);
        FreeTimeOrder.merge(freeAt, busy, kept, tail, moved, spare);
        int[] swap = busy;
        busy = spare;
        spare = swap;
        sortedCount = count;
        for (int k = 0; k < moved; k++) {
            marked[tail[k]] = false; // the marked nodes are the ones moved
        }
        markedCount = 0;
        return true;
    }

    /** How many nodes are busy. */
    int count() {
        return count;
    }

    /** The busy nodes, the first {@link #count} of them in order once sorted (the array changes at each sort). */
    int[] nodes() {
        return busy;
    }

    /** The {@code k}-th busy node. */
    int node(int k) {
        return busy[k];
    }

    /** When the {@code k}-th busy node is free. */
    long freeAtRank(int k) {
        return freeAt[busy[k]];
    }

    /** How many nodes there are, busy or not. */
    int nodeCount() {
        return freeAt.length;
    }

    /** How many busy nodes (in order) are free by {@code t}; the first {@code from} are. */
    int freeBy(long t, int from) {
        int lo = from;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (freeAt[busy[mid]] > t) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private void mark(int n) {
        if (!marked[n]) {
            marked[n] = true;
            markedCount++;
        }
    }
}
