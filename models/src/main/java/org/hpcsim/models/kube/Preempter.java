package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.kube.plugins.Plugins;
import org.hpcsim.models.kube.plugins.Preemption;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.PreemptionStats;
import org.hpcsim.models.run.RunObserver;

/**
 * DefaultPreemption's PostFilter in the default scheduler's loop: when a pod fits nowhere, the
 * bound pods of lower priority are offered to {@link Preemption#pick}, and the victims it chooses
 * are deleted at once (upstream deletes them with their grace period; the replay takes it as 0).
 *
 * <p>A victim of a running job cuts the whole job's run, since an MPIJob cannot go on without one
 * of its pods: every pod of the job leaves its node, the run is reported through
 * {@link RunObserver#jobRequeued} as REQUEUED, and the job's pods are created anew and queued, as
 * the MPI Operator recreates them; the job starts again from the beginning. A victim of a job
 * still waiting for the rest of its pods is deleted and recreated alone: the job keeps its other
 * bound pods and goes on waiting.
 */
final class Preempter {
    private final Simulation sim;
    private final NodeTable table;
    private final SchedulingQueue queue;
    private final JobSlots running;
    private final Set<KubeJob> waiting;
    private final RunObserver observer;
    private final LongSupplier nextSeq;
    // The default profile's filters: a custom profile's placer is opaque here (see the README).
    private final List<FilterPlugin> filters = Plugins.defaultProfile().filters();

    /** Hears deleted pods; for tests. */
    BindListener listener;
    /** The lowest priority of any job submitted: a pod at or below it has nothing it may evict. */
    private int lowest = Integer.MAX_VALUE;
    private long preemptions;
    private long victimPods;
    private long jobsPreempted;
    private double lostCpuNanos;

    /**
     * Deletes victims from {@code table} and requeues their pods in {@code queue}; {@code nextSeq}
     * numbers new pods.
     */
    Preempter(Simulation sim, NodeTable table, SchedulingQueue queue, JobSlots running, Set<KubeJob> waiting,
              RunObserver observer, LongSupplier nextSeq) {
        this.sim = sim;
        this.table = table;
        this.queue = queue;
        this.running = running;
        this.waiting = waiting;
        this.observer = observer;
        this.nextSeq = nextSeq;
    }

    /** Notes a submitted job's priority, for the shortcut that skips preemption when no pod is lower. */
    void submitted(KubeJob job) {
        for (QueuedPod p : job.pods) {
            lowest = Math.min(lowest, p.priority());
        }
    }

    /**
     * PostFilter for {@code pod}, which fit nowhere at {@code now}: true when a node was nominated
     * and its victims are gone.
     */
    boolean preempt(QueuedPod pod, long now) {
        int prio = pod.priority();
        if (prio <= lowest) {
            return false; // most workloads have one priority: skip gathering the bound pods
        }
        Map<Long, QueuedPod> byId = new HashMap<>();
        List<RunningPod> candidates = new ArrayList<>();
        running.forEach(j -> collect(j, prio, candidates, byId));
        for (KubeJob j : waiting) {
            if (j.bound > 0) {
                collect(j, prio, candidates, byId);
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        PreemptionChoice choice = Preemption.pick(pod.spec, table, candidates, filters);
        if (choice == null || choice.victims().isEmpty()) {
            // No victims means the default filters let it fit where the placer did not (a profile with
            // other filters, or the table changed during a timed cycle): nominating would retry it
            // at once, forever in the first case, so it fails as usual.
            return false;
        }
        preemptions++;
        for (RunningPod v : choice.victims()) {
            victimPods++;
            QueuedPod victim = byId.get(v.id());
            KubeJob job = victim.job;
            if (job.started()) {
                cutRun(job, now);
            } else if (victim.place == QueuedPod.Place.BOUND) {
                deletePod(job, victim, now);
            } // else: its job's run was cut by an earlier victim of this choice, which deleted it too
        }
        return true;
    }

    private static void collect(KubeJob job, int prio, List<RunningPod> out, Map<Long, QueuedPod> byId) {
        for (QueuedPod p : job.pods) {
            if (p.place == QueuedPod.Place.BOUND && p.priority() < prio) {
                out.add(new RunningPod(p.spec, p.node, p.boundAt, p.seq));
                byId.put(p.seq, p);
            }
        }
    }

    private void cutRun(KubeJob job, long now) {
        sim.cancel(job.endEvent);
        running.remove(job.slot);
        jobsPreempted++;
        lostCpuNanos += (double) job.cores * (now - job.start);
        observer.jobRequeued(new JobOutcome(job.job, job.start, now, job.cores, job.nodesUsed(), false, "",
                JobEndState.REQUEUED));
        job.start = -1;
        for (int i = 0; i < job.pods.length; i++) {
            unbind(job.pods[i]);
            recreate(job, i, now);
        }
        job.bound = 0;
        waiting.add(job);
    }

    private void deletePod(KubeJob job, QueuedPod victim, long now) {
        unbind(victim);
        job.bound--;
        for (int i = 0; i < job.pods.length; i++) {
            if (job.pods[i] == victim) {
                recreate(job, i, now);
                return;
            }
        }
        throw new IllegalStateException("victim pod " + victim.seq + " is not one of its job's pods");
    }

    private void unbind(QueuedPod p) {
        table.unbind(p.spec, p.node);
        if (listener != null) {
            listener.unbound(p.job.job, p.spec, p.node);
        }
    }

    /** The controller makes a new pod in place of a deleted one: new identity, no attempts, queued now. */
    private void recreate(KubeJob job, int i, long now) {
        QueuedPod old = job.pods[i];
        old.place = QueuedPod.Place.ACTIVE; // a pod seen through an old reference is no longer bound
        old.node = -1;
        QueuedPod fresh = new QueuedPod(old.spec, job, nextSeq.getAsLong());
        job.pods[i] = fresh;
        queue.add(fresh, now);
    }

    /** Preemptor pods that got a node nominated (each evicted at least one pod). */
    long preemptions() {
        return preemptions;
    }

    /** Pods {@link Preemption#pick} chose as victims (not counting the other pods of the jobs they cut). */
    long victimPods() {
        return victimPods;
    }

    /** Runs cut short and requeued. */
    long jobsPreempted() {
        return jobsPreempted;
    }

    /** The run's {@link PreemptionStats}: runs requeued, none cancelled, and the CPU time they lost. */
    PreemptionStats stats() {
        return jobsPreempted == 0 ? PreemptionStats.NONE
                : new PreemptionStats(jobsPreempted, 0, lostCpuNanos / SimTime.SECOND);
    }
}
