package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The QOS limits slurmctld enforces when AccountingStorageEnforce includes limits (acct_policy.c),
 * with usage counters kept up to date as jobs start and end rather than recounted. MaxJobsPerUser
 * counts the user's running jobs in the QOS and is tested before nodes are selected
 * (acct_policy_job_runnable_pre_select). GrpTRES counts what all running jobs of the QOS hold and
 * is tested with the job's request added (acct_policy_job_runnable_post_select, over the limit
 * when used + requested exceeds it): with the allocation select_nodes chose, or with the request's
 * CPUs and node count when no nodes could be chosen. Nodes count once however many of the QOS's
 * jobs share them (acct_policy.c _get_unique_job_node_cnt, _add_usage_node_bitmap).
 *
 * <p>A job held by a limit is passed over: it neither fails its partition in the main loop
 * (job_scheduler.c: ESLURM_ACCOUNTING_POLICY fails it only under assoc_limit_stop, not modelled),
 * nor preempts, nor gets a backfill reservation (backfill.c skips it before planning and before
 * adding a reservation).
 */
final class QosLimits {
    private final List<Qos> qos;
    private final long[] usedCpus;
    private final long[] usedGpus;
    private final long[] usedNodes;
    /** Per QOS with a GrpTRES node limit: how many of its running jobs hold each node; null otherwise. */
    private final int[][] jobsOnNode;
    /** Per QOS: running jobs by user. Looked up only, never iterated. */
    private final List<Map<String, long[]>> jobsByUser;

    QosLimits(QosSetup setup, int nodeCount) {
        this.qos = setup.qos();
        int n = qos.size();
        usedCpus = new long[n];
        usedGpus = new long[n];
        usedNodes = new long[n];
        jobsOnNode = new int[n][];
        jobsByUser = new ArrayList<>(n);
        for (int q = 0; q < n; q++) {
            jobsOnNode[q] = qos.get(q).grpNodes() == Qos.UNLIMITED ? null : new int[nodeCount];
            jobsByUser.add(new HashMap<>());
        }
    }

    /** Whether limits tested before node selection let {@code job} start now (MaxJobsPerUser). */
    boolean mayStart(SlurmJob job) {
        if (job.qos < 0) {
            return true;
        }
        long max = qos.get(job.qos).maxJobsPerUser();
        if (max == Qos.UNLIMITED) {
            return true;
        }
        long[] running = jobsByUser.get(job.qos).get(job.job.labels().user());
        return (running == null ? 0 : running[0]) < max;
    }

    /** Whether GrpTRES lets {@code job} start on {@code a}, or, when {@code a} is null, with its request's counts. */
    boolean allows(SlurmJob job, Allocation a) {
        if (job.qos < 0) {
            return true;
        }
        Qos q = qos.get(job.qos);
        if (!q.hasGrpTres()) {
            return true;
        }
        JobRequest r = job.request;
        long cpus = a == null ? r.cpus() : a.totalCpus();
        long gpus = a == null ? r.gpus() : a.totalGpus();
        long nodes = a == null ? Math.max(r.minNodes(), 1) : newNodes(job.qos, a);
        return within(usedCpus[job.qos] + cpus, q.grpCpus()) && within(usedGpus[job.qos] + gpus, q.grpGpus())
                && within(usedNodes[job.qos] + nodes, q.grpNodes());
    }

    void started(SlurmJob job) {
        if (job.qos < 0) {
            return;
        }
        count(job, 1);
    }

    void ended(SlurmJob job) {
        if (job.qos < 0) {
            return;
        }
        count(job, -1);
    }

    private void count(SlurmJob job, int sign) {
        int q = job.qos;
        Allocation a = job.allocation;
        usedCpus[q] += sign * a.totalCpus();
        usedGpus[q] += sign * a.totalGpus();
        int[] perNode = jobsOnNode[q];
        if (perNode != null) {
            for (int k = 0; k < a.nodeCount(); k++) {
                int n = a.node(k);
                if (sign > 0 && perNode[n]++ == 0) {
                    usedNodes[q]++;
                } else if (sign < 0 && --perNode[n] == 0) {
                    usedNodes[q]--;
                }
            }
        }
        jobsByUser.get(q).computeIfAbsent(job.job.labels().user(), u -> new long[1])[0] += sign;
    }

    /** Nodes of {@code a} that no running job of QOS {@code q} holds yet. */
    private long newNodes(int q, Allocation a) {
        int[] perNode = jobsOnNode[q];
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

    private static boolean within(long wanted, long limit) {
        return limit == Qos.UNLIMITED || wanted <= limit;
    }
}
