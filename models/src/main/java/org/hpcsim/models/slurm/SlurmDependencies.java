package org.hpcsim.models.slurm;

import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.JobStatus;

/**
 * sbatch's {@code --dependency} and the throttle of {@code --array=...%N}, as slurmctld applies
 * them: a job is submitted at its submit time and stays out of the scheduler's queue (reason
 * Dependency) until its dependencies hold, then until its array has fewer than N tasks let in or
 * running. Only then is it eligible: priority/multifactor's age counts from then (job_mgr.c,
 * job_independent sets begin_time when the job becomes independent). A dependency that can never
 * be satisfied (afterok on a job that failed, afternotok on one that completed) leaves the job
 * pending for good with reason DependencyNeverSatisfied, or cancels it under kill_invalid_depend
 * (job_mgr.c, handle_invalid_dependency); the run reports such jobs as never started. Facts are
 * from SchedMD/slurm at 284c3b95f08a (2026).
 *
 * <p>Jobs leave the hold through an event at the instant of the change, never inside a
 * scheduling pass: slurmctld too tests dependencies when it builds a pass's queue.
 */
final class SlurmDependencies {
    /** Where the jobs this lets go go: the controller's queue. */
    interface Host {
        /**
         * The job is eligible: into the queue at {@code now}; {@code asksForPass} is false when only
         * a job's start let it go, which asks slurmctld for no pass (no start calls
         * queue_job_scheduler): the job waits for a pass that builds a queue anyway.
         */
        void enqueue(SlurmJob job, long now, boolean asksForPass);
    }

    private final Simulation sim;
    private final boolean killInvalid;
    private final Host host;
    private final RunObserver observer;
    private final DependencyTargets targets;
    /** Jobs held for their dependencies or their array's throttle, in submission order. */
    private final Set<HeldJob> held = new LinkedHashSet<>();
    /** Held jobs whose verdict changed, acted on by the next release event. */
    private final ArrayDeque<HeldJob> ready = new ArrayDeque<>();
    /** Arrays a task left: their throttled tasks may go in. */
    private final ArrayDeque<DependencyTargets.ArrayTarget> freed = new ArrayDeque<>();
    private final int releaseKind;
    private boolean releaseDue;

    /**
     * Jobs go to {@code host}; those cancelled or never started are reported to {@code observer}; a
     * job is forgotten {@code minJobAge} after it ended.
     */
    SlurmDependencies(Simulation sim, boolean killInvalid, long minJobAge, RunObserver observer, Host host) {
        this.sim = sim;
        this.killInvalid = killInvalid;
        this.targets = new DependencyTargets(minJobAge);
        this.observer = observer;
        this.host = host;
        this.releaseKind = sim.registerHandler("dependencies released", payload -> release());
    }

    /** A job was submitted at {@code now}: it goes to the queue at once unless its links hold it back. */
    void submitted(SlurmJob job, long now) {
        targets.forgetOld(now);
        targets.submitted(job);
        JobLinks links = job.job.options().links();
        if (!links.holdsBack()) {
            host.enqueue(job, now, true);
            return;
        }
        HeldJob h = new HeldJob(job);
        for (int i = 0; i < h.verdicts.length; i++) {
            h.verdicts[i] = targets.test(h.dependencies.get(i), new DependencyTargets.Waiter(h, i));
        }
        held.add(h);
        DependencyTargets.Verdict v = h.overall();
        if (v == DependencyTargets.Verdict.FULFILLED) {
            admit(h, now, false);
        } else if (v == DependencyTargets.Verdict.FAILED) {
            markReady(h, false);
        }
    }

    /** The job started: jobs waiting for it to start may go. */
    void started(SlurmJob job) {
        retest(targets.changed(job, DependencyTargets.STARTED, sim.now()), true);
    }

    /** The job went back to the queue (requeued): it is pending again, and its array's throttle slot stays taken. */
    void requeued(SlurmJob job) {
        retest(targets.changed(job, DependencyTargets.PENDING, sim.now()), false); // they wait on, registered again
    }

    /** The job ended for good as {@code state} (null: cancelled or lost, a failure). */
    void ended(SlurmJob job, JobEndState state) {
        boolean ok = state == JobEndState.COMPLETED && !failedInTrace(job.job.history().status());
        endedAs(job, ok, true);
    }

    /** The job ended; {@code ran}: it had taken one of its array's throttle slots. */
    private void endedAs(SlurmJob job, boolean ok, boolean ran) {
        retest(targets.changed(job, ok ? DependencyTargets.ENDED_OK : DependencyTargets.ENDED_FAILED, sim.now()),
                false);
        DependencyTargets.ArrayTarget a = targets.arrayOf(job);
        if (ran && a != null && a.maxRunning > 0) {
            a.active--;
            freed.add(a);
            scheduleRelease();
        }
    }

    /**
     * Whether a job that ran its recorded time failed all the same, as its trace says: Slurm's
     * afterok needs state COMPLETED with exit code 0 (IS_JOB_COMPLETE), so a recorded FAILED,
     * CANCELLED, TIMEOUT, NODE_FAIL or PREEMPTED end is a failure to its dependants.
     */
    static boolean failedInTrace(JobStatus status) {
        return switch (status) {
            case FAILED, CANCELLED, TIMEOUT, NODE_FAIL, PREEMPTED, PARTIAL_LAST_FAILED -> true;
            default -> false;
        };
    }

    /** Whether jobs are about to leave the hold at this instant (the run is not over). */
    boolean releasing() {
        return releaseDue;
    }

    /** Jobs still held: waiting for dependencies, or never to run. */
    int held() {
        return held.size();
    }

    /**
     * Tells {@code observer} of each job still held at the end of the run, in submission order:
     * none will ever start (no event is left that could satisfy its dependencies).
     */
    void reportNeverStarted(long now) {
        for (HeldJob h : held) {
            observer.jobRejected(h.job.job, now, (h.neverSatisfied
                    ? "never started: dependency can never be satisfied (DependencyNeverSatisfied): "
                    : "never started: its dependency was never satisfied: ") + h.unmet(targets));
        }
    }

    /** Tests the waiters again; {@code byStart}: a job's start changed their targets. */
    private void retest(List<DependencyTargets.Waiter> waiters, boolean byStart) {
        for (DependencyTargets.Waiter w : waiters) {
            HeldJob h = w.held();
            if (h.done || h.neverSatisfied) {
                continue;
            }
            h.verdicts[w.index()] = targets.test(h.dependencies.get(w.index()), w);
            if (h.overall() != DependencyTargets.Verdict.WAITING) {
                markReady(h, byStart);
            }
        }
    }

    private void markReady(HeldJob h, boolean byStart) {
        if (!h.inReady) {
            h.inReady = true;
            h.readiedByStart = byStart;
            ready.add(h);
            scheduleRelease();
        } else {
            h.readiedByStart &= byStart; // another change at this instant asks for a pass
        }
    }

    private void scheduleRelease() {
        if (!releaseDue) {
            releaseDue = true;
            sim.schedule(sim.now(), releaseKind, 0);
        }
    }

    /** Acts on the verdicts that changed: jobs go to the queue (throttle allowing), or never will. */
    private void release() {
        releaseDue = false;
        long now = sim.now();
        while (!ready.isEmpty() || !freed.isEmpty()) {
            if (!ready.isEmpty()) {
                HeldJob h = ready.poll();
                h.inReady = false;
                if (h.overall() == DependencyTargets.Verdict.FULFILLED) {
                    admit(h, now, true);
                } else {
                    invalid(h, now);
                }
            } else {
                DependencyTargets.ArrayTarget a = freed.poll();
                while (a.active < a.maxRunning && !a.throttled.isEmpty()) {
                    a.active++;
                    enqueue(a.throttled.poll(), now, true);
                }
            }
        }
    }

    /** Dependencies hold: the job goes to the queue, or waits for its array's throttle. */
    private void admit(HeldJob h, long now, boolean later) {
        h.done = true;
        held.remove(h);
        DependencyTargets.ArrayTarget a = targets.arrayOf(h.job);
        if (a != null && a.maxRunning > 0) {
            // job_mgr.c, job_array_start_test: no more than max_run_tasks tasks of the array at once.
            if (a.active >= a.maxRunning) {
                a.throttled.add(h.job);
                return;
            }
            a.active++;
        }
        if (later) {
            enqueue(h.job, now, !h.readiedByStart);
        } else {
            host.enqueue(h.job, now, true);
        }
    }

    private void enqueue(SlurmJob job, long now, boolean asksForPass) {
        job.eligible = now; // job_mgr.c, job_independent: "detail_ptr->begin_time = now"
        host.enqueue(job, now, asksForPass);
    }

    /** handle_invalid_dependency: pending for good, or cancelled under kill_invalid_depend. */
    private void invalid(HeldJob h, long now) {
        h.neverSatisfied = true;
        if (!killInvalid) {
            return;
        }
        h.done = true;
        held.remove(h);
        observer.jobRejected(h.job.job, now, "cancelled: dependency can never be satisfied (kill_invalid_depend): "
                + h.unmet(targets));
        endedAs(h.job, false, false); // CANCELLED: afterany and afternotok dependants may go, afterok ones never
    }
}
