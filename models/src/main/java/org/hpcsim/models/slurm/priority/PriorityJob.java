package org.hpcsim.models.slurm.priority;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What priority/multifactor needs to know about one pending job, independent of the simulator's
 * job classes. Times are simulation nanoseconds.
 *
 * @param eligibleNanos when the job began accruing age (Slurm's accrue_time: eligible, not held,
 *     dependencies met); a time in the future gives age 0
 * @param nodes minimum nodes requested (Slurm min_nodes)
 * @param cpus CPUs requested or allocated (Slurm total_cpus, else max/min CPUs); 0 if unknown
 * @param timeLimitNanos the job's time limit (or its partition's MaxTime); {@link #UNLIMITED} for none
 * @param account account the job charges
 * @param user user who submitted it
 * @param partitionFactor partition PriorityJobFactor / highest PriorityJobFactor, in [0, 1]
 * @param qosFactor QOS priority / highest QOS priority, in [0, 1]
 * @param assocFactor association priority / highest association priority, in [0, 1]
 * @param nice the job's nice value, subtracted from the priority (|nice| at most 2147483645)
 * @param site the site factor, added to the priority
 * @param tresFactors per TRES name, job count / partition total (Slurm's normalised TRES factor)
 */
public record PriorityJob(long eligibleNanos, int nodes, int cpus, long timeLimitNanos, String account, String user,
        double partitionFactor, double qosFactor, double assocFactor, int nice, int site,
        SortedMap<String, Double> tresFactors) {
    /** Time limit of a job without one (Slurm's INFINITE). */
    public static final long UNLIMITED = Long.MAX_VALUE;
    /** priority_multifactor.html: the nice adjustment range is +/-2147483645. */
    public static final int MAX_NICE = 2147483645;

    /** Validates ranges and copies the TRES factors into sorted, unmodifiable form. */
    public PriorityJob {
        if (nodes < 1 || cpus < 0) {
            throw new IllegalArgumentException("need nodes >= 1 and cpus >= 0, got " + nodes + ", " + cpus);
        }
        if (timeLimitNanos <= 0) {
            throw new IllegalArgumentException("time limit must be > 0 (UNLIMITED for none), got " + timeLimitNanos);
        }
        unit("partitionFactor", partitionFactor);
        unit("qosFactor", qosFactor);
        unit("assocFactor", assocFactor);
        if (Math.abs((long) nice) > MAX_NICE) {
            throw new IllegalArgumentException("nice out of range: " + nice);
        }
        TreeMap<String, Double> copy = new TreeMap<>(tresFactors);
        copy.forEach((k, v) -> {
            if (v == null || !(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("TRES factor " + k + " must be finite and >= 0, got " + v);
            }
        });
        tresFactors = Collections.unmodifiableSortedMap(copy);
    }

    /** A job with no partition, QOS, association, nice, site or TRES contribution. */
    public static PriorityJob of(long eligibleNanos, int nodes, int cpus, long timeLimitNanos, String account,
            String user) {
        return new PriorityJob(eligibleNanos, nodes, cpus, timeLimitNanos, account, user, 0, 0, 0, 0, 0,
                new TreeMap<>());
    }

    /** A copy with these normalised partition and QOS factors. */
    public PriorityJob withPartitionAndQos(double partition, double qos) {
        return new PriorityJob(eligibleNanos, nodes, cpus, timeLimitNanos, account, user, partition, qos, assocFactor,
                nice, site, tresFactors);
    }

    /** A copy with this nice value. */
    public PriorityJob withNice(int niceValue) {
        return new PriorityJob(eligibleNanos, nodes, cpus, timeLimitNanos, account, user, partitionFactor, qosFactor,
                assocFactor, niceValue, site, tresFactors);
    }

    /** Normalises a priority value by the highest one, as slurmctld does for partitions, QOS and associations. */
    public static double normalised(long value, long highest) {
        if (value < 0 || highest < 0 || value > highest) {
            throw new IllegalArgumentException("need 0 <= value <= highest, got " + value + ", " + highest);
        }
        return highest == 0 ? 0.0 : value / (double) highest;
    }

    private static void unit(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
        }
    }
}
