package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;

/**
 * When each busy node will be wholly free if its jobs end at their time limits, and the busy
 * nodes in that order: what the will-run test needs for whole-node requests, built once per
 * backfill pass and updated as the pass starts jobs. A job already past its limit counts as
 * ending one second from now (select_linear.c, 22.05).
 */
final class NodeFreeTimes {
    private final long[] freeAt;
    private int[] busy;
    private int busyCount;
    private boolean sorted;
    private final BitSet busySet = new BitSet();

    NodeFreeTimes(int nodes) {
        freeAt = new long[nodes];
        busy = new int[nodes];
    }

    /** Rebuilds from the running jobs at {@code now}. */
    void reset(List<SlurmJob> running, long now) {
        busyCount = 0;
        busySet.clear();
        for (SlurmJob j : running) {
            occupy(j.allocation, j.limitEnd, now);
        }
        sorted = false;
    }

    /** A job now holds {@code a} until {@code limitEnd}. */
    void occupy(Allocation a, long limitEnd, long now) {
        long end = limitEnd <= now ? now + SimTime.SECOND : limitEnd;
        for (int k = 0; k < a.nodeCount(); k++) {
            int n = a.node(k);
            if (!busySet.get(n)) {
                busySet.set(n);
                freeAt[n] = end;
                busy[busyCount++] = n;
            } else {
                freeAt[n] = Math.max(freeAt[n], end);
            }
        }
        sorted = false;
    }

    /**
     * The earliest time at or after {@code now} when enough of {@code avail} is free for
     * {@code r}, nodes free now counting first, with {@code selector} choosing the nodes; -1 when
     * never. The chosen nodes are left in {@code out[0]}.
     */
    long earliest(JobRequest r, BitSet avail, BitSet idleNow, NodeSelector selector, List<SlurmNode> nodes,
                  long now, Allocation[] out) {
        sortIfNeeded();
        int want = Math.max(r.minNodes(), 1);
        BitSet ready = (BitSet) idleNow.clone();
        ready.and(avail);
        int count = 0;
        long cpus = 0;
        long gpus = 0;
        for (int n = ready.nextSetBit(0); n >= 0; n = ready.nextSetBit(n + 1)) {
            count++;
            cpus += nodes.get(n).cpus();
            gpus += nodes.get(n).gpus();
        }
        for (int k = 0; k < busyCount; ) {
            long t = freeAt[busy[k]];
            int before = count;
            for (; k < busyCount && freeAt[busy[k]] == t; k++) { // nodes freed at the same instant are as good
                int n = busy[k];
                if (avail.get(n)) {
                    ready.set(n);
                    count++;
                    cpus += nodes.get(n).cpus();
                    gpus += nodes.get(n).gpus();
                }
            }
            if (count > before && count >= want && cpus >= r.cpus() && gpus >= r.gpus()) {
                // Enough nodes always fit without a switch tree; with one they may lie under no
                // common switch yet, and then the search goes on.
                out[0] = selector.wholeNodes(r, avail, ready);
                if (out[0] != null) {
                    return t;
                }
            }
        }
        out[0] = null;
        return -1;
    }

    private void sortIfNeeded() {
        if (sorted) {
            return;
        }
        Integer[] idx = new Integer[busyCount];
        for (int k = 0; k < busyCount; k++) {
            idx[k] = busy[k];
        }
        Arrays.sort(idx, (a, b) -> a.equals(b) ? 0
                : freeAt[a] != freeAt[b] ? Long.compare(freeAt[a], freeAt[b]) : Integer.compare(a, b));
        for (int k = 0; k < busyCount; k++) {
            busy[k] = idx[k];
        }
        sorted = true;
    }
}
