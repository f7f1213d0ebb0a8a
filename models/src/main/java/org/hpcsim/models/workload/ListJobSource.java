package org.hpcsim.models.workload;

import java.util.Comparator;
import java.util.List;

/** A job source over jobs already in memory, sorted by submit time (ties keep their given order). */
public final class ListJobSource implements JobSource {
    private final List<Job> jobs;
    private int next;

    /** A source yielding {@code jobs} in submit-time order. */
    public ListJobSource(List<Job> jobs) {
        this.jobs = jobs.stream().sorted(Comparator.comparingLong(Job::submitTime)).toList();
    }

    @Override
    public Job next() {
        return next < jobs.size() ? jobs.get(next++) : null;
    }
}
