package org.hpcsim.models.kube;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.function.LongSupplier;
import java.util.function.ObjLongConsumer;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.Job;

/**
 * The Job controller (kubernetes pkg/controller/job) for trace jobs run as batch/v1 Jobs
 * ({@link PodTemplate.Shape#JOB}). A trace job becomes a Job of {@code completions} = its pods and
 * {@code parallelism} from the {@link WorkloadSettings}: the controller keeps
 * {@code min(parallelism, completions - succeeded)} pods active, as manageJob's wantActive does,
 * creating the next one the instant an active pod succeeds (no API latency, no slow-start
 * batches). The pods are independent: each is scheduled on its own (to the scheduler, and to
 * Volcano, a job of one pod, as a plain Job's pods each get their own PodGroup) and runs the trace
 * job's recorded time, a rigid task; the Job completes when {@code completions} pods have
 * succeeded (NonIndexed) or one pod of every index 0..completions-1 has (Indexed; pods are created
 * lowest index first, and a preempted pod comes back with its index).
 *
 * <p>It sits between the controller and the run's observer: the controller sees each pod as a job,
 * and this turns their starts and ends into the trace job's. The trace job starts with its first
 * pod and ends with its last; it holds its pods' cores spread over the ceil(completions /
 * parallelism) waves it needs, all along, so its core-time is right when the waves run back to back
 * and overstated when its pods wait for nodes between them. A preempted pod's lost run
 * is not passed on: the Job as a whole still runs. A pod cut at its requested time counts as done,
 * and the Job then ends TIMEOUT; backoffLimit and activeDeadlineSeconds are not modelled.
 */
final class BatchJobs implements RunObserver {
    private final WorkloadSettings settings;
    private final RunObserver outer;
    private final LongSupplier nextSeq;
    private final ObjLongConsumer<KubeJob> toScheduler;
    /** The task of each pod's job; looked up by identity, never iterated. */
    private final IdentityHashMap<Job, Task> tasks = new IdentityHashMap<>();
    /** Jobs submitted none of whose pods has started yet: the queue length the run reports. */
    private int pending;

    /** One trace job as a Job: its pods' specs by completion index and what the controller counts. */
    private static final class Batch {
        final Job job;
        final PodSpec[] specs;
        final int limit;
        final long cores;
        final BitSet doneIndexes = new BitSet();
        final BitSet nodes = new BitSet();
        int created;
        int active;
        int running;
        int succeeded;
        long start = -1;
        boolean killed;
        boolean rejected;

        Batch(Job job, PodSpec[] specs, int limit) {
            this.job = job;
            this.specs = specs;
            this.limit = limit;
            // The pods' cpu over the waves the Job needs at least: its core-time when the waves run back to back.
            long waves = (specs.length + limit - 1) / limit;
            this.cores = Math.max(1, (specs[0].request(ResourceNames.CPU) * specs.length / waves + 999) / 1000);
        }

        int completions() {
            return specs.length;
        }
    }

    /** A pod of a Job, by completion index. */
    private record Task(Batch batch, int index, KubeJob pod) {}

    /**
     * The Job controller under {@code settings}, reporting to {@code outer}; {@code nextSeq} numbers
     * pods and {@code toScheduler} hands a new pod's job to the scheduler at a given time.
     */
    BatchJobs(WorkloadSettings settings, RunObserver outer, LongSupplier nextSeq, ObjLongConsumer<KubeJob> toScheduler) {
        this.settings = settings;
        this.outer = outer;
        this.nextSeq = nextSeq;
        this.toScheduler = toScheduler;
    }

    /** The Job controller when {@code template} makes batch Jobs, else null; arguments as the constructor's. */
    static BatchJobs of(PodTemplate template, RunObserver outer, LongSupplier nextSeq,
                        ObjLongConsumer<KubeJob> toScheduler) {
        return template.shape() == PodTemplate.Shape.JOB
                ? new BatchJobs(template.settings(), outer, nextSeq, toScheduler) : null;
    }

    /** {@code job} arrived as a Job of {@code specs} (one per completion index): its first pods are created. */
    void submit(Job job, PodSpec[] specs, long now) {
        if (settings.indexed() && specs.length > WorkloadSettings.MAX_INDEXED) {
            outer.jobRejected(job, now, "an Indexed Job's completions must be at most " + WorkloadSettings.MAX_INDEXED
                    + ", this one has " + specs.length);
            return;
        }
        Batch b = new Batch(job, specs, settings.activeLimit(specs.length));
        outer.jobSubmitted(job, now);
        pending++;
        fill(b, now);
    }

    /** wantActive = min(parallelism, completions - succeeded): create pods, lowest index first, up to it. */
    private void fill(Batch b, long now) {
        int want = Math.min(b.limit, b.completions() - b.succeeded);
        while (b.active < want && b.created < b.completions()) {
            int index = b.created++;
            PodSpec spec = b.specs[index];
            int gpus = (b.job.gpus() + b.completions() - 1) / b.completions();
            int cores = (int) Math.max(1, (spec.request(ResourceNames.CPU) + 999) / 1000);
            // The pod's own job: the trace job's id and times, a pod's share of its size.
            Job podJob = new Job(b.job.id(), b.job.submitTime(), b.job.runTime(), b.job.requestedTime(), cores, 1,
                    gpus, b.job.labels(), b.job.history(), -1, -1, b.job.options());
            KubeJob pod = new KubeJob(podJob, new PodSpec[] {spec}, nextSeq.getAsLong());
            tasks.put(podJob, new Task(b, index, pod));
            b.active++;
            toScheduler.accept(pod, now);
        }
    }

    @Override
    public void jobStarted(Job job, long now, long cores) {
        Task t = tasks.get(job);
        if (t == null) {
            outer.jobStarted(job, now, cores);
            return;
        }
        Batch b = t.batch;
        if (++b.running > b.limit) {
            throw new IllegalStateException("job " + b.job.id() + " runs " + b.running + " pods, past its"
                    + " parallelism of " + b.limit);
        }
        if (b.start < 0) {
            b.start = now;
            pending--;
            outer.jobStarted(b.job, now, b.cores);
        }
    }

    @Override
    public void jobRequeued(JobOutcome run) {
        Task t = tasks.get(run.job());
        if (t == null) {
            outer.jobRequeued(run);
            return;
        }
        t.batch.running--; // the pod is recreated with its index and waits; the Job runs on
    }

    @Override
    public void jobFinished(JobOutcome o) {
        Task t = tasks.remove(o.job());
        if (t == null) {
            outer.jobFinished(o);
            return;
        }
        Batch b = t.batch;
        long now = o.endTime();
        b.running--;
        b.active--;
        b.succeeded++;
        b.doneIndexes.set(t.index);
        b.nodes.set(t.pod.pods[0].node);
        b.killed |= o.killedAtLimit();
        boolean complete = settings.indexed() ? b.doneIndexes.cardinality() == b.completions()
                : b.succeeded == b.completions();
        if (complete) {
            outer.jobFinished(new JobOutcome(b.job, b.start, now, b.cores, b.nodes.cardinality(), b.killed));
        } else {
            fill(b, now);
        }
    }

    @Override
    public void jobRejected(Job job, long now, String reason) {
        Task t = tasks.get(job);
        if (t == null) {
            outer.jobRejected(job, now, reason);
            return;
        }
        Batch b = t.batch;
        if (!b.rejected) {
            b.rejected = true;
            outer.jobRejected(b.job, now, "never completed: " + (b.completions() - b.succeeded) + " of its "
                    + b.completions() + " pods never ran, fitting nowhere with no job left running to free a node");
        }
    }

    @Override
    public void passFinished(long now, int queueLength) {
        outer.passFinished(now, pending);
    }

    @Override
    public void nodesUp(long now, int up) {
        outer.nodesUp(now, up);
    }

    @Override
    public void nodePowered(long now, int node, boolean up, long readyAt) {
        outer.nodePowered(now, node, up, readyAt);
    }

    @Override
    public void nodesBooting(long now, int nodes, long readyAt) {
        outer.nodesBooting(now, nodes, readyAt);
    }

    @Override
    public void jobSubmitted(Job job, long now) {
        outer.jobSubmitted(job, now);
    }

    @Override
    public void heartbeat(long now, long events) {
        outer.heartbeat(now, events);
    }

    @Override
    public void runFinished(long now) {
        outer.runFinished(now);
    }
}
