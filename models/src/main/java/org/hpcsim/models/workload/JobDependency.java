package org.hpcsim.models.workload;

/**
 * One condition of {@code --dependency}: this job may start only once job {@code jobId} has
 * reached the state {@code type} asks for.
 *
 * @param type  afterok, afterany, afternotok or after
 * @param jobId the job waited for, by its id in the trace
 */
public record JobDependency(Type type, long jobId) {
    /** The dependency types sbatch accepts that are modelled. */
    public enum Type {
        /** The other job has started (or been cancelled). */
        AFTER,
        /** The other job has ended, in any state. */
        AFTERANY,
        /** The other job has completed with exit code 0. */
        AFTEROK,
        /** The other job has ended in a failed state. */
        AFTERNOTOK
    }

    /** Rejects a null type. */
    public JobDependency {
        if (type == null) {
            throw new IllegalArgumentException("a dependency needs a type");
        }
    }
}
