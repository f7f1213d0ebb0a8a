package org.hpcsim.scenarios.run;

import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.ScenarioException;

/**
 * A workload for a scheduler that does not model sbatch's job links: the first job with a
 * {@code --dependency} or an array throttle ({@code %N}) stops the run with one line. Array tasks
 * without a throttle are ordinary jobs and pass.
 */
final class SbatchLinksRefused implements JobSource {
    private final JobSource source;
    private final String policy;

    SbatchLinksRefused(JobSource source, String policy) {
        this.source = source;
        this.policy = policy;
    }

    @Override
    public Job next() {
        Job j = source.next();
        if (j != null && j.options().links().holdsBack()) {
            JobLinks l = j.options().links();
            throw new ScenarioException("workload: job " + ArrayTaskIds.display(j) + " has "
                    + (l.dependencies().isEmpty() ? "an array throttle (%" + l.arrayMaxRunning() + ")"
                    : "a dependency (" + l.dependencies().get(0) + ")")
                    + ", which only scheduler.policy slurm models (" + policy + " does not; for SWF preceding"
                    + " jobs use workload.dependencies)");
        }
        return j;
    }

    @Override
    public void close() {
        source.close();
    }
}
