package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;

/**
 * Deleting bound pods, for preemption and for nodes that go away (Spot interruptions). A deleted
 * pod of a running job cuts the whole job's run, since an MPIJob cannot go on without one of its
 * pods: every pod of the job leaves its node, the run is reported through
 * {@link RunObserver#jobRequeued} as REQUEUED, and the job's pods are created anew and queued, as
 * the MPI Operator recreates them; the job starts again from the beginning. A deleted pod of a job
 * still waiting for the rest of its pods is recreated alone: the job keeps its other bound pods.
 */
final class PodDeletions {
    private final Simulation sim;
    private final NodeTable table;
    private final SchedulingQueue queue;
    private final JobSlots running;
    private final Set<KubeJob> waiting;
    private final RunObserver observer;
    private final LongSupplier nextSeq;
    /** Hears unbound pods; for tests. */
    BindListener listener;
    /** The kubelets' admission, whose NUMA allocations deleted pods give back; null without topology management. */
    KubeletAdmission kubelet;

    /** Deletes pods from {@code table} and queues their replacements in {@code queue}, numbered by {@code nextSeq}. */
    PodDeletions(Simulation sim, NodeTable table, SchedulingQueue queue, JobSlots running, Set<KubeJob> waiting,
                 RunObserver observer, LongSupplier nextSeq) {
        this.sim = sim;
        this.table = table;
        this.queue = queue;
        this.running = running;
        this.waiting = waiting;
        this.observer = observer;
        this.nextSeq = nextSeq;
    }

    /** Cuts the run of started {@code job} at {@code now} and queues it anew; returns the core-nanoseconds it lost. */
    double cutRun(KubeJob job, long now) {
        sim.cancel(job.endEvent);
        running.remove(job.slot);
        double lost = (double) job.cores * (now - job.start);
        observer.jobRequeued(new JobOutcome(job.job, job.start, now, job.cores, job.nodesUsed(), false, "",
                JobEndState.REQUEUED));
        job.start = -1;
        for (int i = 0; i < job.pods.length; i++) {
            unbind(job.pods[i]);
            recreate(job, i, now);
        }
        job.bound = 0;
        waiting.add(job);
        return lost;
    }

    /**
     * Kueue evicted started {@code job}: its run is cut and its pods deleted, and nothing is queued,
     * since Kueue holds the workload until it admits it again; parked pods see the freed nodes.
     */
    void evict(KubeJob job, long now) {
        sim.cancel(job.endEvent);
        running.remove(job.slot);
        observer.jobRequeued(new JobOutcome(job.job, job.start, now, job.cores, job.nodesUsed(), false, "",
                JobEndState.REQUEUED));
        job.start = -1;
        for (int i = 0; i < job.pods.length; i++) {
            QueuedPod old = job.pods[i];
            unbind(old);
            old.place = QueuedPod.Place.ACTIVE;
            old.node = -1;
            job.pods[i] = new QueuedPod(old.spec, job, nextSeq.getAsLong());
        }
        job.bound = 0;
        queue.moveAll(now);
    }

    /** Deletes bound {@code pod} of waiting {@code job} and queues a new one in its place. */
    void deletePod(KubeJob job, QueuedPod pod, long now) {
        unbind(pod);
        job.bound--;
        for (int i = 0; i < job.pods.length; i++) {
            if (job.pods[i] == pod) {
                recreate(job, i, now);
                return;
            }
        }
        throw new IllegalStateException("pod " + pod.seq + " is not one of its job's pods");
    }

    /**
     * Node {@code n} is gone at {@code now}: the runs of the jobs with a pod there are cut (in
     * slot order), and the pods waiting jobs had bound there are recreated. Returns the runs cut
     * and the core-nanoseconds they lost.
     */
    Loss nodeGone(int n, long now) {
        List<KubeJob> cut = new ArrayList<>();
        running.forEach(j -> {
            if (holds(j, n)) {
                cut.add(j);
            }
        });
        double lost = 0;
        for (KubeJob j : cut) {
            lost += cutRun(j, now);
        }
        List<QueuedPod> stranded = new ArrayList<>();
        for (KubeJob j : waiting) {
            for (QueuedPod p : j.pods) {
                if (p.place == QueuedPod.Place.BOUND && p.node == n) {
                    stranded.add(p);
                }
            }
        }
        for (QueuedPod p : stranded) {
            deletePod(p.job, p, now);
        }
        return new Loss(cut.size(), lost);
    }

    /** What a node's loss cost: runs cut and the core-nanoseconds of work they lost. */
    record Loss(int runsCut, double coreNanos) {}

    private static boolean holds(KubeJob job, int n) {
        for (QueuedPod p : job.pods) {
            if (p.node == n) {
                return true;
            }
        }
        return false;
    }

    /** The controller replaces {@code failed}, a pod of waiting {@code job} the kubelet rejected, with a new one. */
    void replace(KubeJob job, QueuedPod failed, long now) {
        for (int i = 0; i < job.pods.length; i++) {
            if (job.pods[i] == failed) {
                recreate(job, i, now);
                return;
            }
        }
        throw new IllegalStateException("pod " + failed.seq + " is not one of its job's pods");
    }

    private void unbind(QueuedPod p) {
        if (kubelet != null) {
            kubelet.release(p);
        }
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
}
