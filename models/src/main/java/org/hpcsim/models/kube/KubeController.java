package org.hpcsim.models.kube;

import java.util.LinkedHashSet;
import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.run.Arrivals;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.PreemptionStats;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.models.kube.kueue.KueueAdmission;
import org.hpcsim.models.kube.kueue.KueueConfig;
import org.hpcsim.models.kube.volcano.Binpack;
import org.hpcsim.models.kube.volcano.VolcanoConfig;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;

/**
 * A replay of a workload through kube-scheduler's default loop: a job's pods (see
 * {@link PodTemplate}) join the scheduling queue when it arrives; the scheduler pops one pod at a
 * time and binds it where the placer says, or parks it as unschedulable. A job runs once all its
 * pods are bound, from the last bind, for its recorded run time (cut at its requested time with
 * killAtLimit); then its pods are deleted, which moves the parked pods back to the queue.
 *
 * <p>Pods are scheduled one by one, so jobs that each get part of the nodes another needs hold
 * them while they wait: the default scheduler's gang problem. When no job runs, none is to arrive,
 * and every pending pod has been tried against the nodes as they are, nothing can ever change: the
 * run ends there, and each job that never started is reported through
 * {@link RunObserver#jobRejected} with a reason that says so, and counted in {@link KubeStats}.
 *
 * <p>A pod that fits nowhere may preempt pods of lower priority (DefaultPreemption, see
 * {@link Preempter}); it then goes straight back to activeQ, ahead of every lower-priority pod.
 *
 * <p>The scheduler works at the end of each instant, after every arrival and end of that instant;
 * a cycle takes {@link SchedulerTiming#cycleTime()} (0 by default: placed at once). The queue's
 * background flushes run on their upstream periods, aligned to multiples of the period from the
 * start of the run, and only while their queue holds pods.
 *
 * <p>Under Volcano ({@link VolcanoConfig}) there is no pod queue: {@link GangSessions} places whole jobs.
 * With Kueue ({@link #admitThrough}) a job's pods are created only once {@link KueueAdmission} admits it.
 * With the Cluster Autoscaler ({@link #autoscaleWith}) node pools grow and shrink, see {@link ClusterAutoscaler}.
 */
public final class KubeController {
    private static final String GPU = "nvidia.com/gpu";

    private final Simulation sim = new Simulation();
    private final NodeTable table;
    private final PodPlacer placer;
    private final PodTemplate template;
    private final SchedulerTiming timing;
    private final SchedulingQueue queue;
    private final RunObserver observer;
    private final Arrivals arrivals;
    private final boolean killAtLimit;
    private final long nodeCpu;
    private final int gpu;
    private final int drainHook;
    private final int endKind;
    private final int cycleEndKind;
    private final QueueFlushes flushes;
    /** Volcano's sessions, or null under the default scheduler. */
    private final GangSessions gang;
    /** DefaultPreemption, or null under Volcano or when pods may not preempt (preemptionPolicy: Never). */
    private final Preempter preempter;
    /** Kueue's admission, or null when jobs go straight to the scheduler. */
    private KueueAdmission<KubeJob> kueue;
    private final PodDeletions deletions;
    /** The Cluster Autoscaler, or null when the nodes never change. */
    private ClusterAutoscaler autoscaler;
    private final BatchJobs batch; // the Job controller under workload: job, else null
    /** The kubelets' Topology Manager admission, or null when no node manages its NUMA topology. */
    private KubeletAdmission kubelet;

    private final LinkedHashSet<KubeJob> waiting = new LinkedHashSet<>();
    private final JobSlots running = new JobSlots();

    private long podSeq;
    private long version;
    private QueuedPod inCycle;
    private boolean firstSubmission = true;
    private final SchedulerCounts counts = new SchedulerCounts();
    private BindListener listener;

    /** A replay of {@code source} on {@code nodes} with kube-scheduler's default queue timing. */
    public KubeController(List<KubeNode> nodes, ResourceNames resources, PodPlacer.Factory placer, JobSource source,
                          PodTemplate template, boolean killAtLimit, RunObserver observer, RandomStreams streams) {
        this(nodes, resources, placer, source, template, killAtLimit, observer, streams, SchedulerTiming.DEFAULT,
                true);
    }

    /**
     * As above, with the queue's backoffs, flush periods and cycle time from {@code timing}; with
     * {@code preempt} false no pod preempts (preemptionPolicy: Never for every pod).
     */
    public KubeController(List<KubeNode> nodes, ResourceNames resources, PodPlacer.Factory placer, JobSource source,
                          PodTemplate template, boolean killAtLimit, RunObserver observer, RandomStreams streams,
                          SchedulerTiming timing, boolean preempt) {
        this(nodes, resources, placer, source, template, killAtLimit, observer, streams, timing, null, preempt);
    }

    /** A replay of {@code source} under Volcano ({@code volcano}): whole jobs gang-scheduled, nodes by binpack. */
    public KubeController(List<KubeNode> nodes, ResourceNames resources, JobSource source, PodTemplate template,
                          boolean killAtLimit, RunObserver observer, RandomStreams streams, VolcanoConfig volcano) {
        this(nodes, resources, Binpack.factory(volcano), source, template, killAtLimit, observer, streams,
                SchedulerTiming.DEFAULT, volcano);
    }

    /** Volcano's gang sessions with another placer than binpack; for tests. */
    KubeController(List<KubeNode> nodes, ResourceNames resources, PodPlacer.Factory placer, JobSource source,
                   PodTemplate template, boolean killAtLimit, RunObserver observer, RandomStreams streams,
                   SchedulerTiming timing, VolcanoConfig volcano) {
        this(nodes, resources, placer, source, template, killAtLimit, observer, streams, timing, volcano, true);
    }

    /** Volcano's sessions, or the default loop when {@code volcano} is null, preempting when {@code preempt}. */
    KubeController(List<KubeNode> nodes, ResourceNames resources, PodPlacer.Factory placer, JobSource source,
                   PodTemplate template, boolean killAtLimit, RunObserver observer, RandomStreams streams,
                   SchedulerTiming timing, VolcanoConfig volcano, boolean preempt) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a Kubernetes cluster needs at least one node");
        }
        this.batch = BatchJobs.of(template, observer, () -> podSeq++, this::toScheduler);
        observer = batch == null ? observer : batch; // the Job's pods reach the run as one job
        this.table = new NodeTable(nodes, resources.size());
        this.placer = placer.create(table, streams);
        this.template = template;
        this.timing = timing;
        this.queue = new SchedulingQueue(timing);
        this.observer = observer;
        this.killAtLimit = killAtLimit;
        this.nodeCpu = table.smallestAllocatable(ResourceNames.CPU);
        this.gpu = resources.find(GPU);
        this.arrivals = new Arrivals(sim, source, this::arrive);
        this.drainHook = sim.registerInstantHook("kube-scheduler loop", now -> drain());
        this.endKind = sim.registerHandler("job end", slot -> onEnd((int) slot));
        this.cycleEndKind = sim.registerHandler("scheduling cycle end", payload -> onCycleEnd());
        this.flushes = new QueueFlushes(sim, queue, timing, drainHook); // after cycleEndKind: same handler order
        this.gang = volcano == null ? null
                : new GangSessions(sim, volcano, resources, this.placer, table, waiting, running, observer, arrivals,
                        this::start);
        this.deletions = new PodDeletions(sim, table, queue, running, waiting, observer, () -> podSeq++);
        this.preempter = volcano == null && preempt ? new Preempter(table, running, waiting, deletions) : null;
    }

    /**
     * Runs to the end of the workload, or to the point where pending jobs can never start; returns
     * the engine's counters.
     */
    public RunStats run() {
        arrivals.start();
        sim.run();
        long now = sim.now();
        if (gang != null) {
            counts.stalledAt = gang.stalledAt();
        }
        counts.podsPending = NeverStarted.report(observer, waiting, gang != null, kueue, now, counts.stalledAt >= 0);
        observer.runFinished(now);
        return new RunStats(sim.eventsProcessed(), gang != null ? gang.cycles() : counts.cycles, now,
                preempter == null ? PreemptionStats.NONE : preempter.stats(),
                autoscaler == null ? null : autoscaler.interruptionStats(),
                autoscaler == null ? null : autoscaler.launchStats());
    }

    /**
     * Puts Kueue in front of the scheduler; call before {@link #run()}. Admission runs at once on
     * each arrival and each job end, as Kueue's event-driven loop would.
     */
    public void admitThrough(KueueConfig config, ResourceNames resources) {
        this.kueue = new KueueAdmission<>(config, resources);
        kueue.evictWith(KubeJob::started, kj -> deletions.evict(kj, sim.now()));
    }

    /** Lets the Cluster Autoscaler resize {@code config}'s node pools (default scheduler; before {@link #run()}). */
    public void autoscaleWith(AutoscalerConfig config, RandomStreams streams) {
        if (gang != null) {
            throw new IllegalArgumentException("the Cluster Autoscaler is modelled under the default scheduler only");
        }
        this.autoscaler = new ClusterAutoscaler(sim, table, config, streams, observer, waiting, deletions,
                this::nodesChanged, () -> arrivals.exhausted() && running.count() == 0 && waiting.isEmpty()
                        && (kueue == null || kueue.pendingCount() == 0));
        autoscaler.drainWith(running, config.scaleDown().movable(template.shape()), gpu);
    }

    /** Has the kubelets admit bound pods under {@code perNode}'s topology settings (null: none). */
    public void manageTopology(List<NodeTopology> perNode) {
        kubelet = KubeletAdmission.forController(gang != null || kueue != null, sim, table, queue, waiting, observer,
                deletions, perNode, gpu, drainHook);
    }

    /** The kubelets' admission, or null; for tests. */
    KubeletAdmission kubelet() {
        return kubelet;
    }

    /** What the Cluster Autoscaler did, or null without one; complete once {@link #run()} has returned. */
    public AutoscalerStats autoscalerStats() {
        return autoscaler == null ? null : autoscaler.stats(sim.now());
    }

    /** What Kueue and Volcano's queues did (each null when absent); complete once {@link #run()} has returned. */
    public BatchQueueStats queueStats() {
        return new BatchQueueStats(kueue == null ? null : kueue.stats(),
                gang == null ? null : gang.queueStats(sim.now()));
    }

    /** What the scheduler did; complete once {@link #run()} has returned. */
    public KubeStats stats() {
        BatchQueueStats q = queueStats();
        return counts.stats(gang, waiting.size(), preempter, kubelet)
                .withQueues(q.kueue() == null && q.volcano() == null ? null : q).withAutoscaler(autoscalerStats());
    }

    /** Lets {@code l} hear every bind from now on. */
    void listen(BindListener l) {
        this.listener = l;
        if (gang != null) {
            gang.listener = l;
        }
        deletions.listener = l;
    }

    /** Lets {@code l} hear the end of every session from now on. */
    void listenSessions(SessionListener l) {
        if (gang != null) {
            gang.sessionListener = l;
        }
    }

    private void arrive(Job job) {
        long now = sim.now();
        if (firstSubmission) {
            firstSubmission = false;
            observer.nodesUp(now, autoscaler == null ? table.size() : autoscaler.nodesUp());
        }
        if (job.gpus() > 0 && gpu < 0) {
            counts.rejected++;
            observer.jobRejected(job, now, "asks for GPUs and no node offers " + GPU);
            return;
        }
        PodSpec[] specs = template.pods(job, nodeCpu, gpu, table.resources());
        if (batch != null) {
            batch.submit(job, specs, now); // the Job controller creates its pods
            return;
        }
        KubeJob kj = new KubeJob(job, specs, podSeq);
        podSeq += specs.length;
        if (kueue != null) {
            String refusal = kueue.submit(kj, job.labels(), specs);
            if (refusal != null) {
                counts.rejected++;
                observer.jobRejected(job, now, refusal);
                return;
            }
            observer.jobSubmitted(job, now);
            admitted(now);
            if (gang == null) {
                sim.requestAtInstantEnd(drainHook); // a pass, if only to report the queue with this job in it
            }
            return;
        }
        observer.jobSubmitted(job, now);
        toScheduler(kj, now);
    }

    /** The admitted workloads' pods are created and go to the scheduler. */
    private void admitted(long now) {
        for (KubeJob kj : kueue.admit()) {
            kj.select(kueue.nodeSelector(kj));
            toScheduler(kj, now);
        }
    }

    private void toScheduler(KubeJob kj, long now) {
        waiting.add(kj);
        if (preempter != null) {
            preempter.submitted(kj);
        }
        if (gang != null) {
            gang.request(now);
            return;
        }
        for (QueuedPod p : kj.pods) {
            queue.add(p, now);
        }
        sim.requestAtInstantEnd(drainHook);
    }

    /** The scheduling loop: pops and places pods until the queue has none or a cycle is under way. */
    private void drain() {
        while (inCycle == null && queue.canPop()) {
            QueuedPod pod = queue.pop();
            counts.cycles++;
            pod.triedAtVersion = version;
            int node = placer.place(pod.spec);
            pod.node = node;
            if (node >= 0) {
                // Assumed at once, as upstream's cache does, so the next cycle sees the node taken.
                table.bind(pod.spec, node);
                version++;
            }
            if (timing.cycleTime() == 0) {
                finishCycle(pod);
            } else {
                inCycle = pod;
                sim.schedule(sim.now() + timing.cycleTime(), cycleEndKind, 0);
            }
        }
        afterPass();
    }

    private void onCycleEnd() {
        QueuedPod pod = inCycle;
        inCycle = null;
        finishCycle(pod);
        sim.requestAtInstantEnd(drainHook);
    }

    private void finishCycle(QueuedPod pod) {
        long now = sim.now();
        if (pod.node < 0) {
            counts.failed++;
            if (preempter != null && preempter.preempt(pod, now)) {
                // The victims' deletion is a cluster event: parked pods move, and the node table changed.
                version++;
                queue.nominated(pod, now);
                queue.moveAll(now);
            } else {
                queue.failed(pod, now);
            }
            return;
        }
        pod.place = QueuedPod.Place.BOUND;
        pod.boundAt = now;
        counts.binds++;
        if (kubelet != null && !kubelet.admit(pod, now)) {
            version++; // the rejected pod's requests left the node: parked pods may fit now
            queue.moveAll(now);
            return;
        }
        if (listener != null) {
            listener.bound(pod.job.job, pod.spec, pod.node, table);
        }
        queue.assignedPodAdded(pod.spec, now);
        KubeJob job = pod.job;
        if (++job.bound == job.pods.length) {
            start(job, now);
        }
    }

    private void start(KubeJob job, long now) {
        job.start = now;
        waiting.remove(job);
        counts.started += job.runs++ == 0 ? 1 : 0; // a job preemption restarted counts once
        Job j = job.job;
        long runFor = job.cutAtLimit(killAtLimit) ? j.requestedTime() : j.runTime();
        job.slot = running.add(job);
        job.endEvent = sim.schedule(now + runFor, endKind, job.slot);
        observer.jobStarted(j, now, job.cores);
    }

    private void onEnd(int slot) {
        long now = sim.now();
        KubeJob job = running.remove(slot);
        for (QueuedPod p : job.pods) {
            KubeletAdmission.release(kubelet, p);
            table.unbind(p.spec, p.node);
        }
        version++;
        Job j = job.job;
        boolean killed = job.cutAtLimit(killAtLimit);
        observer.jobFinished(new JobOutcome(j, job.start, now, job.cores, job.nodesUsed(), killed));
        if (kueue != null) {
            kueue.finished(job); // its quota frees before the deleted pods wake the parked ones
            admitted(now);
        }
        if (gang != null) {
            if (!waiting.isEmpty()) {
                gang.request(now); // with nothing pending a session would do nothing
            }
            return;
        }
        // Its pods' deletion is the cluster event that may make parked pods schedulable. Every parked
        // pod moves: NodeResourcesFit's queueing hint would leave those the freed resources cannot
        // help, but the placer is opaque here, and a needless retry only costs an attempt.
        queue.moveAll(now);
        sim.requestAtInstantEnd(drainHook);
    }

    /** Nodes joined or left: a cluster event that may make every parked pod schedulable (NodeAdd, pods deleted). */
    private void nodesChanged(long now) {
        version++;
        queue.moveAll(now);
        sim.requestAtInstantEnd(drainHook);
    }

    /** After the scheduler stops for this instant: report the queue, arm the flushes, or see that the run is stuck. */
    private void afterPass() {
        long now = sim.now();
        int queued = waiting.size() + (kueue == null ? 0 : kueue.pendingCount()); // Kueue's pending wait too
        if (queued > 0 || running.count() > 0) {
            observer.passFinished(now, queued);
        }
        if (autoscaler != null) {
            autoscaler.passFinished(now, counts.failed);
        }
        if (stuck() && (autoscaler == null || autoscaler.cannotHelp(now))) {
            counts.stalledAt = now;
            flushes.cancel();
            if (autoscaler != null) {
                autoscaler.stop();
            }
            return;
        }
        flushes.arm(now);
    }

    /**
     * Nothing can change any more: no job runs and none is to come (so no pod will be deleted),
     * the scheduler is idle with nothing to pop, and every parked pod was tried against the node
     * table as it is now, so retrying would place nothing.
     */
    private boolean stuck() {
        return running.count() == 0 && inCycle == null && arrivals.exhausted() && queue.activeCount() == 0
                && queue.backoffCount() == 0 && queue.unschedulableCount() > 0 && queue.allTriedAt(version)
                && (kubelet == null || kubelet.idle()); // a failed pod's replacement is still to come
    }
}
