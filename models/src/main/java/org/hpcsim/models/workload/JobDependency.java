package org.hpcsim.models.workload;

/**
 * One condition of {@code --dependency}: this job may start only once job {@code jobId} has
 * reached the state {@code type} asks for. When {@code jobId} is an array's job id the condition
 * is on all its tasks (job_scheduler.c, test_job_dependency: "apply test to job array as a whole").
 *
 * @param type  afterok, afterany, afternotok or after
 * @param jobId the job waited for, by its id in the trace (an array task's own id, see
 *              {@link ArrayTaskIds}), or an array's job id
 */
public record JobDependency(Type type, long jobId) {
    /** The dependency types sbatch accepts that are modelled (sbatch(1), --dependency). */
    public enum Type {
        /** The other job has started (or been cancelled): it is no longer pending. */
        AFTER("after"),
        /** The other job has ended, in any state. */
        AFTERANY("afterany"),
        /** The other job has completed successfully (state COMPLETED, exit code 0). */
        AFTEROK("afterok"),
        /** The other job has ended in a failed state (FAILED, TIMEOUT, NODE_FAIL, CANCELLED, PREEMPTED...). */
        AFTERNOTOK("afternotok");

        private final String sbatchName;

        Type(String sbatchName) {
            this.sbatchName = sbatchName;
        }

        /** The name sbatch's --dependency gives the type. */
        public String sbatchName() {
            return sbatchName;
        }
    }

    /** Rejects a null type. */
    public JobDependency {
        if (type == null) {
            throw new IllegalArgumentException("a dependency needs a type");
        }
    }

    /** As sbatch writes it: {@code afterok:12}, {@code afterany:123_4}. */
    @Override
    public String toString() {
        return type.sbatchName() + ":" + ArrayTaskIds.display(jobId);
    }
}
