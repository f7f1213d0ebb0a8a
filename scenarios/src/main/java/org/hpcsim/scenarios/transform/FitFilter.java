package org.hpcsim.scenarios.transform;

import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.trace.ReadReport;

/** Drops (and counts) the jobs that could never start on the cluster: too many cores, nodes or GPUs. */
public final class FitFilter implements JobSource {
    private final JobSource in;
    private final HomogeneousCluster cluster;
    private final ReadReport report;

    /** Passes on the jobs of {@code in} that fit {@code cluster}. */
    public FitFilter(JobSource in, HomogeneousCluster cluster, ReadReport report) {
        this.in = in;
        this.cluster = cluster;
        this.report = report;
    }

    @Override
    public Job next() {
        for (Job j = in.next(); j != null; j = in.next()) {
            if (j.gpus() > 0 && cluster.totalGpus() == 0) {
                report.drop("needs GPUs the cluster does not have");
            } else if (cluster.unitsFor(j) > cluster.totalUnits()) {
                report.drop("larger than the machine");
            } else {
                return j;
            }
        }
        return null;
    }

    @Override
    public void close() {
        in.close();
    }
}
