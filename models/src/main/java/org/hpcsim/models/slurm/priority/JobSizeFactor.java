package org.hpcsim.models.slurm.priority;

import org.hpcsim.core.SimTime;

/**
 * The job size factor of priority/multifactor, after set_priority_factors in priority_multifactor.c,
 * with N the cluster's nodes and C its CPUs:
 * <ul>
 *   <li>favour large (default): (nodes/N + cpus/C) / 2, or nodes/N when cpus is unknown (0);</li>
 *   <li>PriorityFavorSmall: ((N - nodes)/N + (C - cpus)/C) / 2, the node term 0 when nodes >= N;
 *       so a one-node job gets (N-1)/N on the node half, not the 1.0 the documentation
 *       suggests;</li>
 *   <li>SMALL_RELATIVE_TO_TIME: max(nodes * C/N, cpus) / limit_minutes / C, then 1 minus that when
 *       favouring small.</li>
 * </ul>
 * The result is clamped to [0, 1]. Slurm keeps time limits in whole minutes, so the limit is
 * rounded up to a minute; an unlimited job uses Slurm's INFINITE (0xffffffff minutes).
 */
public final class JobSizeFactor {
    private static final double INFINITE_MINUTES = 4294967295.0;

    private JobSizeFactor() {}

    /** The factor in [0, 1]; 0 when the cluster size is unknown (zero nodes or CPUs), as in Slurm. */
    public static double of(int nodes, int cpus, long timeLimitNanos, int clusterNodes, int clusterCpus,
            boolean favorSmall, boolean relativeToTime) {
        if (clusterNodes <= 0 || clusterCpus <= 0) {
            return 0.0;
        }
        double size;
        if (relativeToTime) {
            size = Math.max((double) nodes * clusterCpus / clusterNodes, cpus);
            size /= limitMinutes(timeLimitNanos);
            size /= clusterCpus;
            if (favorSmall) {
                size = 1.0 - size;
            }
        } else if (favorSmall) {
            size = clusterNodes > nodes ? (double) (clusterNodes - nodes) / clusterNodes : 0.0;
            if (cpus > 0) {
                size += (double) (clusterCpus - cpus) / clusterCpus;
                size /= 2;
            }
        } else {
            size = (double) nodes / clusterNodes;
            if (cpus > 0) {
                size += (double) cpus / clusterCpus;
                size /= 2;
            }
        }
        return Math.min(1.0, Math.max(0.0, size));
    }

    private static double limitMinutes(long timeLimitNanos) {
        if (timeLimitNanos == PriorityJob.UNLIMITED) {
            return INFINITE_MINUTES;
        }
        long minutes = timeLimitNanos / SimTime.MINUTE + (timeLimitNanos % SimTime.MINUTE == 0 ? 0 : 1);
        return Math.min(Math.max(minutes, 1), (long) INFINITE_MINUTES);
    }
}
