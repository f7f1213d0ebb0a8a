package org.hpcsim.models.slurm;

import java.util.List;

/**
 * Which QOS limit a job in a partition, in the order slurmctld tests them (acct_policy.c
 * acct_policy_set_qos_order): a partition with a QOS of its own (slurm.conf QOS=) puts that QOS
 * first and the job's second, unless the job's QOS has the OverPartQOS flag, which puts it first;
 * the same QOS is tested once. Each limit comes from the first QOS that sets it, each TRES on its
 * own: the second QOS is tested only with the limits the first leaves unset ({@link Qos#beneath}),
 * each against its own usage. Usage counts in both.
 */
final class QosOrder {
    private final List<Qos> qos;
    /** Per partition: the index of its QOS, or -1. */
    private final int[] partitionQos;
    /** [first][second]: the limits of second that first leaves unset. */
    private final Qos[][] beneath;
    /** [job QOS][partition]: the QOS a running job there counts in, first then second (shared arrays: do not change). */
    private final int[][][] pairs;

    QosOrder(QosSetup setup, List<Partition> partitions) {
        this.qos = setup.qos();
        this.partitionQos = new int[partitions.size()];
        boolean any = false;
        for (int p = 0; p < partitions.size(); p++) {
            String name = partitions.get(p).qos();
            partitionQos[p] = name.isEmpty() || !setup.enabled() ? -1 : setup.indexOf(name);
            any |= partitionQos[p] >= 0;
        }
        int n = qos.size();
        beneath = new Qos[any ? n : 0][any ? n : 0];
        for (int a = 0; a < beneath.length; a++) {
            for (int b = 0; b < n; b++) {
                beneath[a][b] = qos.get(b).beneath(qos.get(a));
            }
        }
        pairs = new int[n][partitions.size()][];
        for (int q = 0; q < n; q++) {
            for (int p = 0; p < partitions.size(); p++) {
                int second = second(q, p);
                pairs[q][p] = second < 0 ? new int[] {first(q, p)} : new int[] {first(q, p), second};
            }
        }
    }

    /**
     * The QOS a job of QOS {@code jobQos} in partition {@code p} counts in, in test order: one or
     * two; none when the job has no QOS (QOS not modelled). The array is shared: callers must not
     * change it.
     */
    int[] pair(int jobQos, int p) {
        return jobQos < 0 ? QosLimits.NO_QOS : pairs[jobQos][p];
    }

    /** The QOS tested first for a job of QOS {@code jobQos} (-1: none) in partition {@code p}, or -1. */
    int first(int jobQos, int p) {
        int part = partitionQos[p];
        if (part < 0 || part == jobQos) {
            return jobQos;
        }
        return jobQos >= 0 && qos.get(jobQos).flags().overPartQos() ? jobQos : part;
    }

    /** The QOS tested second for such a job, or -1 when there is one QOS only. */
    int second(int jobQos, int p) {
        int part = partitionQos[p];
        if (part < 0 || part == jobQos || jobQos < 0) {
            return -1;
        }
        return qos.get(jobQos).flags().overPartQos() ? part : jobQos;
    }

    /** QOS {@code q} whole: its limits when it is tested first, its flags and preemption rule. */
    Qos qos(int q) {
        return qos.get(q);
    }

    /** The limits QOS {@code second} adds when tested after {@code first}. */
    Qos beneath(int first, int second) {
        return beneath[first][second];
    }

    /** The QOS of partition {@code p}, or -1. */
    int ofPartition(int p) {
        return partitionQos[p];
    }
}
