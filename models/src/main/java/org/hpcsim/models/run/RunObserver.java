package org.hpcsim.models.run;

import org.hpcsim.models.workload.Job;

/** Watches a run; observers see what happens and never change it. */
public interface RunObserver {
    /** A job arrived and joined the queue, which now holds {@code queueLength} jobs. */
    default void jobSubmitted(Job job, long now, int queueLength) {}

    /** A job started on {@code cores} cores; {@code queueLength} jobs still wait. */
    default void jobStarted(Job job, long now, long cores, int queueLength) {}

    /** A job ended. */
    default void jobFinished(JobOutcome outcome) {}

    /** The last event has fired. */
    default void runFinished(long now) {}
}
