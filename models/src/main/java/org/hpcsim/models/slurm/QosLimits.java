package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The QOS limits slurmctld enforces when AccountingStorageEnforce includes limits (acct_policy.c),
 * with usage counters kept up to date as jobs start and end rather than recounted. GrpJobs,
 * MaxJobsPerAccount and MaxJobsPerUser count running jobs and are tested before nodes are selected
 * (acct_policy_job_runnable_pre_select, in that order). GrpTRES and MaxTRESPerUser count what the
 * QOS's (or the user's) running jobs hold and are tested with the job's request added
 * (acct_policy_job_runnable_post_select, over the limit when used + requested exceeds it): with
 * the allocation select_nodes chose, or with the request's CPUs and node count when no nodes could
 * be chosen. Nodes count once however many of the jobs share them (acct_policy.c
 * _get_unique_job_node_cnt, _add_usage_node_bitmap). MaxSubmitJobsPerUser counts a user's jobs
 * from submission until they end for good, requeues included (acct_policy_add_job_submit,
 * acct_policy_remove_job_submit), and is tested at submission (see {@link JobRequests}).
 *
 * <p>A job held by a limit is passed over: it neither fails its partition in the main loop
 * (job_scheduler.c: ESLURM_ACCOUNTING_POLICY fails it only under assoc_limit_stop, not modelled),
 * nor preempts, nor gets a backfill reservation (backfill.c skips it before planning and before
 * adding a reservation). GrpTRESMins is kept by {@link QosTresMinutes} and tested with them.
 *
 * <p>A partition with a QOS of its own adds that QOS's limits: {@link QosOrder} says which QOS
 * sets each limit, and a running job counts in both QOS.
 */
final class QosLimits {
    /** The submit counts of a job that counts in none. */
    static final int[] NO_QOS = {};
    private final List<Qos> qos;
    private final long[] usedCpus;
    private final long[] usedGpus;
    private final long[] usedNodes;
    private final long[] runningJobs;
    /** Per QOS with a GrpTRES node limit: how many of its running jobs hold each node; null otherwise. */
    private final int[][] jobsOnNode;
    /** Per QOS: usage by user. Looked up only, never iterated. */
    private final List<Map<String, UserUsage>> byUser;
    /** Per QOS: running jobs by account. Looked up only, never iterated. */
    private final List<Map<String, long[]>> jobsByAccount;
    private final int nodeCount;
    private final QosTresMinutes tresMinutes;
    private final QosOrder order;

    /** One user's usage of one QOS. */
    private static final class UserUsage {
        long running;
        long submitted;
        long cpus;
        long gpus;
        long nodes;
        /** How many of the user's running jobs hold each node, when MaxTRESPerUser limits nodes; else null. */
        int[] onNode;
    }

    QosLimits(QosSetup setup, List<Partition> partitions, int nodeCount, MultifactorSetup multifactor,
              long calcOrigin) {
        this.qos = setup.qos();
        this.order = new QosOrder(setup, partitions);
        this.nodeCount = nodeCount;
        this.tresMinutes = new QosTresMinutes(qos, multifactor, calcOrigin);
        int n = qos.size();
        usedCpus = new long[n];
        usedGpus = new long[n];
        usedNodes = new long[n];
        runningJobs = new long[n];
        jobsOnNode = new int[n][];
        byUser = new ArrayList<>(n);
        jobsByAccount = new ArrayList<>(n);
        for (int q = 0; q < n; q++) {
            jobsOnNode[q] = qos.get(q).grpTres().nodes() == Qos.UNLIMITED ? null : new int[nodeCount];
            byUser.add(new HashMap<>());
            jobsByAccount.add(new HashMap<>());
        }
    }

    /**
     * Whether limits tested before node selection let {@code job} start now in partition {@code p}
     * (GrpJobs, MaxJobsPerAccount, MaxJobsPerUser of its QOS and its partition's).
     */
    boolean mayStart(SlurmJob job, int p) {
        int first = order.first(job.qos, p);
        if (first < 0) {
            return true;
        }
        if (!countsAllow(job, first, order.qos(first).jobs())) {
            return false;
        }
        int second = order.second(job.qos, p);
        return second < 0 || countsAllow(job, second, order.beneath(first, second).jobs());
    }

    private boolean countsAllow(SlurmJob job, int q, QosJobCounts limits) {
        if (!below(runningJobs[q], limits.grp())) {
            return false;
        }
        if (limits.maxPerAccount() != Qos.UNLIMITED) {
            long[] running = jobsByAccount.get(q).get(job.job.labels().account());
            if (!below(running == null ? 0 : running[0], limits.maxPerAccount())) {
                return false;
            }
        }
        if (limits.maxPerUser() == Qos.UNLIMITED) {
            return true;
        }
        UserUsage u = byUser.get(q).get(job.job.labels().user());
        return below(u == null ? 0 : u.running, limits.maxPerUser());
    }

    /**
     * Whether GrpTRESMins, GrpTRES and MaxTRESPerUser of its QOS and partition {@code p}'s let
     * {@code job} start there on {@code a} at {@code now}, or, when {@code a} is null, with its
     * request's counts.
     */
    boolean allows(SlurmJob job, Allocation a, long now, int p) {
        int first = order.first(job.qos, p);
        if (first < 0) {
            return true;
        }
        if (!tresAllow(job, a, now, first, order.qos(first))) {
            return false;
        }
        int second = order.second(job.qos, p);
        return second < 0 || tresAllow(job, a, now, second, order.beneath(first, second));
    }

    private boolean tresAllow(SlurmJob job, Allocation a, long now, int q, Qos limits) {
        if (tresMinutes.heldBy(q, limits.grpTresMins(), job, a, now) != null) {
            return false;
        }
        if (!limits.grpTres().any() && !limits.maxTresPerUser().any()) {
            return true;
        }
        JobRequest r = job.request;
        long cpus = a == null ? r.cpus() : a.totalCpus();
        long gpus = a == null ? r.gpus() : a.totalGpus();
        long requestNodes = Math.max(r.minNodes(), 1);
        long nodes = a == null ? requestNodes : newNodes(jobsOnNode[q], a);
        if (limits.grpTres().exceededBy(usedCpus[q] + cpus, usedNodes[q] + nodes, usedGpus[q] + gpus) != null) {
            return false;
        }
        if (!limits.maxTresPerUser().any()) {
            return true;
        }
        UserUsage u = byUser.get(q).get(job.job.labels().user());
        if (u == null) {
            return limits.maxTresPerUser().exceededBy(cpus, a == null ? requestNodes : a.nodeCount(), gpus) == null;
        }
        long userNodes = a == null ? requestNodes : newNodes(u.onNode, a);
        return limits.maxTresPerUser().exceededBy(u.cpus + cpus, u.nodes + userNodes, u.gpus + gpus) == null;
    }

    /**
     * Why MaxSubmitJobsPerUser refuses one more job of {@code user} in QOS {@code jobQos} and
     * partition {@code p}, naming the QOS and Slurm's reason, or null when it does not
     * (acct_policy.c _qos_policy_validate: used + 1 over the limit).
     */
    String submitRefusal(int jobQos, int p, String user) {
        int first = order.first(jobQos, p);
        if (first < 0) {
            return null;
        }
        if (overSubmitLimit(first, order.qos(first), user)) {
            return submitReason(first);
        }
        int second = order.second(jobQos, p);
        return second >= 0 && overSubmitLimit(second, order.beneath(first, second), user) ? submitReason(second) : null;
    }

    private boolean overSubmitLimit(int q, Qos limits, String user) {
        long max = limits.jobs().maxSubmitPerUser();
        if (max == Qos.UNLIMITED) {
            return false;
        }
        UserUsage u = byUser.get(q).get(user);
        return (u == null ? 0 : u.submitted) + 1 > max;
    }

    private String submitReason(int q) {
        return "QOS " + qos.get(q).name() + " refuses the submission (QOSMaxSubmitJobPerUserLimit)";
    }

    /**
     * {@code job} was accepted: it counts towards MaxSubmitJobsPerUser of its QOS and of the QOS of
     * each partition it may run in (acct_policy_add_job_submit over part_ptr_list), each once.
     */
    void submitted(SlurmJob job) {
        if (job.qos < 0) {
            return;
        }
        int[] counted = {job.qos};
        for (int p : job.request.partitions()) {
            int q = order.ofPartition(p);
            if (q >= 0 && !contains(counted, q)) {
                counted = Arrays.copyOf(counted, counted.length + 1);
                counted[counted.length - 1] = q;
            }
        }
        job.submitQos = counted;
        for (int q : counted) {
            user(q, job.job.labels().user()).submitted++;
        }
    }

    /** {@code job} ended for good: it no longer counts towards MaxSubmitJobsPerUser. */
    void finished(SlurmJob job) {
        for (int q : job.submitQos) {
            user(q, job.job.labels().user()).submitted--;
        }
        job.submitQos = NO_QOS;
    }

    /**
     * {@code job} starts in its partition: its usage counts in its QOS and the partition's, and it
     * stops counting towards the submit limit of the other partitions' QOS (acct_policy_job_begin
     * removes the submission from them).
     */
    void started(SlurmJob job, long now) {
        int[] pair = order.pair(job.qos, job.partition);
        if (pair.length == 0) {
            return;
        }
        for (int q : job.submitQos) {
            if (!contains(pair, q)) {
                user(q, job.job.labels().user()).submitted--;
            }
        }
        for (int q : pair) {
            if (!contains(job.submitQos, q)) {
                // A requeued job restarting in another partition: slurmctld's counts would drift
                // (its underflow guard clamps them); here it moves to the new partition's QOS.
                user(q, job.job.labels().user()).submitted++;
            }
        }
        job.submitQos = pair;
        for (int q : pair) {
            count(job, q, 1);
            tresMinutes.started(job, now, q);
        }
    }

    void ended(SlurmJob job, long now) {
        for (int q : order.pair(job.qos, job.partition)) {
            count(job, q, -1);
            tresMinutes.ended(job, now, q);
        }
    }

    /** Whether GrpTRESMins usage decays, so that time alone may let a held job start. */
    boolean usageDecays() {
        return tresMinutes.decays();
    }

    /** Which QOS limit a job in each partition. */
    QosOrder order() {
        return order;
    }

    /** The GrpTRESMins accounts (for tests). */
    QosTresMinutes tresMinutes() {
        return tresMinutes;
    }

    /** Running jobs of QOS {@code q} now (for tests and invariants). */
    long running(int q) {
        return runningJobs[q];
    }

    private void count(SlurmJob job, int q, int sign) {
        Allocation a = job.allocation;
        usedCpus[q] += sign * a.totalCpus();
        usedGpus[q] += sign * a.totalGpus();
        usedNodes[q] += countNodes(jobsOnNode[q], a, sign);
        runningJobs[q] += sign;
        UserUsage u = user(q, job.job.labels().user());
        u.running += sign;
        u.cpus += sign * a.totalCpus();
        u.gpus += sign * a.totalGpus();
        u.nodes += countNodes(u.onNode, a, sign);
        jobsByAccount.get(q).computeIfAbsent(job.job.labels().account(), k -> new long[1])[0] += sign;
    }

    private UserUsage user(int q, String name) {
        return byUser.get(q).computeIfAbsent(name, k -> {
            UserUsage u = new UserUsage();
            u.onNode = qos.get(q).maxTresPerUser().nodes() == Qos.UNLIMITED ? null : new int[nodeCount];
            return u;
        });
    }

    /** How the count of distinct nodes changes when {@code a} is added (sign 1) or removed (-1); its node count without a table. */
    private static long countNodes(int[] perNode, Allocation a, int sign) {
        if (perNode == null) {
            return (long) sign * a.nodeCount();
        }
        long change = 0;
        for (int k = 0; k < a.nodeCount(); k++) {
            int n = a.node(k);
            if (sign > 0 && perNode[n]++ == 0) {
                change++;
            } else if (sign < 0 && --perNode[n] == 0) {
                change--;
            }
        }
        return change;
    }

    /** Nodes of {@code a} that no job counted in {@code perNode} holds yet (all of them without a table). */
    private static long newNodes(int[] perNode, Allocation a) {
        if (perNode == null) {
            return a.nodeCount();
        }
        long fresh = 0;
        for (int k = 0; k < a.nodeCount(); k++) {
            if (perNode[a.node(k)] == 0) {
                fresh++;
            }
        }
        return fresh;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static boolean below(long used, long limit) {
        return limit == Qos.UNLIMITED || used < limit;
    }
}
