package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * preempt/partition_prio, preempt/qos and the select plugin's preemption test. Under
 * partition_prio a pending job's candidates are the running jobs of partitions of a lower
 * PriorityTier whose PreemptMode is not OFF; under qos they are the running jobs of the QOS its
 * own QOS's Preempt list names (preempt_qos.c, preempt_p_preemptable). Either way they must hold
 * a node of the job's partition and have run PreemptExemptTime (the QOS's own, else the cluster's:
 * acct_policy.c acct_policy_is_job_preempt_exempt; slurm_preempt.c _add_preemptable_job). They
 * are tried lowest first by the plugin's priority, the tier (or the QOS's Priority, at most
 * 0xffff) shifted 16 bits plus the node count, or youngest first under preempt_youngest_first;
 * ties keep slurmctld's job list order, which is submission order.
 *
 * <p>The test ({@code _run_now} of select/cons_tres and select/linear, 22.05) takes candidates out
 * one at a time until the job fits; then it puts the one that made room first and the others in
 * order of how many of the chosen nodes they hold, and tries again, so fewer jobs are preempted;
 * the preempted are those taken out in the last try that hold a chosen node.
 */
final class Preemptor {
    private final SlurmCluster cluster;
    private final Preemption config;
    private final boolean linear;
    private final boolean byQos;
    /** Per partition: whether some partition it could preempt shares a node with it (partition_prio). */
    private final boolean[] mayPreempt;
    /** [preemptor QOS][preemptee QOS]: whether jobs of the first may preempt jobs of the second (qos). */
    private final boolean[][] qosPreempts;
    /** Per QOS: whether its Preempt list names any QOS. */
    private final boolean[] qosMayPreempt;
    private final NodeResources scratch;

    /** The preemptees the test chose and the allocation the job would get once they are gone. */
    record Plan(Allocation allocation, List<SlurmJob> victims) {}

    Preemptor(SlurmCluster cluster, Preemption config) {
        this.cluster = cluster;
        this.config = config;
        this.linear = cluster.config.select() == SelectType.LINEAR;
        this.scratch = cluster.free.copy();
        this.byQos = config.type() == PreemptType.QOS;
        int n = cluster.partitions.size();
        mayPreempt = new boolean[n];
        for (int p = 0; p < n && config.type() == PreemptType.PARTITION_PRIO; p++) {
            for (int q = 0; q < n; q++) {
                mayPreempt[p] |= preemptable(q, p) && cluster.partitionNodes(p).intersects(cluster.partitionNodes(q));
            }
        }
        QosSetup qos = cluster.config.qos();
        qosPreempts = byQos ? qos.preemptTable() : new boolean[0][0];
        qosMayPreempt = new boolean[qosPreempts.length];
        for (int q = 0; q < qosPreempts.length; q++) {
            for (boolean b : qosPreempts[q]) {
                qosMayPreempt[q] |= b;
            }
        }
    }

    /** Whether {@code job}, pending in partition {@code p}, could ever preempt anything: the test is skipped otherwise. */
    boolean canPreempt(SlurmJob job, int p) {
        return byQos ? job.qos >= 0 && qosMayPreempt[job.qos] : mayPreempt[p];
    }

    /**
     * Whether {@code job} may preempt now: not while jobs it preempted less than KillWait +
     * MessageTimeout ago may still be dying (node_scheduler.c, select_nodes: kill_pending is false
     * while preempt_start_time > now - kill_wait - msg_timeout, so exactly that long after it may).
     */
    boolean mayPreemptAgain(SlurmJob job, long now) {
        long at = job.marks().preemptedOthersAt;
        return at == Long.MIN_VALUE || now >= at + config.retryGuard();
    }

    /** The running jobs {@code job}, pending in partition {@code p}, may preempt at {@code now}, in the order the test tries them. */
    List<SlurmJob> candidates(SlurmJob job, int p, List<SlurmJob> running, long now) {
        List<SlurmJob> out = new ArrayList<>();
        long[] nodes = cluster.partitionNodes(p).toLongArray();
        for (SlurmJob j : running) {
            boolean preemptable = byQos ? j.qos >= 0 && job.qos >= 0 && qosPreempts[job.qos][j.qos]
                    : preemptable(j.partition, p);
            if (preemptable && now >= j.start + exemptTime(j) && j.allocation.holdsAnyOf(nodes)) {
                out.add(j);
            }
        }
        Comparator<SlurmJob> order = config.youngestFirst()
                ? Comparator.comparingLong((SlurmJob j) -> -j.start)
                : Comparator.comparingLong(this::preemptPriority);
        out.sort(order.thenComparingLong(j -> j.seq));
        return out;
    }

    /**
     * PreemptExemptTime for running job {@code j}: under preempt/qos, that of the first of its QOS and
     * its partition's (in {@link QosOrder}'s order) that sets one, else the cluster's
     * (acct_policy.c acct_policy_get_preemptable_time).
     */
    private long exemptTime(SlurmJob j) {
        if (byQos) {
            for (int q : cluster.qos.order().pair(j.qos, j.partition)) {
                long own = cluster.config.qos().qos().get(q).preemption().exemptTime();
                if (own >= 0) {
                    return own;
                }
            }
        }
        return config.exemptTime();
    }

    /**
     * _gen_job_prio of preempt_partition_prio.c (PriorityTier) or preempt_qos.c (QOS Priority, at
     * most 0xffff) in the high bits, node count (at most 0xffff) below.
     */
    private long preemptPriority(SlurmJob j) {
        long high = byQos ? Math.min(j.qos < 0 ? 0 : cluster.config.qos().qos().get(j.qos).priority(), 0xffff)
                : cluster.partitions.get(j.partition).priorityTier();
        return (high << 16) + Math.min(j.allocation.nodeCount(), 0xffff);
    }

    /** What becomes of {@code j} when preempted: its QOS's PreemptMode, else the cluster's (qos); its partition's (partition_prio). */
    static PreemptMode modeOf(SlurmCluster cluster, SlurmJob j) {
        Preemption config = cluster.config.preemption();
        if (config.type() != PreemptType.QOS) {
            return cluster.partitions.get(j.partition).preemptMode();
        }
        PreemptMode own = j.qos < 0 ? null : cluster.config.qos().qos().get(j.qos).preemption().mode();
        return own != null ? own : config.mode();
    }

    /** preempt_p_preemptable: a lower tier, and a PreemptMode other than OFF. */
    private boolean preemptable(int victimPartition, int preemptorPartition) {
        Partition v = cluster.partitions.get(victimPartition);
        return v.preemptMode() != PreemptMode.OFF
                && v.priorityTier() < cluster.partitions.get(preemptorPartition).priorityTier();
    }

    /**
     * The jobs among {@code candidates} to preempt so that {@code r} fits on {@code avail} within
     * {@code maxLeaves} leaf switches (0: any), and where it would run; null when it does not fit
     * even with all of them gone.
     */
    Plan plan(JobRequest r, BitSet avail, List<SlurmJob> candidates, int maxLeaves) {
        // One test with every candidate gone settles the hopeless case in one selection, not one per candidate.
        scratch.copyFrom(cluster.free);
        for (SlurmJob j : candidates) {
            scratch.release(j.allocation);
        }
        if (cluster.selector.select(r, avail, scratch, maxLeaves) == null) {
            return null;
        }
        List<SlurmJob> order = new ArrayList<>(candidates);
        // select_linear.c reorders once; job_test.c (cons_tres) up to preempt_reorder_count + 1 times.
        int reorders = Math.min(linear ? 1 : config.reorderCount() + 1, order.size() - 1);
        while (true) {
            scratch.copyFrom(cluster.free);
            Allocation a = null;
            int removed = 0;
            while (a == null && removed < order.size()) {
                scratch.release(order.get(removed++).allocation);
                a = cluster.selector.select(r, avail, scratch, maxLeaves);
            }
            if (a == null) {
                return null;
            }
            BitSet chosen = a.nodeSet();
            if (reorders-- <= 0) {
                long[] chosenWords = chosen.toLongArray();
                List<SlurmJob> victims = new ArrayList<>();
                for (int k = 0; k < removed; k++) {
                    if (order.get(k).allocation.holdsAnyOf(chosenWords)) {
                        victims.add(order.get(k));
                    }
                }
                return new Plan(a, victims);
            }
            order = reordered(order, removed, chosen);
        }
    }

    /**
     * The job that made room first, then the others by how many chosen nodes they hold, most first
     * (a stable sort, so untried jobs keep their order behind); under preempt_strict_order the
     * others simply keep their order.
     */
    private List<SlurmJob> reordered(List<SlurmJob> order, int removed, BitSet chosen) {
        SlurmJob last = order.get(removed - 1);
        List<SlurmJob> rest = new ArrayList<>(order);
        rest.remove(removed - 1);
        if (linear || !config.strictOrder()) {
            int[] usable = new int[rest.size()];
            for (int k = 0; k < removed - 1; k++) {
                usable[k] = overlap(rest.get(k).allocation, chosen);
            }
            Integer[] idx = new Integer[rest.size()];
            for (int k = 0; k < idx.length; k++) {
                idx[k] = k;
            }
            Arrays.sort(idx, (x, y) -> Integer.compare(usable[y], usable[x]));
            List<SlurmJob> sorted = new ArrayList<>(rest.size() + 1);
            sorted.add(last);
            for (Integer k : idx) {
                sorted.add(rest.get(k));
            }
            return sorted;
        }
        rest.add(0, last);
        return rest;
    }

    private static int overlap(Allocation a, BitSet nodes) {
        int n = 0;
        for (int k = 0; k < a.nodeCount(); k++) {
            if (nodes.get(a.node(k))) {
                n++;
            }
        }
        return n;
    }
}
