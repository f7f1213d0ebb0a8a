package org.hpcsim.models.workload;

import java.util.List;

/**
 * A job's links to other jobs as sbatch gives them: the jobs it depends on and the array it
 * belongs to.
 *
 * @param dependencies    what must happen to other jobs before this one may start ({@code --dependency})
 * @param anyOf           whether one fulfilled dependency suffices ({@code ?} between them) rather
 *                        than all ({@code ,}); sbatch(1) accepts one separator or the other, not both
 * @param arrayJobId      the array's job id when this job is one task of an array ({@code --array}), or -1
 * @param arrayTaskId     its task index in the array, or -1
 * @param arrayMaxRunning at most this many tasks of its array run at once ({@code --array=...%N},
 *                        slurmctld's max_run_tasks), 0 for no limit
 */
public record JobLinks(List<JobDependency> dependencies, boolean anyOf, long arrayJobId, int arrayTaskId,
                       int arrayMaxRunning) {
    /** Linked to nothing. */
    public static final JobLinks NONE = new JobLinks(List.of(), false, -1, -1, 0);

    /** Copies the dependency list and checks the array fields agree. */
    public JobLinks {
        dependencies = List.copyOf(dependencies);
        if (dependencies.indexOf(JobDependency.SINGLETON_DEPENDENCY)
                != dependencies.lastIndexOf(JobDependency.SINGLETON_DEPENDENCY)) {
            throw new IllegalArgumentException("singleton may be given once");
        }
        if ((arrayJobId < 0) != (arrayTaskId < 0)) {
            throw new IllegalArgumentException("an array task needs both its array's job id and its task index");
        }
        if (arrayMaxRunning < 0 || (arrayMaxRunning > 0 && arrayJobId < 0)) {
            throw new IllegalArgumentException("an array throttle must be positive and belongs to an array task");
        }
    }

    /** Dependencies all of which must hold, and no array. */
    public static JobLinks allOf(List<JobDependency> dependencies) {
        return new JobLinks(dependencies, false, -1, -1, 0);
    }

    /** Whether this job is one task of an array. */
    public boolean inArray() {
        return arrayJobId >= 0;
    }

    /** Whether the scheduler must hold the job back: it has dependencies or an array throttle. */
    public boolean holdsBack() {
        return !dependencies.isEmpty() || arrayMaxRunning > 0;
    }

    /** These links with other dependencies. */
    public JobLinks withDependencies(List<JobDependency> newDependencies, boolean newAnyOf) {
        return new JobLinks(newDependencies, newAnyOf, arrayJobId, arrayTaskId, arrayMaxRunning);
    }

    /** These links as task {@code taskId} of array {@code arrayId}, throttled to {@code maxRunning} (0: none). */
    public JobLinks asTask(long arrayId, int taskId, int maxRunning) {
        return new JobLinks(dependencies, anyOf, arrayId, taskId, maxRunning);
    }
}
