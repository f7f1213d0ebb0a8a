package org.hpcsim.scenarios.transform;

import java.util.Set;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.trace.ReadReport;

/** Keeps the jobs of chosen users and partitions within a size range; counts the others as dropped. */
final class FilteringJobSource implements JobSource {
    private final JobSource in;
    private final Set<String> users;
    private final Set<String> partitions;
    private final int minProcessors;
    private final int maxProcessors;
    private final ReadReport report;

    FilteringJobSource(JobSource in, Set<String> users, Set<String> partitions, int minProcessors, int maxProcessors,
                       ReadReport report) {
        this.in = in;
        this.users = users;
        this.partitions = partitions;
        this.minProcessors = minProcessors;
        this.maxProcessors = maxProcessors;
        this.report = report;
    }

    @Override
    public Job next() {
        for (Job j = in.next(); j != null; j = in.next()) {
            if (!users.isEmpty() && !users.contains(j.labels().user())) {
                report.drop("filtered out by user");
            } else if (!partitions.isEmpty() && !partitions.contains(j.labels().partition())) {
                report.drop("filtered out by partition");
            } else if (j.processors() < minProcessors || (maxProcessors > 0 && j.processors() > maxProcessors)) {
                report.drop("filtered out by size");
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
