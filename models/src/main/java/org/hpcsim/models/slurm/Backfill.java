package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.hpcsim.core.SimTime;

/**
 * One pass of Slurm's backfill scheduler (sched/backfill's {@code _attempt_backfill}). Pending
 * jobs are taken in queue order, up to bf_max_job_test of them. Each either starts now, on nodes
 * no higher-priority job has been promised for the length of its time limit, or gets a
 * reservation of whole nodes at its earliest start within bf_window, so every later job must
 * leave those nodes alone. Times in the plan are rounded down to bf_resolution, and jobs are
 * planned with their time limits, never their real run times. A job that may preempt is planned
 * as if its preemption candidates were gone; when it could then start now, the jobs the select
 * plugin's test chooses are preempted and the job gets a reservation from now on the nodes it
 * will take (backfill.c: _start_job fails with ESLURM_NODES_BUSY, "Drop through and reserve these
 * resources"), to start on a later pass. A job a QOS limit holds is skipped and gets no
 * reservation (see {@link QosLimits}). A job of a NoReserve QOS may start or preempt but never
 * gets a reservation, and while preemption is on it is tested as if its time limit were one
 * minute, on nodes no maintenance window takes during its real limit (backfill.c
 * _set_backfill_timelimits; job_test_resv runs with the real limit).
 */
final class Backfill {
    private final SlurmCluster cluster;
    private final JobStarter starter;
    private final SchedulerParams params;
    private final WillRun willRun;
    private final Preemptor preemptor;
    private final StartBound bound;
    private final PlanLimits limits;
    /** What a pass has used of bf_max_job_user and the other per-pass bounds; null when none is set. */
    private final BackfillQuotas quotas;
    /** Simulation time 0's distance past a multiple of bf_resolution in Unix time. */
    private final long originOffset;
    private BackfillListener listener = BackfillListener.NONE;
    private final ArrayTries arrays;
    /** Running jobs as the will-run test takes them out: by time-limit end, then submission. */
    private static final Comparator<SlurmJob> BY_END = Comparator.comparingLong((SlurmJob j) -> j.limitEnd)
            .thenComparingLong(j -> j.seq);

    Backfill(SlurmCluster cluster, JobStarter starter, SchedulerParams params, Preemptor preemptor, long unixOrigin) {
        this.cluster = cluster;
        this.originOffset = Math.floorMod(SimTime.seconds(unixOrigin), params.bfResolution());
        this.starter = starter;
        this.arrays = new ArrayTries(params.backfillLimits().maxJobArrayResv());
        this.params = params;
        this.willRun = new WillRun(cluster, unixOrigin);
        this.preemptor = preemptor;
        this.limits = new PlanLimits(cluster);
        this.quotas = params.backfillLimits().none() ? null
                : new BackfillQuotas(params.backfillLimits(), cluster.partitions.size());
        this.bound = new StartBound(cluster, preemptor, limits::test);
    }

    void listen(BackfillListener l) {
        this.listener = l;
    }

    /** One pass at {@code now} over {@code queue} with {@code running} jobs; returns how many jobs started. */
    int pass(JobQueue queue, List<SlurmJob> running, long now) {
        List<JobQueue.Entry> entries = new ArrayList<>(queue.inOrder());
        bound.collectCandidates();
        int last = bound.lastPossible(entries, -1, entries.size() - 1, now);
        if (last < 0) {
            return 0; // no pending job fits in what is free now, whatever the plan: the pass changes nothing
        }
        long res = params.bfResolution();
        List<SlurmJob> byEnd = new ArrayList<>(running);
        byEnd.sort(BY_END);
        long windowEnd = floor(now + params.bfWindow(), res);
        NodeSpace space = new NodeSpace(floor(now, res), windowEnd, cluster.up, cluster.nodes.size());
        cluster.maintenance.reserveInto(space, res, now);
        bound.readSpace(space);
        last = bound.lastPossible(entries, -1, last, now);
        int tested = 0;
        int started = 0;
        willRun.reset(byEnd, now);
        if (quotas != null) {
            quotas.reset();
        }
        listener.passStarted(now);
        arrays.reset();
        List<Object> preempting = new ArrayList<>();
        Object preemptedInChain = null; // the record whose chain (next_task) has preempted in this pass
        for (int i = 0; i <= last; i++) {
            JobQueue.Entry e = entries.get(i);
            SlurmJob job = e.job();
            if (!job.pending()) {
                continue;
            }
            int p = e.partition();
            // The checks backfill.c makes as it takes a queue record; the record's next task (next_task) skips them.
            boolean chained = arrays.continuesChain(job, p);
            if (!chained) {
                preemptedInChain = null;
                if (arrays.untried(job, p)) {
                    continue; // its record's entry is used up (bf_max_job_array_resv), or backfill tries none
                }
                if (tested >= params.bfMaxJobTest()) {
                    break;
                }
                if (!cluster.qos.mayStart(job, p)) {
                    continue; // backfill.c: held by a QOS limit, skipped before planning: no reservation
                }
                if (!preempting.isEmpty() && preempting.contains(job.record())) {
                    continue; // backfill.c: preempt_in_progress, "scheduled in another partition"
                }
            }
            if (arrays.rejected(job, p)) {
                continue; // backfill.c: "already rejected array element"
            }
            if (quotas != null && quotas.exceeded(job, p)) {
                continue; // backfill.c: bf_max_job_user, bf_max_job_part and the like, "skipping"
            }
            boolean nowOnly = quotas != null && quotas.startNowOnly(job, p, e.priority(), now);
            long limit = limits.plan(job, p);
            ChainStep step = !chained ? ChainStep.NONE
                    : new ChainStep(!cluster.qos.mayStart(job, p), job.record() == preemptedInChain);
            Outcome o = plan(job, p, limit, nowOnly, step, cluster.leafLimit(job, now), space, byEnd, now);
            tested += o.tested;
            if (o.startNow != null && (!cluster.qos.allows(job, o.startNow, now, p) || step.countsRefuse)) {
                continue; // _start_job answers ESLURM_ACCOUNTING_POLICY: "Unknown future start time, just skip job"
            }
            if (o.startNow != null) {
                JobListPlaces.ArrayRecord from = job.unstartedArray;
                starter.start(job, p, o.startNow);
                arrays.started(from, p);
                listener.backfilled(job, now, job.limitEnd, o.startNow.nodeSet());
                insertByEnd(byEnd, job);
                willRun.started(job, now);
                reserveRunning(job, space);
                started++;
                if (started == params.backfillLimits().maxJobStart()) {
                    break; // backfill.c: "bf_max_job_start limit reached"
                }
            } else if (!o.victims.isEmpty()) {
                preemptedInChain = job.record();
                starter.preempt(job, o.victims);
                preempting.add(preemptedInChain);
                // Victims in a grace time still run, to an earlier end; the others are gone.
                byEnd.removeIf(v -> !v.inGrace && o.victims.contains(v));
                byEnd.sort(BY_END);
                willRun.reset(byEnd, now);
                // The resources of the victims stopped now are free: entries pruned before may fit in them.
                bound.collectCandidates();
                bound.readSpace(space);
                last = entries.size() - 1;
            }
            if (o.tableFull) {
                break; // backfill.c: "table size limit of bf_node_space_size reached"
            }
            last = bound.lastPossible(entries, i, last, now);
        }
        return started;
    }

    /**
     * What an entry that continues its array record's chain (next_task) meets past the checks it
     * skips: {@code countsRefuse}, select_nodes refuses it first thing (the QOS job counts of
     * acct_policy_job_runnable_pre_select), so it neither starts nor preempts, though it may still
     * get a reservation; {@code afterPreempting}, a task before it in the chain preempted, and
     * next_task cleared the record's preempt_start_time "so a job array can preempt multiple
     * jobs" (backfill.c), so no retry guard holds it.
     */
    private record ChainStep(boolean countsRefuse, boolean afterPreempting) {
        static final ChainStep NONE = new ChainStep(false, false);
    }

    /** What planning one job decided: start it on {@code startNow}, preempt {@code victims}, or neither. */
    private record Outcome(Allocation startNow, List<SlurmJob> victims, int tested, boolean tableFull) {
        Outcome(Allocation startNow, int tested) {
            this(startNow, List.of(), tested, false);
        }

        /** The job's reservation found the node_space table full: the pass ends after it. */
        static Outcome tableFull(List<SlurmJob> victims, int tested) {
            return new Outcome(null, victims, tested, true);
        }
    }

    /**
     * The TRY_LATER loop for one job in one partition: start it now, reserve for it, or neither;
     * {@code nowOnly} tests a start now alone and reserves nothing (backfill.c TEST_NOW_ONLY).
     */
    private Outcome plan(SlurmJob job, int p, long realLimit, boolean nowOnly, ChainStep step,
                         int leafLimit, NodeSpace space, List<SlurmJob> byEnd, long now) {
        boolean noReserve = nowOnly || limits.noReserve(job);
        boolean oneMinute = limits.testsForOneMinute(job);
        long limit = oneMinute ? Math.min(realLimit, PlanLimits.NO_RESERVE_TEST_LIMIT) : realLimit;
        long laterStart = now;
        int tested = 0;
        long previous = -1;
        JobRequest request = cluster.requestIn(job, p);
        List<SlurmJob> candidates = preemptor.canPreempt(job, p) ? preemptor.candidates(job, p, byEnd, now) : List.of();
        // The partition's nodes that are up and that other users' jobs leave to this one: the same for every try.
        long[] usable = baseWords(p, space.words());
        cluster.keepToOwners(job, p, usable);
        List<NodeSpace.Interval> in = space.intervals(); // unchanged until the plan ends
        int first = 0; // the first interval that ends after the try's start: tries only move later
        boolean mayShortCut = !nowOnly && candidates.isEmpty(); // a count may then stand for the test
        while (true) {
            if (laterStart <= previous) {
                return new Outcome(null, tested); // no progress: nothing later to try
            }
            previous = laterStart;
            long startRes = laterStart;
            laterStart = 0;
            long endTime = startRes + limit;
            long[] base = oneMinute ? usable.clone() : usable; // read-only below but for the window's nodes
            if (oneMinute) {
                long[] blocked = cluster.maintenance.blocking(startRes, startRes + realLimit).toLongArray();
                for (int w = 0; w < Math.min(base.length, blocked.length); w++) {
                    base[w] &= ~blocked[w];
                }
            }
            long[] availWords = base.clone();
            while (first < in.size() && in.get(first).end <= startRes) {
                first++;
            }
            // nodes reserved on the way that free up later: worth a second try then
            laterStart = space.narrowForTry(first, endTime, base, availWords);
            if (count(availWords) < Math.max(request.minNodes(), 1)) {
                if (laterStart != 0 && !nowOnly) {
                    continue;
                }
                return new Outcome(null, tested);
            }
            tested = 1;
            if (laterStart != 0 && mayShortCut && willRun.cannotStartBy(request, laterStart, availWords)) {
                continue; // the test would find no start by the next try's: go straight to that try
            }
            BitSet avail = candidates.isEmpty() ? null : BitSet.valueOf(availWords); // for the preemption tests
            long start;
            boolean preempting = false;
            if (candidates.isEmpty()) {
                start = willRun.earliest(request, leafLimit, availWords, byEnd, now);
            } else {
                // Fits as things are: no one is preempted (the select plugin tries that first).
                Allocation direct = cluster.selector.select(request, avail, cluster.free, leafLimit);
                start = direct != null ? now
                        : willRun.earliestWithout(request, leafLimit, avail, byEnd, candidates, now);
                if (direct != null) {
                    willRun.choose(direct);
                }
                preempting = direct == null;
            }
            if (start < 0) {
                if (laterStart != 0 && !nowOnly) {
                    continue;
                }
                return new Outcome(null, tested);
            }
            start = Math.max(start, startRes);
            if (start <= now && preempting) {
                if (step.countsRefuse || !cluster.qos.allows(job, null, now, p)) {
                    return new Outcome(null, tested); // select_nodes answers "Accounting policy" before it preempts
                }
                Preemptor.Plan plan = preemptor.plan(request, avail, candidates, leafLimit);
                // The failed start drops through to a reservation whatever TEST_NOW_ONLY said:
                // only a NoReserve QOS skips it (backfill.c).
                return preempt(job, p, plan, limits.noReserve(job) ? -1 : limit, step.afterPreempting, space, now,
                        tested);
            }
            if (start <= now) {
                return new Outcome(willRun.allocation(), tested);
            }
            if (nowOnly) {
                return new Outcome(null, tested); // TEST_NOW_ONLY: no later start is looked for
            }
            if (laterStart != 0 && start > laterStart) {
                continue;
            }
            long res = params.bfResolution();
            long reserveStart = floor(start, res);
            long reserveEnd = floor(start + limit, res);
            if (start > now + params.bfWindow()) {
                return new Outcome(null, tested); // too far ahead to plan
            }
            if (space.overlaps(willRun.allocation(), reserveStart, Math.max(reserveEnd, reserveStart + res))) {
                laterStart = start;
                continue;
            }
            if (noReserve) {
                return new Outcome(null, tested); // backfill.c: QOS_FLAG_NO_RESERVE, no reservation added
            }
            if (!cluster.qos.allows(job, null, now, p)) {
                return new Outcome(null, tested); // backfill.c: a reservation blocked by post_select is not added
            }
            if (tableFull(space)) {
                return Outcome.tableFull(List.of(), tested);
            }
            reserve(job, p, start, limit, willRun.allocation().nodeSet(), space);
            return new Outcome(null, tested);
        }
    }

    /**
     * The job fits now once candidates are gone: the victims of {@code plan}, the run-now test's
     * choice (null when it found none), are preempted unless jobs it preempted lately may still be
     * dying, and the job's nodes are reserved from now either way (for {@code limit}; not at all
     * when it is negative, a NoReserve job's case, or once bf_job_part_count_reserve reservations
     * were made in the partition, which this one counts towards). {@code afterPreempting}: no
     * retry guard holds it (see {@link ChainStep}).
     */
    private Outcome preempt(SlurmJob job, int p, Preemptor.Plan plan, long limit, boolean afterPreempting,
                            NodeSpace space, long now, int tested) {
        Allocation nodes = plan != null ? plan.allocation() : willRun.allocation();
        boolean act = plan != null && (afterPreempting || preemptor.mayPreemptAgain(job, now));
        List<SlurmJob> victims = act ? plan.victims() : List.of();
        if (limit >= 0 && (quotas == null || quotas.partReservationsLeft(p))) {
            if (tableFull(space)) {
                return Outcome.tableFull(victims, tested); // the start (preempting) was tried before the table's test
            }
            reserve(job, p, now, limit, nodes.nodeSet(), space);
        }
        return new Outcome(null, victims, tested, false);
    }

    /**
     * backfill.c, _bf_reserve_running after a start: a job that holds its nodes whole under
     * cons_tres (--exclusive, OverSubscribe=EXCLUSIVE) and cannot be preempted goes into the pass's
     * node_space table, from the map's start to its end rounded down to bf_resolution (a year for a
     * job without a limit), while the table has room. select/linear marks no job so.
     */
    private void reserveRunning(SlurmJob job, NodeSpace space) {
        boolean preemptable = cluster.config.preemption().enabled()
                && Preemptor.modeOf(cluster, job) != PreemptMode.OFF;
        if (cluster.config.select() != SelectType.CONS_TRES || !job.allocation.whole() || preemptable
                || tableFull(space)) {
            return;
        }
        long end = job.limitEnd == Long.MAX_VALUE ? job.start + WillRun.YEAR : job.limitEnd;
        BitSet nodes = job.allocation.nodeSet();
        space.reserve(space.begin(), floor(end, params.bfResolution()), nodes, params.bfResolution());
        bound.reserved(nodes, space.begin());
    }

    /**
     * Whether the pass's node_space table holds bf_node_space_size records already: backfill.c
     * then adds no reservation and ends the pass ("table size limit reached").
     */
    private boolean tableFull(NodeSpace space) {
        return space.records() >= params.backfillLimits().tableSize(params.bfMaxJobTest());
    }

    /** Reserves {@code nodes} for {@code job} of partition {@code p}, counted against the pass's quotas. */
    private void reserve(SlurmJob job, int p, long start, long limit, BitSet nodes, NodeSpace space) {
        arrays.reserved(job, p);
        if (quotas != null) {
            quotas.reserved(p);
        }
        long res = params.bfResolution();
        long reserveStart = floor(start, res);
        long reserveEnd = floor(start + limit, res);
        space.reserve(reserveStart, reserveEnd, nodes, res);
        long from = Math.max(reserveStart, space.begin());
        if (from < space.end()) {
            bound.reserved(nodes, from);
        }
        listener.reserved(job, Math.max(reserveStart, space.begin()), Math.max(reserveEnd, reserveStart + res), nodes);
    }

    /** The words of partition {@code p}'s nodes that are up. */
    private long[] baseWords(int p, int words) {
        long[] part = cluster.partitionNodes(p).toLongArray();
        long[] up = cluster.up.toLongArray();
        long[] base = new long[words];
        for (int w = Math.min(words, Math.min(part.length, up.length)) - 1; w >= 0; w--) {
            base[w] = part[w] & up[w];
        }
        return base;
    }

    private static int count(long[] words) {
        int c = 0;
        for (long w : words) {
            c += Long.bitCount(w);
        }
        return c;
    }

    private static void insertByEnd(List<SlurmJob> byEnd, SlurmJob job) {
        int i = byEnd.size();
        while (i > 0 && byEnd.get(i - 1).limitEnd > job.limitEnd) {
            i--;
        }
        byEnd.add(i, job);
    }

    /** {@code t} rounded down to a multiple of {@code step} in Unix time, as slurmctld rounds its plan. */
    private long floor(long t, long step) {
        return Math.floorDiv(t + originOffset, step) * step - originOffset;
    }
}
