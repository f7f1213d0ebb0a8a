package org.hpcsim.models.kube;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.run.RunObserver;

/**
 * The kubelets' admission of bound pods: the Topology Manager merges the CPU Manager's and the
 * device manager's NUMA hints and admits or rejects the pod; an admitted pod gets its exclusive
 * CPUs and GPUs by NUMA node ({@link NumaPools}) until its job ends or it is deleted.
 *
 * <p>kube-scheduler filters on node totals only, so it may bind a pod to a node whose free CPUs or
 * GPUs are split over NUMA nodes. With restricted or single-numa-node the kubelet then rejects it
 * (TopologyAffinityError, Kubernetes docs "Control Topology Management Policies on a Node"): the
 * pod is Failed, its requests leave the node at once (a cluster event that moves parked pods), and
 * its job's controller creates a new pod after the Job controller's pod failure backoff (10 s,
 * doubling per failure, capped at six minutes; Kubernetes docs, Jobs, "Pod backoff failure
 * policy"). The new pod joins the scheduling queue like any other, so the scheduler may well bind
 * it to the same node again: the loop users meet. The rest of the job keeps its bound pods, as
 * after the deletion of one pod of a waiting job ({@link PodDeletions}). Once a job's pods have
 * failed more than backoffLimit times (6, batch/v1 Job's default) the job fails: its pods are
 * deleted and it is reported as rejected.
 */
final class KubeletAdmission {
    /** batch/v1 Job's default spec.backoffLimit (Kubernetes docs, Jobs). */
    static final int BACKOFF_LIMIT = 6;
    /** The Job controller's first pod failure backoff, 10 s (Kubernetes docs, Jobs). */
    static final long FIRST_BACKOFF = 10 * SimTime.SECOND;
    /** The Job controller's backoff cap, six minutes (Kubernetes docs, Jobs). */
    static final long MAX_BACKOFF = 360 * SimTime.SECOND;

    private final Simulation sim;
    private final NodeTable table;
    private final SchedulingQueue queue;
    private final Set<KubeJob> waiting;
    private final RunObserver observer;
    private final PodDeletions deletions;
    private final NumaPools pools;
    private final int gpu;
    private final int drainHook;
    private final int recreateKind;
    /** Failed pods awaiting their replacement, by the key their event carries; and those events' handles. */
    private final Map<Long, QueuedPod> due = new LinkedHashMap<>();
    private final Map<Long, Long> events = new LinkedHashMap<>();
    private long nextKey;

    private long admissionFailures;
    private long jobsFailed;
    /** Hears every admitted pod and its allocation; for tests. */
    java.util.function.BiConsumer<PodSpec, NumaPools.Allocation> admitted;

    /** Admission on the nodes of {@code perNode} (null: unmanaged); {@code gpu} is nvidia.com/gpu's index. */
    KubeletAdmission(Simulation sim, NodeTable table, SchedulingQueue queue, Set<KubeJob> waiting, RunObserver observer,
                     PodDeletions deletions, List<NodeTopology> perNode, int gpu, int drainHook) {
        if (perNode.size() != table.size()) {
            throw new IllegalArgumentException("a topology per node is needed: " + perNode.size() + " for "
                    + table.size() + " nodes");
        }
        for (int n = 0; n < perNode.size(); n++) {
            NodeTopology t = perNode.get(n);
            if (t != null && (table.allocatable(gpu, n) != t.gpus() && !(gpu < 0 && t.gpus() == 0))) {
                throw new IllegalArgumentException("node " + table.node(n).name() + ": " + t.gpus()
                        + " GPUs in its topology, " + table.allocatable(gpu, n) + " allocatable");
            }
        }
        this.sim = sim;
        this.table = table;
        this.queue = queue;
        this.waiting = waiting;
        this.observer = observer;
        this.deletions = deletions;
        this.pools = new NumaPools(perNode);
        this.gpu = gpu;
        this.drainHook = drainHook;
        this.recreateKind = sim.registerHandler("failed pod recreated", this::recreate);
    }

    /**
     * The kubelet's admission of {@code pod}, just bound to {@code pod.node} at {@code now}: true
     * when admitted (its NUMA allocation made); false when rejected, the pod then unbound and its
     * replacement (or its job's failure) under way. The caller treats a rejection as a cluster event.
     */
    boolean admit(QueuedPod pod, long now) {
        int n = pod.node;
        NodeTopology t = pools.topology(n);
        if (t == null) {
            return true;
        }
        if (pod.job.admissionFailures > BACKOFF_LIMIT) {
            // Its job failed while this pod was in a timed scheduling cycle: the pod is gone too.
            table.unbind(pod.spec, n);
            pod.node = -1;
            pod.place = QueuedPod.Place.FAILED;
            return false;
        }
        long gpus = gpu < 0 ? 0 : pod.spec.request(gpu);
        TopologyHints.Decision d = TopologyHints.decide(t.policy(), pools.hints(pod.spec, n, gpus), t.numaNodes());
        if (!d.admit()) {
            reject(pod, now);
            return false;
        }
        pod.numa = pools.allocate(pod.spec, n, gpus, d.mask());
        if (admitted != null) {
            admitted.accept(pod.spec, pod.numa);
        }
        return true;
    }

    /**
     * The admission of a controller ({@code unsupported} under Volcano or Kueue, which are refused),
     * wired to its pod deletions so that deleted pods give their NUMA allocations back.
     */
    static KubeletAdmission forController(boolean unsupported, Simulation sim, NodeTable table, SchedulingQueue queue,
                                          Set<KubeJob> waiting, RunObserver observer, PodDeletions deletions,
                                          List<NodeTopology> perNode, int gpu, int drainHook) {
        if (unsupported) {
            throw new IllegalArgumentException("kubelet topology admission is modelled under the default scheduler"
                    + " without Kueue only");
        }
        KubeletAdmission k = new KubeletAdmission(sim, table, queue, waiting, observer, deletions, perNode, gpu,
                drainHook);
        deletions.kubelet = k;
        return k;
    }

    /** {@code pod}'s release by {@code kubelet}, when there is one. */
    static void release(KubeletAdmission kubelet, QueuedPod pod) {
        if (kubelet != null) {
            kubelet.release(pod);
        }
    }

    /** {@code pod} leaves its node (its job ended, or it was deleted): its CPUs and GPUs go back to its NUMA nodes. */
    void release(QueuedPod pod) {
        if (pod.numa != null) {
            pools.release(pod.numa);
            pod.numa = null;
        }
    }

    /** Whether no failed pod awaits its replacement, so that the run may be found stuck. */
    boolean idle() {
        return due.isEmpty();
    }

    /** {@code s} with this admission's counters, its failed jobs counted as rejected too. */
    KubeStats counted(KubeStats s) {
        return new KubeStats(s.cycles(), s.binds(), s.failedAttempts(), s.jobsStarted(), s.jobsRejected() + jobsFailed,
                s.jobsNeverStarted(), s.podsPending(), s.stalledAt(), s.gangSessions(), s.jobsGangPlaced(),
                s.preemptions(), s.victimPods(), s.jobsPreempted(), admissionFailures, jobsFailed);
    }

    /** Pods rejected with TopologyAffinityError. */
    long admissionFailures() {
        return admissionFailures;
    }

    /** Jobs failed once their pods' admission failures passed backoffLimit. */
    long jobsFailed() {
        return jobsFailed;
    }

    /** The per-node, per-NUMA free CPUs and GPUs; read-only, for tests. */
    NumaPools pools() {
        return pools;
    }

    private void reject(QueuedPod pod, long now) {
        admissionFailures++;
        table.unbind(pod.spec, pod.node);
        pod.node = -1;
        pod.place = QueuedPod.Place.FAILED;
        KubeJob job = pod.job;
        if (++job.admissionFailures > BACKOFF_LIMIT) {
            fail(job, now);
            return;
        }
        long backoff = Math.min(MAX_BACKOFF, FIRST_BACKOFF << Math.min(30, job.admissionFailures - 1));
        long key = nextKey++;
        due.put(key, pod);
        events.put(key, sim.schedule(now + backoff, recreateKind, key));
    }

    /** The controller creates the replacement of the failed pod {@code key} names. */
    private void recreate(long key) {
        long now = sim.now();
        QueuedPod failed = due.remove(key);
        events.remove(key);
        deletions.replace(failed.job, failed, now);
        sim.requestAtInstantEnd(drainHook);
    }

    /** BackoffLimitExceeded: every pod of {@code job} is deleted and the job reported as failed. */
    private void fail(KubeJob job, long now) {
        jobsFailed++;
        due.entrySet().removeIf(e -> {
            if (e.getValue().job == job) {
                sim.cancel(events.remove(e.getKey()));
                return true;
            }
            return false;
        });
        for (QueuedPod p : job.pods) {
            if (p.place == QueuedPod.Place.BOUND) {
                release(p);
                table.unbind(p.spec, p.node);
            } else {
                queue.remove(p);
            }
            p.place = QueuedPod.Place.FAILED;
            p.node = -1;
        }
        job.bound = 0;
        waiting.remove(job);
        observer.jobRejected(job.job, now, "TopologyAffinityError: its pods failed kubelet admission "
                + job.admissionFailures + " times, past the Job's backoffLimit of " + BACKOFF_LIMIT);
    }
}
