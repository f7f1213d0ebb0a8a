package org.hpcsim.models.workload;

/**
 * One rigid job as submitted: when it arrives, how many processors it asks for, how long it
 * really runs and the time limit it asked for. Times are simulation nanoseconds.
 *
 * @param id           the job's identifier in its trace
 * @param submitTime   arrival time
 * @param runTime      how long the job runs when it is not stopped (its recorded runtime)
 * @param requestedTime the time limit the user asked for; schedulers plan with it
 * @param processors   processors (cores) requested
 * @param user         user number from the trace, -1 when unknown
 * @param group        group number from the trace, -1 when unknown
 * @param partition    partition number from the trace, -1 when unknown
 */
public record Job(long id, long submitTime, long runTime, long requestedTime, int processors,
                  int user, int group, int partition) {

    /** Validates the invariants every component relies on. */
    public Job {
        if (submitTime < 0) {
            throw new IllegalArgumentException("job " + id + ": negative submit time");
        }
        if (runTime < 0) {
            throw new IllegalArgumentException("job " + id + ": negative run time");
        }
        if (requestedTime < 0) {
            throw new IllegalArgumentException("job " + id + ": negative requested time");
        }
        if (processors <= 0) {
            throw new IllegalArgumentException("job " + id + ": processors must be positive, got " + processors);
        }
    }
}
