package org.hpcsim.models.slurm;

import java.util.List;
import org.hpcsim.models.workload.JobDependency;
import org.hpcsim.models.workload.JobLinks;

/**
 * A submitted job slurmctld does not yet consider (job_independent answers false): the state of
 * each of its dependencies, settled ones for good (a dependency once fulfilled or failed is not
 * tested again, job_scheduler.c, _foreach_test_job_dependency).
 */
final class HeldJob {
    final SlurmJob job;
    final List<JobDependency> dependencies;
    final boolean anyOf;
    final DependencyTargets.Verdict[] verdicts;
    /** Its dependencies can never all hold: reason DependencyNeverSatisfied. */
    boolean neverSatisfied;
    /** It left the hold: let into the queue or cancelled. */
    boolean done;
    /** It is waiting in the list of jobs whose verdict is to be acted on. */
    boolean inReady;
    /** Only a job's start readied it (an after: dependency): its release asks for no pass. */
    boolean readiedByStart;

    HeldJob(SlurmJob job) {
        this.job = job;
        JobLinks links = job.job.options().links();
        this.dependencies = links.dependencies();
        this.anyOf = links.anyOf();
        this.verdicts = new DependencyTargets.Verdict[dependencies.size()];
    }

    /**
     * The dependencies together: with {@code ,} all must be fulfilled and one failure fails them;
     * with {@code ?} one fulfilled suffices and they fail once none can be (job_scheduler.c,
     * _test_dependency_state and test_job_dependency).
     */
    DependencyTargets.Verdict overall() {
        boolean waiting = false;
        boolean fulfilled = false;
        boolean failed = false;
        for (DependencyTargets.Verdict v : verdicts) {
            waiting |= v == DependencyTargets.Verdict.WAITING;
            fulfilled |= v == DependencyTargets.Verdict.FULFILLED;
            failed |= v == DependencyTargets.Verdict.FAILED;
        }
        if (anyOf) {
            return fulfilled || verdicts.length == 0 ? DependencyTargets.Verdict.FULFILLED
                    : waiting ? DependencyTargets.Verdict.WAITING : DependencyTargets.Verdict.FAILED;
        }
        return failed ? DependencyTargets.Verdict.FAILED
                : waiting ? DependencyTargets.Verdict.WAITING : DependencyTargets.Verdict.FULFILLED;
    }

    /** The dependencies that failed or still wait, as sbatch writes them, with how their jobs stand. */
    String unmet(DependencyTargets targets) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < verdicts.length; i++) {
            if (verdicts[i] != DependencyTargets.Verdict.FULFILLED) {
                b.append(b.length() == 0 ? "" : anyOf ? "?" : ",").append(dependencies.get(i))
                        .append(" (").append(targets.describe(dependencies.get(i), job)).append(')');
            }
        }
        return b.toString();
    }
}
