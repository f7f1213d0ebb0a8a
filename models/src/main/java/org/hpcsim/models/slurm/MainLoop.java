package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * slurmctld's main scheduling loop (job_scheduler.c's {@code _schedule}): jobs are tried in queue
 * order and started where their partition has room. When one cannot start because nodes are busy,
 * its partition is failed for the rest of the pass: no later job in it starts, and its nodes are
 * withheld from jobs of overlapping partitions. That is strict priority order within a partition.
 * A job that asks for more nodes than its partition has up and not withheld fails it at once; one
 * that would not fit even were the nodes it may use now idle, or that bf_min_age_reserve or
 * bf_min_prio_reserve exempt, fails nothing (see {@link #failsPartition}). An
 * event-triggered pass tests at most default_queue_depth jobs; the periodic pass tests them all.
 * Under preemption a job that cannot start may preempt jobs (of lower tiers, or of the QOS its
 * QOS may preempt) on the nodes it may use; it still fails its partition in this pass
 * (select_nodes answers ESLURM_NODES_BUSY) and starts on a later one: its preempt_in_progress
 * flag keeps it (an array task: its array's waiting record) out of the rest of the pass, and,
 * where the pass walks the job list unsorted (fifo_sched), out of every pass until
 * sched/builtin's thread next builds a job queue, the only place that clears the flag then
 * (job_scheduler.c build_job_queue; builtin.c runs it every {@link SchedulerParams#builtinInterval}).
 * A job a QOS limit holds is passed over without failing its partition (see {@link QosLimits}). An
 * array's tasks after one that did not start are passed over uncounted (see {@link ArrayTries}).
 */
final class MainLoop {
    private final SlurmCluster cluster;
    private final JobStarter starter;
    private final int depthLimit;
    private final Preemptor preemptor;
    private final BitSet avail = new BitSet();
    private final BitSet candidates = new BitSet();
    private final BitSet busy = new BitSet();
    /** The nodes a job that did not start may use now, before ExclusiveUser keeps some for others. */
    private final BitSet usable = new BitSet();
    /** slurm_preemption_enabled (PreemptMode other than OFF): _pick_best_nodes counts no node busy then. */
    private final boolean preemptionConfigured;
    private final BackfillLimits limits;
    private boolean waitingForSwitches;
    private final ArrayTries arrays = new ArrayTries(Integer.MAX_VALUE);
    /** When sched/builtin's thread builds its job queues under fifo_sched; null when every pass builds one. */
    private final PeriodicGrid builtinQueueBuilds;

    /**
     * The main loop; {@code builtinQueueBuilds} is where sched/builtin's thread builds job queues when
     * the pass walks the job list unsorted (fifo_sched), null otherwise.
     */
    MainLoop(SlurmCluster cluster, JobStarter starter, int depthLimit, Preemptor preemptor,
             PeriodicGrid builtinQueueBuilds) {
        this.cluster = cluster;
        this.starter = starter;
        this.depthLimit = depthLimit;
        this.preemptor = preemptor;
        this.builtinQueueBuilds = builtinQueueBuilds;
        this.limits = cluster.config.params().backfillLimits();
        this.preemptionConfigured = cluster.config.preemption().enabled();
    }

    /**
     * Whether the last pass left a job pending that was held to its --switches count: only a later
     * pass can start it once its wait is over, so the periodic pass must keep running.
     */
    boolean waitingForSwitches() {
        return waitingForSwitches;
    }

    /** One pass over {@code queue} at {@code now}; returns how many jobs started. */
    int pass(JobQueue queue, boolean fullQueue, long now) {
        waitingForSwitches = false;
        List<JobQueue.Entry> entries = queue.inOrder();
        boolean[] failed = new boolean[cluster.partitions.size()];
        avail.clear();
        avail.or(cluster.up);
        int depth = 0;
        int started = 0;
        List<Object> preempting = new ArrayList<>();
        arrays.reset();
        for (JobQueue.Entry e : entries) {
            SlurmJob job = e.job();
            if (!job.pending()) {
                continue; // started in an earlier partition entry during this pass
            }
            if (builtinQueueBuilds != null ? now < job.marks().heldUntil
                    : !preempting.isEmpty() && preempting.contains(job.record())) {
                continue; // job_scheduler.c: preempt_in_progress, "scheduled in another partition"
            }
            int p = e.partition();
            if (arrays.rejected(job, p)) {
                continue; // job_scheduler.c: "already rejected array element", before the depth count
            }
            // job_scheduler.c counts a job before the failed-partition test: "job_depth++ > def_job_limit".
            if (!fullQueue && depth++ > depthLimit) {
                break;
            }
            if (failed[p]) {
                continue;
            }
            if (!cluster.qos.mayStart(job, p)) {
                continue; // held by a QOS limit: passed over, its partition not failed (see QosLimits)
            }
            candidates.clear();
            candidates.or(cluster.partitionNodes(p));
            candidates.and(avail);
            if (Math.max(job.request.minNodes(), 1) > candidates.cardinality()) {
                // job_scheduler.c: more nodes asked than the partition has up and not withheld ("Nodes
                // required for job are DOWN, DRAINED or reserved for jobs in higher priority
                // partitions"): the partition fails before any node is tried, exemptions aside.
                failed[p] = true;
                avail.andNot(cluster.partitionNodes(p));
                continue;
            }
            outOfWindows(job, p, candidates, now);
            cluster.keepToOwners(job, p, candidates);
            int leafLimit = cluster.leafLimit(job, now);
            JobRequest request = cluster.requestIn(job, p);
            Allocation a = cluster.selector.select(request, candidates, cluster.free, leafLimit);
            // select_nodes tests GrpTRES after selection, with the request's counts when nothing was
            // selected: "Accounting policy" replaces "nodes busy", so the partition is not failed.
            if (!cluster.qos.allows(job, a, now, p)) {
                continue;
            }
            if (a != null) {
                JobListPlaces.ArrayRecord from = job.unstartedArray;
                starter.start(job, p, a);
                arrays.started(from, p);
                started++;
            } else {
                waitingForSwitches |= leafLimit > 0;
                boolean preempted = preemptor.canPreempt(job, p) && preempt(job, p, leafLimit, now);
                if (preempted) {
                    if (builtinQueueBuilds != null) {
                        job.marks().heldUntil = builtinQueueBuilds.after(now);
                    } else {
                        preempting.add(job.record());
                    }
                }
                if (failsPartition(e, request, preempted, now)) {
                    failed[p] = true;
                    avail.andNot(cluster.partitionNodes(p));
                }
            }
        }
        return started;
    }

    /** Takes out of {@code nodes} those a maintenance window holds during {@code job}'s run from {@code now} in partition {@code p}. */
    private void outOfWindows(SlurmJob job, int p, BitSet nodes, long now) {
        if (!cluster.maintenance.isEmpty()) {
            long limit = cluster.partitions.get(p).timeLimitFor(job.request.timeLimit());
            nodes.andNot(cluster.maintenance.blocking(now, limit == Long.MAX_VALUE ? Long.MAX_VALUE : now + limit));
        }
    }

    /**
     * job_scheduler.c (_schedule): whether a job of entry {@code e} that did not start fails its
     * partition for the rest of the pass. Only ESLURM_NODES_BUSY does, which a preemption also
     * answers, and not for a job that bf_min_age_reserve or bf_min_prio_reserve exempt from
     * reservations. Without a preemption, select_nodes (_pick_best_nodes) answers
     * ESLURM_NODE_NOT_AVAIL when the job would not fit even were idle the nodes it may use now (its
     * partition's, less those down, withheld for a failed partition, or in a maintenance window its
     * run would reach), unless one of them that it could use is busy: held whole by a job, or, for
     * a job that takes whole nodes, not idle, or kept for another user (ExclusiveUser). Where
     * preemption is configured at all, even with nothing preemptable, _pick_best_nodes skips those
     * filters and counts no node busy (preempt_flag; a real slurmctld 22.05.8 agreed, see
     * MainLoopPartitionFailureTest).
     */
    private boolean failsPartition(JobQueue.Entry e, JobRequest request, boolean preempted, long now) {
        if (limits.reservesNothingFor(e.priority(), e.job().eligible, now)) {
            return false;
        }
        if (preempted) {
            return true;
        }
        usable.clear();
        usable.or(cluster.partitionNodes(e.partition()));
        usable.and(avail);
        outOfWindows(e.job(), e.partition(), usable, now);
        return cluster.fitsIfIdle(request, usable, e.partition()) || !preemptionConfigured && anyBusy(request);
    }

    /**
     * Whether a node the job could use among {@link #usable} keeps {@code request} off as
     * _pick_best_nodes' nodes_busy counts it: its node sets hold only nodes of the features and
     * memory it asks ({@link RequestShape#eligible}).
     */
    private boolean anyBusy(JobRequest request) {
        BitSet eligible = request.shape().eligible();
        if (eligible != null) {
            usable.and(eligible);
        }
        busy.clear();
        busy.or(usable);
        busy.andNot(candidates); // kept for another user: shared, or not idle
        if (!busy.isEmpty()) {
            return true;
        }
        if (request.exclusive()) {
            busy.or(usable);
            busy.andNot(cluster.free.idle);
            return !busy.isEmpty();
        }
        for (int n = usable.nextSetBit(0); n >= 0; n = usable.nextSetBit(n + 1)) {
            if (cluster.free.wholeHeld[n]) {
                return true;
            }
        }
        return false;
    }

    /**
     * select_nodes with preemptee candidates: preempts what the test chooses, unless an earlier
     * preemption may still be under way; true when it preempted.
     */
    private boolean preempt(SlurmJob job, int p, int leafLimit, long now) {
        List<SlurmJob> victims = preemptor.candidates(job, p, starter.running(), now);
        if (victims.isEmpty()) {
            return false;
        }
        Preemptor.Plan plan = preemptor.plan(cluster.requestIn(job, p), candidates, victims, leafLimit);
        if (plan == null || plan.victims().isEmpty() || !preemptor.mayPreemptAgain(job, now)) {
            return false;
        }
        starter.preempt(job, plan.victims());
        return true;
    }
}
