package org.hpcsim.models.kube.kueue;

import java.util.Comparator;
import java.util.TreeSet;

/** A ClusterQueue's state during a run: quota by resource index, what its admitted workloads use, and its pending ones. */
final class ClusterQueue<T> {
    /** Upstream's order within a ClusterQueue: higher priority first, then earlier creation. */
    static final Comparator<Workload<?>> ORDER = Comparator.<Workload<?>>comparingInt(w -> -w.priority())
            .thenComparingLong(Workload::seq);

    final String name;
    /** Index of its cohort in the admission's cohort tables, or -1 when it has none. */
    final int cohort;
    final boolean strictFifo;
    final long[] nominal;
    /** Whether the ClusterQueue names the resource at all: a workload asking for one it does not is never admitted. */
    final boolean[] covered;
    /** The most it may use past nominal, Long.MAX_VALUE for no limit. */
    final long[] borrowingLimit;
    final long[] usage;
    final TreeSet<Workload<T>> pending = new TreeSet<>(ORDER);

    ClusterQueue(String name, int cohort, boolean strictFifo, long[] nominal, boolean[] covered, long[] borrowingLimit) {
        this.name = name;
        this.cohort = cohort;
        this.strictFifo = strictFifo;
        this.nominal = nominal;
        this.covered = covered;
        this.borrowingLimit = borrowingLimit;
        this.usage = new long[nominal.length];
    }

    /** The most of resource {@code r} this queue could ever hold, with {@code cohortNominal} the cohort's total. */
    long ceiling(int r, long cohortNominal) {
        if (cohort < 0) {
            return nominal[r];
        }
        return Math.min(cohortNominal, saturatingAdd(nominal[r], borrowingLimit[r]));
    }

    static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    /** A job waiting for or holding quota: its pods' requests summed. */
    record Workload<T>(T payload, long[] requests, int priority, long seq) {}
}
