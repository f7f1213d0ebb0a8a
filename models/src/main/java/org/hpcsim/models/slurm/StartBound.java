package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.List;

/**
 * Which pending jobs a backfill pass could still start now, kept up to date as the pass reserves
 * nodes and starts jobs, so that the pass stops planning after the last one. A pass only starts
 * jobs (or preempts for them); the plan of a job no later job can start in changes nothing.
 *
 * <p>The test is exact about reservations and generous about the rest. A job's first try in the
 * plan loop (the only one that can start it) walks the node-space intervals from now to now + the
 * time limit its plan tests with, so a node is usable then exactly when it is in the job's
 * partition, up, and no reservation on it begins at or before that end (every reservation ends after now: it lasts at
 * least bf_resolution from a start no earlier than now rounded down to it). Of the usable nodes,
 * the job needs as many idle ones, and their CPUs, as it asks for when it takes whole nodes, or
 * as many free CPUs and GPUs when it shares nodes; features, memory, weights and switches are
 * not looked at, so a job that passes may still not start, but one that fails cannot. Reservations
 * only grow and free resources only shrink during a pass (after a preemption, which frees nodes,
 * the candidates are gathered again and the whole rest of the queue retested), so a job that
 * fails stays failed. Before the pass reads its node space the test is by free resources alone:
 * a pass in which no pending job fits in them is skipped.
 */
final class StartBound {
    private final SlurmCluster cluster;
    private final Preemptor preemptor;
    private final TestLimit testLimit;
    /** The earliest reservation start on each node in this pass, Long.MAX_VALUE for none; kept for candidates. */
    private final long[] firstReserved;
    /** Nodes up and not wholly busy at the pass's start: the only ones a job could start on now. */
    private int[] candidates = new int[0];
    private int candidateCount;
    /** Whether some node has GPUs: a node whose CPUs are all taken may then still offer GPUs. */
    private final boolean gpus;

    /** The time limit a job's plan walks the node space with in a partition. */
    interface TestLimit {
        long of(SlurmJob job, int partition);
    }

    StartBound(SlurmCluster cluster, Preemptor preemptor, TestLimit testLimit) {
        this.cluster = cluster;
        this.preemptor = preemptor;
        this.testLimit = testLimit;
        this.firstReserved = new long[cluster.nodes.size()];
        this.gpus = cluster.nodes.stream().anyMatch(n -> n.gpus() > 0);
    }

    /**
     * Starts a pass: gathers the nodes a job could start on now, up and idle or with free CPUs
     * (or, on a cluster with GPUs, free GPUs) on nodes nobody holds whole, none of them reserved
     * yet, so that {@link #lastPossible} tests by free resources alone until {@link #readSpace}.
     * Again after a preemption, which frees nodes.
     */
    void collectCandidates() {
        if (candidates.length < cluster.nodes.size()) {
            candidates = new int[cluster.nodes.size()];
        }
        candidateCount = 0;
        NodeResources free = cluster.free;
        long[] up = cluster.up.toLongArray();
        long[] idle = free.idle.toLongArray();
        long[] open = free.open.toLongArray();
        for (int w = 0; w < up.length; w++) {
            long word = gpus ? up[w] : up[w] & ((w < idle.length ? idle[w] : 0L) | (w < open.length ? open[w] : 0L));
            for (; word != 0; word &= word - 1) {
                int n = (w << 6) + Long.numberOfTrailingZeros(word);
                if (!gpus || free.idle(n) || (!free.wholeHeld[n] && (free.freeCpus[n] > 0 || free.freeGpus[n] > 0))) {
                    candidates[candidateCount++] = n;
                    firstReserved[n] = Long.MAX_VALUE;
                }
            }
        }
    }

    /** Reads the reservations already in {@code space} (maintenance windows, or the pass's so far). */
    void readSpace(NodeSpace space) {
        for (NodeSpace.Interval interval : space.intervals()) {
            long[] avail = interval.avail;
            for (int k = 0; k < candidateCount; k++) {
                int n = candidates[k];
                int w = n >>> 6;
                if (w >= avail.length || (avail[w] & (1L << n)) == 0) {
                    firstReserved[n] = Math.min(firstReserved[n], interval.begin);
                }
            }
        }
    }

    /** {@code nodes} are reserved from {@code start} on (a start inside the node space's window). */
    void reserved(BitSet nodes, long start) {
        for (int n = nodes.nextSetBit(0); n >= 0; n = nodes.nextSetBit(n + 1)) {
            if (start < firstReserved[n]) {
                firstReserved[n] = start;
            }
        }
    }

    /**
     * The last of {@code entries} up to {@code last} that could still start now, or {@code from}
     * when none after it can: entries after {@code from} are tested from the end down.
     */
    int lastPossible(List<JobQueue.Entry> entries, int from, int last, long now) {
        while (last > from && !mayStartNow(entries.get(last), now)) {
            last--;
        }
        return last;
    }

    private boolean mayStartNow(JobQueue.Entry e, long now) {
        SlurmJob job = e.job();
        if (!job.pending()) {
            return false;
        }
        int p = e.partition();
        if (preemptor.canPreempt(job, p)) {
            return true;
        }
        JobRequest r = cluster.requestIn(job, p);
        long horizon = now + testLimit.of(job, p);
        BitSet partition = cluster.partitionNodes(p);
        NodeResources free = cluster.free;
        boolean whole = cluster.selector.wholeNodes(r);
        long nodes = 0;
        long cpus = 0;
        long gpus = 0;
        for (int k = 0; k < candidateCount; k++) {
            int n = candidates[k];
            if (firstReserved[n] <= horizon || !partition.get(n)) {
                continue;
            }
            if (whole) {
                if (free.idle(n)) {
                    nodes++;
                    cpus += cluster.nodes.get(n).cpus();
                }
            } else if (!free.wholeHeld[n]) {
                cpus += free.freeCpus[n];
                gpus += free.freeGpus[n];
            }
        }
        return whole ? nodes >= Math.max(r.minNodes(), 1) && cpus >= r.cpus()
                : cpus >= r.cpus() && gpus >= r.gpus();
    }
}
