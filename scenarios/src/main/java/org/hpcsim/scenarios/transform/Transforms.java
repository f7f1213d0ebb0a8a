package org.hpcsim.scenarios.transform;

import java.util.Set;
import java.util.function.Supplier;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.spec.TransformSpec;
import org.hpcsim.scenarios.trace.ReadReport;

/** Applies a scenario's workload transforms, in their documented order, to a stream of jobs. */
public final class Transforms {
    private Transforms() {}

    /**
     * The jobs of {@code open.get()} after {@code spec}: filter, window and slice, estimates, load
     * scaling. A target load is met by reading the transformed workload once to measure its
     * offered load on {@code cluster}, so {@code open} may be called twice.
     */
    public static JobSource apply(Supplier<JobSource> open, TransformSpec spec, HomogeneousCluster cluster,
                                  ReadReport report) {
        double factor = spec.loadFactor();
        if (spec.targetLoad() > 0) {
            double measured;
            try (JobSource pilot = beforeScaling(open.get(), spec, new ReadReport())) {
                measured = OfferedLoad.of(pilot, cluster);
            }
            if (!(measured > 0)) {
                throw new ScenarioException("transforms.targetLoad: the workload spans no time, so its load cannot be scaled");
            }
            factor = spec.targetLoad() / measured;
        }
        JobSource jobs = beforeScaling(open.get(), spec, report);
        return factor == 1 ? jobs : new MappedJobSource(jobs, JobChanges.loadScaling(factor));
    }

    private static JobSource beforeScaling(JobSource in, TransformSpec spec, ReadReport report) {
        JobSource jobs = in;
        if (!spec.users().isEmpty() || !spec.partitions().isEmpty() || spec.minProcessors() > 0
                || spec.maxProcessors() > 0) {
            jobs = new RejectingJobSource(jobs, JobFilters.choose(Set.copyOf(spec.users()),
                    Set.copyOf(spec.partitions()), spec.minProcessors(), spec.maxProcessors()), report);
        }
        if (spec.windowStart() > 0 || spec.windowEnd() > 0 || spec.skip() > 0 || spec.limit() > 0) {
            jobs = new WindowJobSource(jobs, SimTime.ofSeconds(spec.windowStart()), SimTime.ofSeconds(spec.windowEnd()),
                    spec.skip(), spec.limit(), report);
        }
        switch (spec.estimates()) {
            case "exact":
                jobs = new MappedJobSource(jobs, JobChanges.estimates(1));
                break;
            case "factor":
                jobs = new MappedJobSource(jobs, JobChanges.estimates(spec.estimateFactor()));
                break;
            default:
                break;
        }
        return jobs;
    }
}
