package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;

/**
 * The select plugin's "will run" test: the earliest time a job fits on a set of nodes, assuming
 * running jobs end at their time limits. Running jobs are released in order of that end until
 * the job fits, after each one under select/linear, in batches of ends under select/cons_tres
 * (see {@link ReleaseBatches}); the start is the end of the last one released, or, when that job
 * is already past its limit, a guess (see {@link #plannedEnd}). Whole-node requests (under either
 * plugin; cons_tres's then moved to the end of their batch) read per-node free times; other
 * requests release jobs into a projection of the free
 * resources that is restored node by node afterwards, and a running count of free CPUs skips the
 * full selection until it could succeed. A job held to a --switches count whose first placement, now or later,
 * spans more leaf switches than it may gets no time at all: the plugins test that placement's
 * switch count and fail the will-run test (best_switch false), they do not look further.
 */
final class WillRun {
    /**
     * A year (YEAR_SECONDS): job_test.c's _guess_job_end takes a job without a time limit to end a
     * year from now, and backfill.c one running without a limit to hold its nodes a year.
     */
    static final long YEAR = SimTime.seconds(365L * 24 * 60 * 60);
    private final SlurmCluster cluster;
    private final NodeResources projected;
    private final NodeFreeTimes freeTimes;
    private final Allocation[] chosen = new Allocation[1];
    private final ReleaseBatches batches;
    private int[] touched = new int[64];
    private int touchedCount;

    /** The result of the last test: the nodes it would use at its start (see {@link #allocation()}). */
    private Allocation allocation;
    /** Whether the last test left its choice of nodes to {@link NodeFreeTimes#deferredChoice}. */
    private boolean choicePending;

    /** Tests on {@code cluster}, whose simulation time 0 is {@code unixOrigin} in Unix seconds. */
    WillRun(SlurmCluster cluster, long unixOrigin) {
        this.cluster = cluster;
        this.batches = new ReleaseBatches(unixOrigin, cluster.config.params().bfWindowLinear());
        this.projected = cluster.free.copy();
        this.freeTimes = new NodeFreeTimes(cluster.nodes.size());
    }

    /** Starts a backfill pass: learns when each busy node frees up. */
    void reset(List<SlurmJob> running, long now) {
        freeTimes.reset(running, cluster.free.idle, now);
        projected.copyFrom(cluster.free);
        touchedCount = 0;
    }

    /** The pass started {@code job}: its nodes are busy until its limit. */
    void started(SlurmJob job, long now) {
        freeTimes.occupy(job.allocation, job.limitEnd, now);
        for (int k = 0; k < job.allocation.nodeCount(); k++) {
            projected.copyNode(cluster.free, job.allocation.node(k));
        }
    }

    /** The nodes the last test would use at its start, chosen now if the test left that for later. */
    Allocation allocation() {
        if (choicePending) {
            allocation = freeTimes.deferredChoice();
            choicePending = false;
        }
        return allocation;
    }

    /** The nodes a job gets without a test (it fits as things are). */
    void choose(Allocation a) {
        allocation = a;
        choicePending = false;
    }

    /**
     * Earliest start at or after {@code now} of {@code r} on {@code avail}, given {@code running}
     * sorted by time-limit end, on at most {@code maxLeaves} leaf switches (0: any); -1 when it
     * never fits there.
     */
    long earliest(JobRequest r, int maxLeaves, BitSet avail, List<SlurmJob> running, long now) {
        NodeSelector selector = cluster.selector;
        choose(selector.select(r, avail, cluster.free, maxLeaves));
        if (allocation != null) {
            return now;
        }
        if (maxLeaves > 0 && selector.select(r, avail, cluster.free) != null) {
            return -1; // it fits now, only on too many leaf switches
        }
        long t = later(r, avail, running, now);
        if (t >= 0 && maxLeaves > 0 && selector.leaves(allocation()) > maxLeaves) {
            allocation = null;
            return -1;
        }
        return t;
    }

    /**
     * As {@link #earliest(JobRequest, int, BitSet, List, long)} with the offered nodes as words
     * ({@code availWords}, as many as the cluster's): on a cluster of like nodes, for a whole-node
     * request the selector places wherever enough nodes are, the test counts nodes on those words
     * and chooses none until {@link #allocation} is asked for; otherwise as that method.
     */
    long earliest(JobRequest r, int maxLeaves, long[] availWords, List<SlurmJob> running, long now) {
        NodeSelector selector = cluster.selector;
        if (maxLeaves <= 0 && selector.wholeNodes(r) && selector.placesAnyEnough(r)) {
            long t = freeTimes.earliestOnLikeNodes(r, availWords, selector, cluster.nodes, now, chosen);
            if (t != NodeFreeTimes.UNLIKE) {
                t = batched(t, freeTimes, r, null, running, now, true);
                allocation = chosen[0];
                choicePending = t >= 0 && allocation == null;
                return t;
            }
        }
        return earliest(r, maxLeaves, BitSet.valueOf(availWords), running, now);
    }

    /**
     * Whether {@code r}, a whole-node request, surely cannot start by {@code t} on the nodes of
     * {@code availWords}, counting the nodes idle now or free by then (see
     * {@link NodeFreeTimes#tooFewFreeBy}); false for any other request.
     */
    boolean cannotStartBy(JobRequest r, long t, long[] availWords) {
        return cluster.selector.wholeNodes(r)
                && freeTimes.tooFewFreeBy(r, t, availWords, cluster.nodes);
    }

    private long later(JobRequest r, BitSet avail, List<SlurmJob> running, long now) {
        if (cluster.selector.wholeNodes(r)) {
            long t = freeTimes.earliest(r, avail, cluster.selector, cluster.nodes, now, chosen, true);
            t = batched(t, freeTimes, r, avail, running, now, true);
            allocation = chosen[0];
            choicePending = t >= 0 && allocation == null;
            return t;
        }
        return walk(r, avail, running, now);
    }

    /**
     * As {@link #earliest}, with {@code gone} (a job's preemption candidates) already ended: the
     * select plugin's will-run test with preemptee candidates takes them all out first and
     * answers "now" if the job then fits (job_test.c, _will_run_test: "Test with all preemptable
     * jobs gone"), else plans on the other jobs' ends alone. A placement on more than
     * {@code maxLeaves} leaf switches (0: any) fails the test as in {@link #earliest}.
     */
    long earliestWithout(JobRequest r, int maxLeaves, BitSet avail, List<SlurmJob> running, List<SlurmJob> gone,
                         long now) {
        NodeSelector selector = cluster.selector;
        choicePending = false;
        try {
            for (SlurmJob g : gone) {
                for (int k = 0; k < g.allocation.nodeCount(); k++) {
                    touch(g.allocation.node(k));
                }
                projected.release(g.allocation);
            }
            allocation = selector.select(r, avail, projected, maxLeaves);
            if (allocation != null) {
                return now;
            }
            if (maxLeaves > 0 && selector.select(r, avail, projected) != null) {
                return -1; // it fits now, only on too many leaf switches
            }
            List<SlurmJob> rest = new ArrayList<>(running);
            rest.removeAll(gone);
            long t;
            if (selector.wholeNodes(r)) {
                NodeFreeTimes times = new NodeFreeTimes(cluster.nodes.size());
                times.reset(rest, projected.idle, now);
                t = times.earliest(r, avail, selector, cluster.nodes, now, chosen);
                t = batched(t, times, r, avail, rest, now, false);
                allocation = chosen[0];
            } else {
                t = shared(r, avail, rest, now);
            }
            if (t >= 0 && maxLeaves > 0 && selector.leaves(allocation) > maxLeaves) {
                allocation = null;
                return -1;
            }
            return t;
        } finally {
            restore();
        }
    }

    /** {@link #shared}, the projection restored afterwards. */
    private long walk(JobRequest r, BitSet avail, List<SlurmJob> running, long now) {
        try {
            return shared(r, avail, running, now);
        } finally {
            restore();
        }
    }

    private long shared(JobRequest r, BitSet avail, List<SlurmJob> running, long now) {
        long room = 0;
        BitSet open = (BitSet) projected.open.clone();
        open.and(avail);
        for (int n = open.nextSetBit(0); n >= 0; n = open.nextSetBit(n + 1)) {
            room += projected.freeCpus[n];
        }
        boolean inBatches = consTres();
        batches.reset();
        SlurmJob untried = null; // under cons_tres, the last job taken out since the last try
        for (int i = 0; i < running.size(); i++) {
            SlurmJob j = running.get(i);
            Allocation a = j.allocation;
            boolean offered = false;
            for (int k = 0; k < a.nodeCount(); k++) {
                int n = a.node(k);
                touch(n);
                if (avail.get(n)) {
                    room += a.whole() ? cluster.nodes.get(n).cpus() : a.cpus(k);
                    offered = true;
                }
            }
            projected.release(a);
            boolean last = i + 1 == running.size();
            if (inBatches) {
                untried = offered ? j : untried;
                if (!(offered && batches.tryAfter(j.limitEnd, !last, last ? 0 : running.get(i + 1).limitEnd))) {
                    continue;
                }
                untried = null;
            }
            if (fitsReleased(r, avail, room)) {
                return plannedEnd(j, now);
            }
        }
        // The list ended while jobs off the offered nodes were passed over: that batch is tried too.
        return untried != null && fitsReleased(r, avail, room) ? plannedEnd(untried, now) : -1;
    }

    /** Whether {@code r} fits on {@code avail} in the projection, {@code room} CPUs there: the nodes in {@link #allocation}. */
    private boolean fitsReleased(JobRequest r, BitSet avail, long room) {
        allocation = room >= r.cpus() ? cluster.selector.select(r, avail, projected) : null;
        return allocation != null;
    }

    /**
     * The answer of {@link #earliest} found the plain way, taking running jobs out one by one (in
     * cons_tres's batches where they apply) and asking the selector: what the free-time search
     * must agree with. For tests.
     */
    long earliestByWalk(JobRequest r, BitSet avail, List<SlurmJob> running, long now) {
        choose(cluster.selector.select(r, avail, cluster.free));
        if (allocation != null) {
            return now;
        }
        return walk(r, avail, running, now);
    }

    /**
     * Under cons_tres, the answer {@code t} of a test on {@code times} (which tries after each end)
     * moved to the end of the batch it falls in (see {@link ReleaseBatches}), the nodes chosen again
     * among those free then (or that choice left for later where {@code defer}); else {@code t}.
     */
    private long batched(long t, NodeFreeTimes times, JobRequest r, BitSet avail, List<SlurmJob> running, long now,
                         boolean defer) {
        if (t <= now || !consTres()) {
            return t;
        }
        SlurmJob last = batches.lastTakenOut(running, times.offeredWords(), t, now);
        if (last == null || batches.splitTie()) {
            // The batch ends between jobs of one end, which free times cannot tell apart: take the
            // jobs out one by one.
            long w = walk(r, avail == null ? BitSet.valueOf(times.offeredWords()) : avail, running, now);
            chosen[0] = allocation;
            return w;
        }
        long by = NodeFreeTimes.freeTimeOf(last.limitEnd, now);
        if (by > t) {
            times.widen(by, r, avail, cluster.selector, chosen, defer);
        }
        return plannedEnd(last, now);
    }

    /**
     * When the test takes {@code j}, the last job it took out, to end: at its time limit, or, once
     * past it, one second from now (select_linear.c) or, under cons_tres, its limit plus KillWait
     * and OverTimeLimit, at least one second from now, or now plus its time limit (a year without
     * one) under an unlimited OverTimeLimit (job_test.c, _guess_job_end).
     */
    private long plannedEnd(SlurmJob j, long now) {
        if (j.limitEnd > now) {
            return j.limitEnd;
        }
        if (!consTres()) {
            return NodeFreeTimes.freeTimeOf(j.limitEnd, now);
        }
        SchedulerParams p = cluster.config.params();
        if (p.overTimeLimit() >= Long.MAX_VALUE / 4) {
            return now + (j.timeLimit == Long.MAX_VALUE ? YEAR : j.timeLimit);
        }
        return Math.max(j.limitEnd + p.killWait() + p.overTimeLimit(), now + SimTime.SECOND);
    }

    /** Whether the select plugin is cons_tres, whose will-run test takes running jobs out in batches. */
    private boolean consTres() {
        return cluster.config.select() == SelectType.CONS_TRES;
    }

    private void touch(int n) {
        if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = n;
    }

    /**
     * Puts the projection back to what is free: node by node when the test touched few nodes, else
     * all at once (a copy of every node costs less than thousands of single-node copies).
     */
    private void restore() {
        if (touchedCount > cluster.nodes.size() / 8) {
            projected.copyFrom(cluster.free);
        } else {
            for (int k = 0; k < touchedCount; k++) {
                projected.copyNode(cluster.free, touched[k]);
            }
        }
        touchedCount = 0;
    }
}
