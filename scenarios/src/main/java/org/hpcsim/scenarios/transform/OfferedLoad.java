package org.hpcsim.scenarios.transform;

import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;

/**
 * Offered load of a workload on a cluster: the core-seconds its jobs would hold (whole nodes count
 * all their cores) over the cluster's core-seconds between the first and last submission.
 */
public final class OfferedLoad {
    private OfferedLoad() {}

    /** Reads {@code jobs} to the end; NaN when they span no time. */
    public static double of(JobSource jobs, HomogeneousCluster cluster) {
        double work = 0;
        long first = -1;
        long last = -1;
        for (Job j = jobs.next(); j != null; j = jobs.next()) {
            if (first < 0) {
                first = j.submitTime();
            }
            last = j.submitTime();
            work += (double) cluster.coresOf(cluster.unitsFor(j)) * j.runTime();
        }
        long span = last - first;
        return span <= 0 ? Double.NaN : work / ((double) cluster.totalCores() * span);
    }
}
