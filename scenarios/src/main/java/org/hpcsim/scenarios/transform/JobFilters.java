package org.hpcsim.scenarios.transform;

import java.util.Set;
import java.util.function.Function;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.Job;

/** Rules that reject jobs, each naming its reason, for {@link RejectingJobSource}. */
public final class JobFilters {
    private JobFilters() {}

    /** Rejects the jobs that could never start on {@code cluster}: too many cores, nodes or GPUs. */
    public static Function<Job, String> fit(HomogeneousCluster cluster) {
        return j -> {
            if (j.gpus() > 0 && cluster.totalGpus() == 0) {
                return "needs GPUs the cluster does not have";
            }
            return cluster.unitsFor(j) > cluster.totalUnits() ? "larger than the machine" : null;
        };
    }

    /** Keeps the jobs of chosen users and partitions (empty sets: all) within a size range (0: no bound). */
    static Function<Job, String> choose(Set<String> users, Set<String> partitions, int minProcessors, int maxProcessors) {
        return j -> {
            if (!users.isEmpty() && !users.contains(j.labels().user())) {
                return "filtered out by user";
            }
            if (!partitions.isEmpty() && !partitions.contains(j.labels().partition())) {
                return "filtered out by partition";
            }
            if (j.processors() < minProcessors || (maxProcessors > 0 && j.processors() > maxProcessors)) {
                return "filtered out by size";
            }
            return null;
        };
    }
}
