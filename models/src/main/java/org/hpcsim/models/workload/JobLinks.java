package org.hpcsim.models.workload;

import java.util.List;

/**
 * A job's links to other jobs as sbatch gives them: the jobs it depends on and the array it
 * belongs to.
 *
 * @param dependencies what must happen to other jobs before this one may start ({@code --dependency})
 * @param arrayJobId   the array's job id when this job is one task of an array ({@code --array}), or -1
 * @param arrayTaskId  its task index in the array, or -1
 */
public record JobLinks(List<JobDependency> dependencies, long arrayJobId, int arrayTaskId) {
    /** Linked to nothing. */
    public static final JobLinks NONE = new JobLinks(List.of(), -1, -1);

    /** Copies the dependency list. */
    public JobLinks {
        dependencies = List.copyOf(dependencies);
    }
}
