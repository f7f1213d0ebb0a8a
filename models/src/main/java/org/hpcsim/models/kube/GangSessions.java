package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.kube.volcano.VolcanoConfig;
import org.hpcsim.models.kube.volcano.VolcanoQueueStats;
import org.hpcsim.models.kube.volcano.VolcanoQueues;
import org.hpcsim.models.run.Arrivals;
import org.hpcsim.models.run.RunObserver;

/**
 * Volcano's gang scheduling in the replay ({@link VolcanoConfig}): there is no pod queue; each job is a PodGroup whose
 * minAvailable is all its pods, and a session places whole jobs. Sessions run at multiples of the
 * schedule period from the start of the run, at the end of their instant; one runs only when a job
 * arrived or ended since the last, since a session over an unchanged cluster places nothing (which
 * nodes fit a task depends only on the task and the node table). A session takes the pending jobs by
 * priority (higher first), then by creation (FIFO): Volcano's priority plugin, then its default
 * order by creation time (gang puts not-ready jobs first and drf orders by share allocated, and every
 * pending job is not ready with nothing allocated).
 * For each job it places the pods in turn with binpack, binding each tentatively so the next sees
 * it; if one finds no node, the ones placed are unbound and the job waits for a later session
 * (gang discards a job below minAvailable). Later jobs are still tried, as Volcano's allocate does,
 * so a small job may pass a large one that does not fit. Nothing is held partly, so nothing deadlocks:
 * a run stalls only when no job runs or is to come and the pending jobs fit nowhere as a whole.
 *
 * <p>With queues ({@link VolcanoConfig#queues()}) a session runs Volcano's enqueue and allocate
 * actions over {@link VolcanoQueues}: Pending jobs the queues admit become Inqueue, and only Inqueue
 * jobs are placed, queue by queue, the queue of least share first.
 */
final class GangSessions {
    /** Starts a job whose pods are all bound: the controller's, as under the default scheduler. */
    @FunctionalInterface
    interface Starter {
        void start(KubeJob job, long now);
    }

    private final Simulation sim;
    private final VolcanoConfig volcano;
    private final PodPlacer placer;
    private final NodeTable table;
    private final Set<KubeJob> waiting;
    private final JobSlots running;
    private final RunObserver observer;
    private final Arrivals arrivals;
    private final Starter starter;
    /** The queues, or null when the config has none. */
    private final VolcanoQueues queues;
    private final int hook;
    private final int tickKind;
    /** Hear binds and session ends; for tests. */
    BindListener listener;
    SessionListener sessionListener;

    private long at = -1;
    private long sessions;
    private long placed;
    private long cycles;
    private long binds;
    private long failed;
    private long stalledAt = -1;

    /** Sessions over the controller's {@code waiting} jobs (in arrival order) and {@code running} ones. */
    GangSessions(Simulation sim, VolcanoConfig volcano, ResourceNames names, PodPlacer placer, NodeTable table,
                 Set<KubeJob> waiting, JobSlots running, RunObserver observer, Arrivals arrivals, Starter starter) {
        this.queues = volcano.queues().isEmpty() ? null : new VolcanoQueues(volcano, names);
        this.sim = sim;
        this.volcano = volcano;
        this.placer = placer;
        this.table = table;
        this.waiting = waiting;
        this.running = running;
        this.observer = observer;
        this.arrivals = arrivals;
        this.starter = starter;
        this.hook = sim.registerInstantHook("volcano session", now -> session());
        this.tickKind = sim.registerHandler("volcano schedule period", payload -> sim.requestAtInstantEnd(hook));
    }

    /** Asks for the session at the first multiple of the schedule period at or after {@code now}. */
    void request(long now) {
        if (at >= 0) {
            return; // the pending session is that one: at was the first multiple after an earlier now
        }
        long period = volcano.schedulePeriod();
        at = Math.floorDiv(now + period - 1, period) * period;
        if (at == now) {
            sim.requestAtInstantEnd(hook);
        } else {
            sim.schedule(at, tickKind, 0);
        }
    }

    /** One Volcano session: every pending job, in Volcano's job order, placed whole or not at all. */
    private void session() {
        long now = sim.now();
        at = -1;
        sessions++;
        List<KubeJob> order = new ArrayList<>(waiting);
        // waiting is in arrival order, so a stable sort by priority keeps FIFO among equals.
        order.sort(Comparator.comparingInt((KubeJob j) -> -j.pods[0].priority()));
        if (queues != null) {
            queueSession(order, now);
        } else {
            for (KubeJob job : order) {
                if (placeGang(job)) {
                    placed++;
                    starter.start(job, now);
                }
            }
        }
        if (sessionListener != null) {
            List<KubeJob> runningJobs = new ArrayList<>();
            running.forEach(runningJobs::add);
            sessionListener.sessionEnded(now, new ArrayList<>(waiting), runningJobs, table);
        }
        if (!waiting.isEmpty() || running.count() > 0) {
            observer.passFinished(now, waiting.size());
        }
        if (running.count() == 0 && arrivals.exhausted() && !waiting.isEmpty() && at < 0) {
            stalledAt = now; // no end or arrival is to come, so no later session could place anything
        }
    }

    /** Enqueue, then allocate by queue share, over the pending jobs in Volcano's job {@code order}. */
    private void queueSession(List<KubeJob> order, long now) {
        int res = table.resources();
        int n = queues.size();
        double[] total = new double[res];
        for (int r = 0; r < res; r++) {
            for (int node = 0; node < table.size(); node++) {
                total[r] += table.present(node) ? table.allocatable(r, node) : 0;
            }
        }
        double[][] allocated = new double[n][res];
        double[][] request = new double[n][res];
        double[][] inqueue = new double[n][res];
        running.forEach(j -> {
            long[] req = j.request(res);
            for (int r = 0; r < res; r++) {
                allocated[queue(j)][r] += req[r];
                request[queue(j)][r] += req[r];
            }
        });
        // A Volcano Job's pods are created once its PodGroup is Inqueue: only those count in the request.
        List<KubeJob> inqueueAtOpen = new ArrayList<>();
        for (KubeJob j : order) {
            if (j.inqueue) {
                inqueueAtOpen.add(j);
                long[] req = j.request(res);
                for (int r = 0; r < res; r++) {
                    request[queue(j)][r] += req[r];
                    inqueue[queue(j)][r] += req[r];
                }
            }
        }
        queues.open(now, total, allocated, request, inqueue);
        // enqueue: queues by share, each one's Pending jobs in job order; their pods come for the next session.
        boolean enqueued = false;
        for (int q : queues.byShare()) {
            for (KubeJob j : order) {
                if (queue(j) == q && !j.inqueue) {
                    j.inqueue = queues.enqueue(q, j.request(res));
                    enqueued |= j.inqueue;
                }
            }
        }
        // allocate: the queue of least share gives its next Inqueue job; an overused queue is done for the session.
        List<java.util.ArrayDeque<KubeJob>> jobs = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            jobs.add(new java.util.ArrayDeque<>());
        }
        for (KubeJob j : inqueueAtOpen) {
            jobs.get(queue(j)).add(j);
        }
        while (true) {
            int q = -1;
            for (int c : queues.byShare()) {
                if (!jobs.get(c).isEmpty()) {
                    q = c;
                    break;
                }
            }
            if (q < 0) {
                break;
            }
            if (queues.overused(q)) {
                jobs.get(q).clear();
                continue;
            }
            KubeJob job = jobs.get(q).poll();
            long[] req = job.request(res);
            if (queues.allocatable(q, req) && placeGang(job)) {
                placed++;
                queues.allocated(q, req);
                job.inqueue = false;
                starter.start(job, now);
            }
        }
        queues.close(now);
        if (enqueued) {
            at = now + volcano.schedulePeriod(); // the next session sees the new Inqueue jobs' pods
            sim.schedule(at, tickKind, 0);
        }
    }

    private int queue(KubeJob j) {
        if (j.volcanoQueue < 0) {
            j.volcanoQueue = queues.queueOf(j.job.labels());
        }
        return j.volcanoQueue;
    }

    /** Each queue's counters up to {@code now}, or null without queues. */
    List<VolcanoQueueStats> queueStats(long now) {
        return queues == null ? null : queues.stats(now);
    }

    /** Binds every pod of {@code job}, or none: a pod that fits nowhere undoes the tentative binds before it. */
    private boolean placeGang(KubeJob job) {
        QueuedPod[] pods = job.pods;
        for (int i = 0; i < pods.length; i++) {
            cycles++;
            int node = placer.place(pods[i].spec);
            if (node < 0) {
                failed++;
                for (int k = i - 1; k >= 0; k--) {
                    table.unbind(pods[k].spec, pods[k].node);
                    pods[k].node = -1;
                }
                return false;
            }
            // Tentative, as a Volcano statement's allocate: later tasks of the job see the node taken.
            table.bind(pods[i].spec, node);
            pods[i].node = node;
        }
        for (QueuedPod p : pods) {
            p.place = QueuedPod.Place.BOUND;
            binds++;
            if (listener != null) {
                listener.bound(job.job, p.spec, p.node, table);
            }
        }
        job.bound = pods.length;
        return true;
    }

    /** Sessions run. */
    long sessions() {
        return sessions;
    }

    /** Jobs placed whole. */
    long placed() {
        return placed;
    }

    /** Tasks tried. */
    long cycles() {
        return cycles;
    }

    /** Pods bound. */
    long binds() {
        return binds;
    }

    /** Gangs that did not fit. */
    long failed() {
        return failed;
    }

    /** When a session found that nothing could change any more, or -1. */
    long stalledAt() {
        return stalledAt;
    }
}
