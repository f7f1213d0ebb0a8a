package org.hpcsim.models.workload;

/**
 * One condition of {@code --dependency}: this job may start only once job {@code jobId} has
 * reached the state {@code type} asks for. When {@code jobId} is an array's job id the condition
 * is on all its tasks (job_scheduler.c, test_job_dependency: "apply test to job array as a whole"),
 * except under aftercorr, where each task of this job waits for the task of the same index.
 * {@code singleton} names no job: it waits for the jobs of the same user and name.
 *
 * @param type  after, afterany, afterok, afternotok, aftercorr or singleton
 * @param jobId the job waited for, by its id in the trace (an array task's own id, see
 *              {@link ArrayTaskIds}), or an array's job id; 0 for singleton
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
        AFTERNOTOK("afternotok"),
        /**
         * Each task of this array job waits for the task of the same index of the other array to
         * complete successfully; a job outside arrays, or a task without a counterpart, waits for
         * the other job as afterok does (job_scheduler.c, SLURM_DEPEND_AFTER_CORRESPOND).
         */
        AFTERCORR("aftercorr"),
        /**
         * No job of the same user and name is running, and none submitted before this one is
         * pending (job_scheduler.c, _find_singleton_job).
         */
        SINGLETON("singleton");

        private final String sbatchName;

        Type(String sbatchName) {
            this.sbatchName = sbatchName;
        }

        /** The name sbatch's --dependency gives the type. */
        public String sbatchName() {
            return sbatchName;
        }
    }

    /** The one singleton dependency: it names no job. */
    public static final JobDependency SINGLETON_DEPENDENCY = new JobDependency(Type.SINGLETON, 0);

    /** Rejects a null type, and a singleton that names a job. */
    public JobDependency {
        if (type == null) {
            throw new IllegalArgumentException("a dependency needs a type");
        }
        if (type == Type.SINGLETON && jobId != 0) {
            throw new IllegalArgumentException("singleton names no job");
        }
    }

    /** Whether the dependency names a job (all types but singleton). */
    public boolean namesJob() {
        return type != Type.SINGLETON;
    }

    /** As sbatch writes it: {@code afterok:12}, {@code afterany:123_4}, {@code singleton}. */
    @Override
    public String toString() {
        return namesJob() ? type.sbatchName() + ":" + ArrayTaskIds.display(jobId) : type.sbatchName();
    }
}
