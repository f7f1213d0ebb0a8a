package org.hpcsim.models.run;

import java.util.HashMap;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.workload.Job;

/**
 * The work node failures leave each job to do, given how it checkpoints, and the core-seconds
 * they cost: a failed run keeps the work its completed checkpoints saved (none without
 * checkpoints), and its next run does the rest, checkpointing as it goes. Shared by every run
 * loop that fails nodes, so a failure costs a job the same under every policy.
 */
public final class ResumableWork {
    private final Checkpointing checkpoints;
    private final Map<Job, Long> remaining = new HashMap<>(); // work left by runs a checkpoint saved
    private double lostCpuSeconds;

    /** Work of jobs that checkpoint as {@code checkpoints} says ({@link Checkpointing#NONE}: never). */
    public ResumableWork(Checkpointing checkpoints) {
        this.checkpoints = checkpoints;
    }

    /** The work {@code job}'s next run does: what its last failed run left, all of it before any. */
    public long workOf(Job job) {
        return remaining.getOrDefault(job, job.runTime());
    }

    /** How long a run doing {@code work} lasts, its checkpoints included. */
    public long duration(long work) {
        return checkpoints.duration(work);
    }

    /**
     * A run of {@code job} that set out to do {@code work} failed after {@code elapsed} on
     * {@code cores} cores: the part no checkpoint saved is lost, and with {@code requeue} the
     * job's next run does what the checkpoints left; without, the job is done with.
     */
    public void failed(Job job, long work, long elapsed, long cores, boolean requeue) {
        lostCpuSeconds += cores * SimTime.toSeconds(checkpoints.lost(elapsed, work));
        if (requeue) {
            remaining.put(job, work - checkpoints.saved(elapsed, work));
        } else {
            remaining.remove(job);
        }
    }

    /** {@code job} ended for good: nothing is kept for it. */
    public void ended(Job job) {
        remaining.remove(job);
    }

    /** Core-seconds of failed runs that no checkpoint saved, so far. */
    public double lostCpuSeconds() {
        return lostCpuSeconds;
    }
}
