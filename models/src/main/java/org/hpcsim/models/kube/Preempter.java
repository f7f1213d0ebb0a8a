package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.kube.plugins.Plugins;
import org.hpcsim.models.kube.plugins.Preemption;
import org.hpcsim.models.run.PreemptionStats;

/**
 * DefaultPreemption's PostFilter in the default scheduler's loop: when a pod fits nowhere, the
 * bound pods of lower priority are offered to {@link Preemption#pick}, and the victims it chooses
 * are deleted at once (upstream deletes them with their grace period; the replay takes it as 0).
 *
 * <p>A victim of a running job cuts the whole job's run; a victim of a job still waiting for the
 * rest of its pods is deleted and recreated alone (see {@link PodDeletions}).
 */
final class Preempter {
    private final NodeTable table;
    private final JobSlots running;
    private final Set<KubeJob> waiting;
    private final PodDeletions deletions;
    // The default profile's filters: a custom profile's placer is opaque here (see the README).
    private final List<FilterPlugin> filters = Plugins.defaultProfile().filters();

    /** The lowest priority of any job submitted: a pod at or below it has nothing it may evict. */
    private int lowest = Integer.MAX_VALUE;
    private long preemptions;
    private long victimPods;
    private long jobsPreempted;
    private double lostCpuNanos;

    /** Picks victims among the pods bound in {@code table} and has {@code deletions} delete them. */
    Preempter(NodeTable table, JobSlots running, Set<KubeJob> waiting, PodDeletions deletions) {
        this.table = table;
        this.running = running;
        this.waiting = waiting;
        this.deletions = deletions;
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
                jobsPreempted++;
                lostCpuNanos += deletions.cutRun(job, now);
            } else if (victim.place == QueuedPod.Place.BOUND) {
                deletions.deletePod(job, victim, now);
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
