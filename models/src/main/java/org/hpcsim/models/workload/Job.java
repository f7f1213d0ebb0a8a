package org.hpcsim.models.workload;

/**
 * One rigid job as submitted: when it arrives, what it asks for, how long it really runs and the
 * time limit it asked for, with the labels and history its trace gives. Times are simulation
 * nanoseconds.
 *
 * @param id            the job's identifier in its trace
 * @param submitTime    arrival time
 * @param runTime       how long the job runs when it is not stopped (its recorded runtime)
 * @param requestedTime the time limit the user asked for; schedulers plan with it
 * @param processors    processors (cores) the job uses
 * @param nodes         nodes the job asked for, or 0 when it asked only for processors
 * @param gpus          GPUs the job uses in all, 0 for none
 * @param labels        user, group, account, partition, queue, QOS, name
 * @param history       what the trace recorded about the real execution
 * @param precedingJob  id of the job this one waits for (SWF field 17), or -1
 * @param thinkTime     time between the preceding job's end and this job's submission (SWF
 *                      field 18), or -1 when unknown
 * @param options       what the submission asked for beyond its size and time (sbatch options:
 *                      constraints, GPU type, dependencies, array membership);
 *                      {@link SubmitOptions#NONE} when the trace says nothing more
 */
public record Job(long id, long submitTime, long runTime, long requestedTime, int processors, int nodes, int gpus,
                  JobLabels labels, JobHistory history, long precedingJob, long thinkTime, SubmitOptions options) {

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
        if (nodes < 0 || gpus < 0) {
            throw new IllegalArgumentException("job " + id + ": nodes and GPUs must not be negative");
        }
        if (labels == null || history == null || options == null) {
            throw new IllegalArgumentException("job " + id + ": labels, history and options are required");
        }
    }

    /** A job whose submission asked for nothing beyond its size and time. */
    public Job(long id, long submitTime, long runTime, long requestedTime, int processors, int nodes, int gpus,
               JobLabels labels, JobHistory history, long precedingJob, long thinkTime) {
        this(id, submitTime, runTime, requestedTime, processors, nodes, gpus, labels, history, precedingJob, thinkTime,
                SubmitOptions.NONE);
    }

    /** A rigid job known only by its times and size. */
    public static Job rigid(long id, long submitTime, long runTime, long requestedTime, int processors) {
        return new Job(id, submitTime, runTime, requestedTime, processors, 0, 0, JobLabels.NONE, JobHistory.UNKNOWN,
                -1, -1);
    }

    /** This job with other times (transforms: load scaling, time windows, estimate models). */
    public Job withTimes(long newSubmitTime, long newRunTime, long newRequestedTime) {
        return new Job(id, newSubmitTime, newRunTime, newRequestedTime, processors, nodes, gpus, labels, history,
                precedingJob, thinkTime, options);
    }
}
