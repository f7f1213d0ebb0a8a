package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.function.Function;
import org.hpcsim.models.workload.Job;

/**
 * What a job's QOS, and the QOS of the partitions it names, decide when it is submitted: the time
 * limit of a job that asks for none, and which of its partitions are left, or why it is refused
 * (see {@link JobRequests}; each limit comes from the first QOS that sets it, {@link QosOrder}).
 */
final class QosSubmission {
    private final SlurmCluster cluster;

    /** Why the last {@link #usable} refused the job. */
    String refusal;

    QosSubmission(SlurmCluster cluster) {
        this.cluster = cluster;
    }

    /**
     * The time limit of the request: the job's own, else the smallest of what MaxTRESMinsPerJob and
     * GrpTRESMins leave its request and MaxWall, each from the first of its QOS and the partition's
     * that sets it, capped by the partition's MaxTime (0 when none is set).
     */
    long timeLimit(Job job, int q, int partition, JobRequest r) {
        QosOrder order = cluster.qos.order();
        long asked = job.requestedTime();
        int first = q < 0 ? -1 : order.first(q, partition);
        if (asked > 0 || first < 0) {
            return asked;
        }
        int second = order.second(q, partition);
        long limit = qosTimeLimit(order.qos(first), r);
        if (second >= 0) {
            limit = smallerSet(limit, qosTimeLimit(order.beneath(first, second), r));
        }
        return limit == Qos.UNLIMITED ? 0 : Math.min(limit, cluster.config.partitions().get(partition).maxTime());
    }

    private static long qosTimeLimit(Qos qos, JobRequest r) {
        long nodes = Math.max(r.minNodes(), 1);
        long perJob = QosTresMinutes.timeLimitFor(qos.maxTresMinsPerJob(), r.cpus(), nodes, r.gpus());
        long group = QosTresMinutes.timeLimitFor(qos.grpTresMins(), r.cpus(), nodes, r.gpus());
        return smallerSet(smallerSet(perJob, group), qos.maxWall());
    }

    /** The smaller of two limits, {@link Qos#UNLIMITED} counting as none. */
    private static long smallerSet(long a, long b) {
        return a == Qos.UNLIMITED ? b : b == Qos.UNLIMITED ? a : Math.min(a, b);
    }

    /**
     * The partitions of {@code usable} whose QOS let {@code job} run, or null (with {@link #refusal}
     * set) when a QOS refuses it: under DenyOnLimit, or over MaxSubmitJobsPerUser, in any of them
     * (acct_policy_validate tests each partition and fails on the first that fails), or when the
     * QOS could never run it in any of them.
     */
    int[] usable(Job job, int q, JobRequest r, int[] usable, long limit) {
        int[] kept = new int[usable.length];
        int count = 0;
        String firstProblem = null;
        for (int p : usable) {
            String denied = deniedOnLimit(q, p, r, limit);
            if (denied != null) {
                refusal = denied;
                return null;
            }
            String never = neverRuns(q, p, r, limit);
            if (never == null) {
                kept[count++] = p;
            } else if (firstProblem == null) {
                firstProblem = never;
            }
        }
        for (int i = 0; i < count; i++) {
            String over = cluster.qos.submitRefusal(q, kept[i], job.labels().user());
            if (over != null) {
                refusal = over;
                return null;
            }
        }
        if (count == 0) {
            refusal = firstProblem;
            return null;
        }
        return Arrays.copyOf(kept, count);
    }

    /** Why DenyOnLimit of either QOS refuses {@code r} in partition {@code p}, or null. */
    private String deniedOnLimit(int q, int p, JobRequest r, long limit) {
        QosOrder order = cluster.qos.order();
        boolean strict = false;
        for (int k : order.pair(q, p)) {
            // acct_policy.c _acct_policy_validate: strict checking when either QOS has DenyOnLimit.
            strict |= order.qos(k).flags().denyOnLimit();
        }
        // slurmctld answers sbatch with ESLURM_ACCOUNTING_POLICY.
        return strict ? firstReason(q, p, a -> QosRefusals.deniedOnLimit(a, r, limit), "denies the submission",
                "DenyOnLimit, ") : null;
    }

    /** Why the QOS of {@code job} in partition {@code p} would hold {@code r} pending forever, or null. */
    private String neverRuns(int q, int p, JobRequest r, long limit) {
        // What it would hold on an empty cluster (whole nodes under select/linear, say) is what the
        // running-job limits would count: a job that holds more than they allow would wait forever.
        Allocation least = cluster.onEmptyCluster(cluster.requestIn(r, p), p);
        return firstReason(q, p, a -> QosRefusals.neverRuns(a, r, least, limit), "can never run it", "");
    }

    /**
     * The first reason {@code test} finds in the limits of a job of QOS {@code q} in partition
     * {@code p}: the first QOS's, then what the second adds (see {@link QosOrder}); null when none.
     */
    private String firstReason(int q, int p, Function<Qos, String> test, String verb, String prefix) {
        QosOrder order = cluster.qos.order();
        int first = order.first(q, p);
        int second = order.second(q, p);
        Qos limits = order.qos(first);
        String why = test.apply(limits);
        if (why == null && second >= 0) {
            limits = order.beneath(first, second);
            why = test.apply(limits);
        }
        return why == null ? null : "QOS " + limits.name() + " " + verb + " (" + prefix + why + ")";
    }
}
