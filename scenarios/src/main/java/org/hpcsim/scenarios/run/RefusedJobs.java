package org.hpcsim.scenarios.run;

import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.Job;

/** Counts the jobs the scheduler refused at submission and keeps the first reason, for the run's notes. */
final class RefusedJobs implements RunObserver {
    private long count;
    private String first;

    @Override
    public void jobRejected(Job job, long now, String reason) {
        if (count++ == 0) {
            first = "job " + job.id() + ": " + reason;
        }
    }

    /** Jobs refused or never started. */
    long count() {
        return count;
    }

    /** A one-line note, or null when nothing was refused. */
    String note() {
        return count == 0 ? null : count + " jobs refused by the scheduler and never run (first: " + first + ")";
    }
}
