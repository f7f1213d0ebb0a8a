package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;

/**
 * The will-run test's search for whole-node requests over when each busy node will be wholly free
 * if its jobs end at their time limits (the busy nodes in that order kept by {@link BusyOrder}),
 * built once per backfill pass and updated as the pass starts jobs. A job already past its limit
 * counts as ending one second from now (select_linear.c, 22.05).
 */
final class NodeFreeTimes {
    private final BusyOrder order;
    /** Node sets as words: the nodes ready by the time tested, and the nodes offered. */
    private final int words;
    private final long[] ready;
    /** How many busy nodes, in free-time order, the last test's search made ready (see {@link #widen}). */
    private int readyEnd;
    /** The nodes idle as of the last reset, less those taken since: the words of the idle set. */
    private final long[] idleWords;
    private final long[] availWords;
    /** A test whose choice of nodes was deferred. */
    private final DeferredChoice deferred;
    private final OrderPrefixSets prefixSets = new OrderPrefixSets();
    private final LikeNodes like = new LikeNodes();
    /** The jobs whose nodes {@link #order} holds, and the running jobs a reset found new. */
    private final HeldJobs held;
    private final List<SlurmJob> fresh = new ArrayList<>();

    NodeFreeTimes(int nodes) {
        order = new BusyOrder(nodes);
        held = new HeldJobs(nodes);
        words = (nodes + 63) >>> 6;
        ready = new long[words];
        idleWords = new long[words];
        availWords = new long[words];
        deferred = new DeferredChoice(words);
    }

    /**
     * Brings the busy nodes to the running jobs at {@code now}, with {@code idle} the nodes they
     * leave idle: what changed since the last reset (see {@link HeldJobs}), or all of it again.
     */
    void reset(List<SlurmJob> running, BitSet idle, long now) {
        load(idle, idleWords);
        HeldJobs.Change change = held.update(running, now, order, fresh);
        if (change == HeldJobs.Change.REBUILD) {
            order.clear();
            for (SlurmJob j : running) {
                occupy(j.allocation, j.limitEnd, now);
            }
            if (order.markSortedIfInOrder()) {
                prefixSets.invalidate();
            }
            return;
        }
        for (SlurmJob j : fresh) {
            occupy(j.allocation, j.limitEnd, now);
        }
        if (change == HeldJobs.Change.SOME) {
            prefixSets.invalidate(); // nodes left the order, or came in or moved (a sort would say so too)
        }
    }

    /**
     * When a job whose limit ends at {@code limitEnd} is taken to free its nodes: then, or, when it
     * is already past it, one second from now (select_linear.c, 22.05).
     */
    static long freeTimeOf(long limitEnd, long now) {
        return limitEnd <= now ? now + SimTime.SECOND : limitEnd;
    }

    /** A job now holds {@code a} until {@code limitEnd}. */
    void occupy(Allocation a, long limitEnd, long now) {
        held.hold(a, limitEnd);
        long end = freeTimeOf(limitEnd, now);
        for (int k = 0; k < a.nodeCount(); k++) {
            int n = a.node(k);
            idleWords[n >>> 6] &= ~(1L << n);
            order.hold(n, end);
        }
    }

    /**
     * The earliest time at or after {@code now} when enough of {@code avail} is free for
     * {@code r}, nodes idle now (as of the last reset, less those taken since) counting first,
     * with {@code selector} choosing the nodes; -1 when never. The chosen nodes are left in
     * {@code out[0]}.
     */
    long earliest(JobRequest r, BitSet avail, NodeSelector selector, List<SlurmNode> nodes, long now,
                  Allocation[] out) {
        return earliest(r, avail, selector, nodes, now, out, false);
    }

    /**
     * As {@link #earliest(JobRequest, BitSet, NodeSelector, List, long, Allocation[])};
     * when {@code defer} is set and the time found is one at which the selector is sure to place
     * the job (see {@link NodeSelector#placesAnyEnough}), the nodes are not chosen yet: out[0] is
     * left null and {@link #deferredChoice} chooses them, as they would have been chosen, when
     * they are wanted. A test whose time does not hold (a later one is tried, or it lies past the
     * window) then costs no choice at all.
     */
    long earliest(JobRequest r, BitSet avail, NodeSelector selector, List<SlurmNode> nodes, long now,
                  Allocation[] out, boolean defer) {
        int want = Math.max(r.minNodes(), 1);
        if (!like.mayHold(r, want, avail, nodes)) { // the search below only counts nodes of avail
            out[0] = null;
            return -1; // all of avail free would not do: no time will
        }
        sortIfNeeded();
        long[] availWords = load(avail, this.availWords);
        int count = 0;
        for (int w = 0; w < words; w++) {
            ready[w] = idleWords[w] & availWords[w];
            count += Long.bitCount(ready[w]);
        }
        return later(r, want, count, avail, selector, nodes, out, defer);
    }

    /**
     * The whole will-run test, fits-now included, for a request the selector places on any set of
     * like nodes that holds enough ({@link NodeSelector#placesAnyEnough}) on a cluster whose nodes
     * are all alike, offered {@code offered} (words, at least as many as the cluster's): now when
     * enough of it is idle, else as {@link #earliest} with the choice deferred. As the selector
     * would place such a request wherever enough nodes are, counting stands for its test, and no
     * node set is copied. {@link #UNLIKE} when the nodes are not all alike (the caller tests the
     * usual way).
     */
    long earliestOnLikeNodes(JobRequest r, long[] offered, NodeSelector selector, List<SlurmNode> nodes, long now,
                             Allocation[] out) {
        if (like.learn(nodes) <= 0) {
            return UNLIKE;
        }
        int want = Math.max(r.minNodes(), 1);
        long need = like.needed(r, want);
        int total = 0;
        int count = 0;
        for (int w = 0; w < words; w++) {
            long a = offered[w];
            availWords[w] = a;
            ready[w] = idleWords[w] & a;
            total += Long.bitCount(a);
            count += Long.bitCount(ready[w]);
        }
        out[0] = null;
        if (total < need) {
            return -1; // all of it free would not do: no time will
        }
        if (count >= need) {
            deferChoice(r, null, selector, out); // the choice never reads the BitSet without node-narrowing options
            return now;
        }
        sortIfNeeded();
        return later(r, want, count, null, selector, nodes, out, true);
    }

    /** {@link #earliestOnLikeNodes}'s answer when the cluster's nodes are not all alike. */
    static final long UNLIKE = Long.MIN_VALUE;

    /**
     * The search past now: {@code ready} holds the nodes of {@link #availWords} idle now,
     * {@code count} of them, too few for the request; busy nodes are added in free-time order
     * until enough are ready.
     */
    private long later(JobRequest r, int want, int count, BitSet avail, NodeSelector selector,
                       List<SlurmNode> nodes, Allocation[] out, boolean defer) {
        long[] availWords = this.availWords;
        long cpus = 0;
        long gpus = 0;
        int k = 0;
        if (like.cpus() > 0) {
            cpus = (long) count * like.cpus();
            gpus = (long) count * like.gpus();
            int end = firstUsefulGroupEnd(r, want, count, availWords);
            if (end > 0) {
                // The groups up to end taken in one step: the test below passes first at end.
                int more = prefixSets.addAmong(end, availWords, order.nodes(), ready);
                count += more;
                cpus += (long) more * like.cpus();
                gpus += (long) more * like.gpus();
                readyEnd = end;
                if (defer && surelyPlaced(r, want, selector)) {
                    deferChoice(r, avail, selector, out);
                    return order.freeAtRank(end - 1);
                }
                out[0] = selector.wholeNodes(r, avail, availWords, ready, words);
                if (out[0] != null) {
                    return order.freeAtRank(end - 1);
                }
                k = end;
            }
        } else {
            for (int w = 0; w < words; w++) {
                for (long x = ready[w]; x != 0; x &= x - 1) {
                    SlurmNode node = nodes.get((w << 6) + Long.numberOfTrailingZeros(x));
                    count++;
                    cpus += node.cpus();
                    gpus += node.gpus();
                }
            }
        }
        int busyCount = order.count();
        for (; k < busyCount; ) {
            long t = order.freeAtRank(k);
            int before = count;
            for (; k < busyCount && order.freeAtRank(k) == t; k++) { // nodes freed at the same instant are as good
                int n = order.node(k);
                if ((availWords[n >>> 6] & (1L << n)) != 0) {
                    SlurmNode node = nodes.get(n);
                    ready[n >>> 6] |= 1L << n;
                    count++;
                    cpus += node.cpus();
                    gpus += node.gpus();
                }
            }
            readyEnd = k;
            if (count > before && count >= want && cpus >= r.cpus() && gpus >= r.gpus()) {
                // Enough nodes always fit without a switch tree; with one they may lie under no
                // common switch yet, and then the search goes on.
                if (defer && like.cpus() > 0 && surelyPlaced(r, want, selector)) {
                    deferChoice(r, avail, selector, out);
                    return t;
                }
                out[0] = selector.wholeNodes(r, avail, availWords, ready, words);
                if (out[0] != null) {
                    return t;
                }
            }
        }
        out[0] = null;
        return -1;
    }

    /** The offered nodes of the last test, as words. */
    long[] offeredWords() {
        return availWords;
    }

    /**
     * After a test that answered earlier, the offered nodes free by {@code by} made ready
     * too, the search going on from where it stopped, and the nodes chosen again among them, into {@code out[0]}, or that choice deferred (see
     * {@link #earliest}) where {@code defer} allows; a choice that fails keeps the earlier one.
     */
    void widen(long by, JobRequest r, BitSet avail, NodeSelector selector, Allocation[] out, boolean defer) {
        for (int k = readyEnd; k < order.count() && order.freeAtRank(k) <= by; k++) {
            int n = order.node(k);
            ready[n >>> 6] |= availWords[n >>> 6] & (1L << n);
        }
        if (defer && surelyPlaced(r, Math.max(r.minNodes(), 1), selector)) {
            deferChoice(r, avail, selector, out);
            return;
        }
        Allocation a = selector.wholeNodes(r, avail, availWords, ready, words);
        if (a != null) {
            out[0] = a;
        }
    }

    /**
     * Whether whole-node request {@code r} surely cannot start by {@code t} on {@code avail} (as
     * words): fewer of its nodes are idle now or free by then than it needs (on like nodes, as many
     * as its CPUs and GPUs need too), so {@link #earliest} would answer a later time or none. A
     * cheap count, where the test itself searches the free times and chooses nodes.
     */
    boolean tooFewFreeBy(JobRequest r, long t, long[] avail, List<SlurmNode> nodes) {
        int want = Math.max(r.minNodes(), 1);
        long need = like.learn(nodes) > 0 ? like.needed(r, want) : want;
        int n = Math.min(words, avail.length);
        long count = 0;
        for (int w = 0; w < n; w++) {
            count += Long.bitCount(idleWords[w] & avail[w]);
        }
        if (count >= need) {
            return false;
        }
        sortIfNeeded();
        int lo = order.freeBy(t, 0); // the busy nodes free by t come first: how many
        if (lo >= 256) {
            prefixSets.buildIfNeeded(order.nodes(), order.count(), order.nodeCount());
            count += prefixSets.countAmong(lo, avail, order.nodes());
        } else {
            for (int k = 0; k < lo; k++) {
                int b = order.node(k);
                if (b >>> 6 < n && (avail[b >>> 6] & (1L << b)) != 0) {
                    count++;
                }
            }
        }
        return count < need;
    }

    /**
     * Whether the selector is sure to place {@code r} on the ready nodes: it places any request
     * on any set that holds enough, and the ready nodes (counted exactly, the nodes being alike)
     * hold enough.
     */
    private boolean surelyPlaced(JobRequest r, int want, NodeSelector selector) {
        if (like.cpus() <= 0 || !selector.placesAnyEnough(r)) {
            return false;
        }
        long count = 0;
        for (int w = 0; w < words; w++) {
            count += Long.bitCount(ready[w]);
        }
        return count >= want && count * like.cpus() >= r.cpus() && count * like.gpus() >= r.gpus();
    }

    private void deferChoice(JobRequest r, BitSet avail, NodeSelector selector, Allocation[] out) {
        deferred.hold(r, avail, availWords, ready, selector);
        out[0] = null;
    }

    /** The nodes of the last deferred test, chosen as the test would have chosen them. */
    Allocation deferredChoice() {
        return deferred.choose();
    }

    /**
     * {@code set}'s words in {@code into} (as long as every node set here), the words past its
     * highest node cleared; returns into.
     */
    private long[] load(BitSet set, long[] into) {
        long[] w = set.toLongArray();
        int n = Math.min(w.length, words);
        System.arraycopy(w, 0, into, 0, n);
        Arrays.fill(into, n, words, 0L);
        return into;
    }

    /**
     * On a cluster of like nodes, where the test below only counts nodes: the end (exclusive) of
     * the time group of busy nodes at whose end enough nodes of {@code avail} are first free, so
     * that the groups up to it, at whose ends the test cannot pass yet, are taken in one step; 0
     * when enough is free now, or when there are too few busy nodes for the search to pay.
     */
    private int firstUsefulGroupEnd(JobRequest r, int want, int count, long[] avail) {
        long nodesNeeded = like.needed(r, want);
        if (nodesNeeded <= count || order.count() < 256) {
            return 0;
        }
        prefixSets.buildIfNeeded(order.nodes(), order.count(), order.nodeCount());
        int p = prefixSets.firstPrefixHolding((int) (nodesNeeded - count), avail, order.nodes(), order.count());
        if (p < 0) {
            return 0;
        }
        return order.freeBy(order.freeAtRank(p - 1), p); // the first index past the group of that time
    }

    /** Puts the busy nodes in free-time order (see {@link BusyOrder}); the prefix sets follow. */
    private void sortIfNeeded() {
        if (order.sortIfNeeded()) {
            prefixSets.invalidate();
        }
    }
}
