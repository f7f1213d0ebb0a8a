package org.hpcsim.models.slurm;

import java.util.List;
import java.util.function.ToLongFunction;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.run.Arrivals;
import org.hpcsim.models.run.DependentSubmissions;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.models.workload.JobStatus;

/**
 * A replay of a workload through a modelled slurmctld. Submissions and job ends ask for a pass of
 * the scheduling loops, which run when slurmctld would run them (see {@link SchedulingPasses}).
 * Jobs end at their real run time or are killed at their time limit plus OverTimeLimit. On cloud
 * nodes with power saving, a job's nodes may boot first (see {@link PoweredNodes}).
 *
 * <p>Under preempt/partition_prio a pass may preempt running jobs for a job of a higher tier. Their
 * nodes are free at once (a job is taken to die on its first signal), and they bring a main-loop
 * pass at once (their epilog-complete messages). A requeued job (see {@link PreemptedJobs}) rejoins
 * the queue at its begin time, which triggers no pass: the next sched_interval pass sees it, or
 * backfill after another change. Nodes may fail under their jobs, which are requeued the same way
 * (see {@link NodeOutages}).
 */
public final class SlurmController implements JobStarter, NodeOutages.Host {
    private final Simulation sim = new Simulation();
    private final SlurmCluster cluster;
    private final SchedulerParams params;
    private final RunObserver observer;
    private final JobQueue queue;
    private final JobPriorities priorities;
    private final JobRequests requests;
    private final SchedulingPasses passes;
    private final Arrivals arrivals;
    private final DependentSubmissions dependencies;
    /** sbatch --dependency and array throttles: jobs held out of the queue until they may run. */
    private final SlurmDependencies links;
    private final int eligibleKind;
    /** At the end of an instant in which a job was refused or ended: stops the timers if that was the last. */
    private final int overCheckHook;

    private boolean firstSubmission = true;
    private long rejected;

    private final RunningJobs running = new RunningJobs();
    private final RequeuedJobs requeued;
    private final PreemptedJobs preempted;
    private final GracePeriods grace;
    /** Failing nodes, or null: then a job's run is its recorded run time, as it always was. */
    private final NodeOutages outages;
    private final RunEnds ends;
    /** Cloud nodes' power states, or null: then every node is always up. */
    private final PoweredNodes power;

    /** A replay of {@code source} on the cluster {@code config} describes. */
    public SlurmController(SlurmConfig config, JobSource source, boolean killAtLimit, RunObserver observer) {
        this(config, List.of(), source, killAtLimit, false, observer);
    }

    /**
     * As above, with maintenance reservations that drain nodes for a while; with
     * {@code dependencies}, a job naming a preceding job is submitted only after that job has
     * ended plus its think time (see {@link DependentSubmissions}).
     */
    public SlurmController(SlurmConfig config, List<Maintenance> maintenance, JobSource source, boolean killAtLimit,
                           boolean dependencies, RunObserver observer) {
        this(config, source, killAtLimit, observer,
                new SlurmRunOptions(maintenance, dependencies, null, null, null, null));
    }

    /** A replay of {@code source} on the cluster {@code config} describes, with what {@code options} add. */
    public SlurmController(SlurmConfig config, JobSource source, boolean killAtLimit, RunObserver observer,
                           SlurmRunOptions options) {
        this.cluster = new SlurmCluster(config);
        for (Maintenance m : options.maintenance()) {
            if (m.nodes().length() > config.nodes().size()) {
                throw new IllegalArgumentException("maintenance " + m.name() + " names a node past the last");
            }
        }
        cluster.maintenance = new MaintenanceWindows(options.maintenance());
        this.params = config.params();
        Preemption preemption = config.preemption();
        this.priorities = config.multifactor() == null ? new BasicPriorities()
                : new MultifactorPriorities(config, config.multifactor());
        this.requeued = new RequeuedJobs(preemption.requeueDelay());
        this.preempted = new PreemptedJobs(cluster, requeued, observer);
        this.grace = new GracePeriods(sim, cluster, this::takeOffPreempted);
        this.observer = observer;
        boolean walksJobList = JobQueue.walksJobList(config);
        this.queue = walksJobList ? JobQueue.jobListOrder(config.partitions())
                : JobQueue.byPriority(config.partitions(),
                        preemption.type() == PreemptType.QOS ? config.qos().preemptTable() : null);
        this.requests = new JobRequests(cluster);
        Preemptor preemptor = new Preemptor(cluster, preemption);
        MainLoop mainLoop = new MainLoop(cluster, this, params.defaultQueueDepth(), preemptor,
                walksJobList ? new PeriodicGrid(params.controllerStart(), params.builtinInterval()) : null);
        Backfill backfill = config.scheduler() == SchedulerType.BACKFILL ? new Backfill(cluster, this, params, preemptor,
                options.unixOrigin())
                : null;
        this.arrivals = new Arrivals(sim, source, this::arrive, this::submissionDue);
        this.ends = new RunEnds(sim, running, killAtLimit, config, options.platform(), options.failures() != null,
                this::onEnd);
        this.dependencies = options.dependencies()
                ? new DependentSubmissions(sim, job -> submit(job, sim.now()), this::submissionDue) : null;
        this.links = new SlurmDependencies(sim, params.killInvalidDepend(), params.minJobAge(), observer,
                this::enqueue);
        this.eligibleKind = sim.registerHandler("requeued job eligible", payload -> onEligible());
        this.overCheckHook = sim.registerInstantHook("is the workload over", now -> stopTimersIfOver());
        this.passes = new SchedulingPasses(sim, cluster, queue, priorities, mainLoop, backfill, running, observer,
                this::admitDue, () -> dependencies == null ? 0 : dependencies.held(), this::workloadOver);
        this.power = options.power() == null ? null
                : new PoweredNodes(sim, cluster, options.power(), options.streams(), observer, powerHost());
        this.outages = options.failures() == null ? null
                : new NodeOutages(sim, cluster, options.failures(), options.streams(), requeued, observer, this, power);
    }

    /** Runs to the end of the workload and returns the engine's counters. */
    public RunStats run() {
        arrivals.start();
        sim.run();
        if (queue.pendingJobs() > 0 || running.count() > 0 || (dependencies != null && dependencies.held() > 0)) {
            throw new IllegalStateException(queue.pendingJobs() + " jobs still pending and " + running.count()
                    + " running after the last event: the scheduler stalled");
        }
        links.reportNeverStarted(sim.now());
        observer.runFinished(sim.now());
        return new RunStats(sim.eventsProcessed(), passes.count(), sim.now(), preempted.stats(),
                outages == null ? null : outages.stats(), power == null ? null : power.stats(), ends.platformStats());
    }

    /** Lets tests hear backfill's decisions. */
    void listen(BackfillListener l) {
        passes.listen(l);
    }

    /** Jobs refused at submission: no partition they name could ever run them, or their QOS is invalid or too small. */
    public long rejected() {
        return rejected;
    }

    /** The QOS limits and their usage (for tests). */
    QosLimits qosLimits() {
        return cluster.qos;
    }

    private void arrive(Job job) {
        if (dependencies == null) {
            submit(job, sim.now());
        } else {
            dependencies.arrived(job);
        }
    }

    private void submissionDue(long t) {
        passes.submissionDue(t);
    }

    /** Submits the jobs due now, the trace's and then the delayed dependent ones, ahead of their events. */
    private void admitDue() {
        arrivals.admitDue();
        if (dependencies != null) {
            dependencies.submitDue();
        }
    }

    private void submit(Job job, long now) {
        if (firstSubmission) {
            firstSubmission = false;
            passes.firstSubmission(now);
            if (power == null) {
                observer.nodesUp(now, cluster.nodes.size());
            } else {
                power.reportUp(now);
            }
            if (outages != null) {
                outages.start();
            }
        }
        JobRequest request = requests.of(job);
        if (request == null) {
            rejected++;
            observer.jobRejected(job, now, requests.refusal);
            // Refused, it asks for no pass: whether that was the last job is clear once the
            // instant's other submissions are in.
            sim.requestAtInstantEnd(overCheckHook);
            return;
        }
        SlurmJob sj = queue.create(job, request, cluster.config.qos().of(job));
        priorities.created(sj);
        cluster.qos.submitted(sj);
        observer.jobSubmitted(job, now);
        links.submitted(sj, now);
    }

    /** A submitted job is eligible (see {@link SlurmDependencies}): it joins the queue. */
    private void enqueue(SlurmJob job, long now, boolean asksForPass) {
        priorities.submitted(job, now);
        queue.add(job);
        if (asksForPass) {
            passes.request();
        } else {
            passes.changedUnasked(now);
        }
    }

    private void onEnd(int slot) {
        long now = sim.now();
        SlurmJob job = stop(slot, now);
        cluster.qos.finished(job);
        JobEndState state = job.killedAtLimit ? JobEndState.TIMEOUT : JobEndState.COMPLETED;
        observer.jobFinished(job.outcome(now, state, cluster));
        links.ended(job, state);
        passes.request();
        if (dependencies != null) {
            dependencies.ended(job.job);
        }
        if (outages != null) {
            outages.ended(job);
        }
        stopTimersIfOver();
        sim.requestAtInstantEnd(overCheckHook); // a dependant released at this instant may end the workload
    }

    /** Takes a job off its nodes at {@code now}; its record still says where it ran. */
    private SlurmJob stop(int slot, long now) {
        ends.stopped(slot);
        SlurmJob job = running.remove(slot);
        grace.left(job);
        cluster.vacate(job);
        if (power != null) {
            power.released(job.allocation, now);
        }
        cluster.qos.ended(job, now);
        priorities.ended(job, now);
        return job;
    }

    @Override
    public void preempt(SlurmJob preemptor, List<SlurmJob> victims) {
        long now = sim.now();
        preemptor.marks().preemptedOthersAt = now;
        passes.preempted();
        List<SlurmJob> stopped = grace.stopNow(victims, now);
        if (!stopped.isEmpty()) {
            takeOffPreempted(stopped);
        }
    }

    /** Preempted jobs leave (now, or at their grace's end): a pass follows at once, none is asked of the background loop. */
    private void takeOffPreempted(List<SlurmJob> victims) {
        long now = sim.now();
        leave(victims, v -> preempted.stopped(v, now));
        passes.preempteesReleased();
        stopTimersIfOver();
    }

    @Override
    public void takeOff(List<SlurmJob> jobs, ToLongFunction<SlurmJob> fate) {
        leave(jobs, fate);
        passes.request();
        stopTimersIfOver();
    }

    /** {@code jobs} leave their nodes now; {@code fate} requeues each (its begin time) or ends it for good (-1). */
    private void leave(List<SlurmJob> jobs, ToLongFunction<SlurmJob> fate) {
        long now = sim.now();
        for (SlurmJob j : jobs) {
            sim.cancel(j.endEvent);
            stop(j.slot, now);
            long eligible = fate.applyAsLong(j);
            if (eligible >= 0) {
                sim.schedule(eligible, eligibleKind, 0);
                links.requeued(j);
            } else {
                endedForGood(j);
            }
        }
    }

    @Override
    public void nodeReturned() {
        passes.request();
    }

    /** Whether no job is running, pending, held or to come. */
    private boolean workloadOver() {
        return running.count() == 0 && queue.pendingJobs() == 0 && requeued.isEmpty() && arrivals.exhausted()
                && (dependencies == null || !dependencies.pending()) && !links.releasing();
    }

    /**
     * Nodes stop failing and powering down, and the controller stops waiting for windows' ends and
     * drops an idle backfill pass, once the workload is over: the run ends with its last job.
     */
    private void stopTimersIfOver() {
        if (!workloadOver()) {
            return;
        }
        passes.dropIdleBackfill();
        if (!cluster.maintenance.isEmpty()) {
            passes.workloadOver();
        }
        if (outages != null || power != null) {
            if (outages != null) {
                outages.stop();
            }
            if (power != null) {
                power.stop();
            }
        }
    }

    /** Job {@code j} left the system for good: its links, QOS submit counts and dependants hear of it. */
    private void endedForGood(SlurmJob j) {
        links.ended(j, null);
        cluster.qos.finished(j); // off MaxSubmitJobsPerUser, and its dependants wait no longer
        if (dependencies != null) {
            dependencies.ended(j.job);
        }
    }

    private PoweredNodes.Host powerHost() {
        return new PoweredNodes.Host() {
            @Override
            public void launchFailed(SlurmJob job) {
                cluster.vacate(job);
                long now = sim.now();
                if (cluster.config.jobRequeue()) {
                    sim.schedule(requeued.requeue(job, now), eligibleKind, 0);
                } else {
                    // JobRequeue=0: a job on nodes that went down ends NODE_FAIL (job_mgr.c,
                    // kill_running_job_by_node_name requeues only when details->requeue); it never ran.
                    job.start = now;
                    observer.jobStarted(job.job, now, job.allocation.totalCpus());
                    observer.jobFinished(job.outcome(now, JobEndState.NODE_FAIL, cluster));
                    endedForGood(job);
                }
                passes.request();
                stopTimersIfOver();
            }

            @Override
            public void capacityReturned() {
                passes.request();
            }

            @Override
            public boolean over() {
                return workloadOver();
            }
        };
    }

    private void onEligible() {
        long now = sim.now();
        SlurmJob job = requeued.nextEligible();
        queue.readd(job);
        priorities.submitted(job, now);
        passes.requeuedJobBack(now);
    }

    @Override
    public void start(SlurmJob job, int partition, Allocation allocation) {
        long now = sim.now();
        cluster.occupy(job, partition, allocation);
        queue.started(job);
        job.partition = partition;
        job.allocation = allocation;
        // On powered-down nodes the job is CONFIGURING until they are up; then its start is reset.
        long begin = power == null ? now : power.resume(job, now);
        if (begin < 0) {
            return; // its launch failed: it holds its nodes until the end of this instant
        }
        job.start = begin;
        long limit = cluster.partitions.get(partition).timeLimitFor(job.request.timeLimit());
        job.timeLimit = limit;
        job.limitEnd = limit == Long.MAX_VALUE ? Long.MAX_VALUE : begin + limit;
        long allowed = limit == Long.MAX_VALUE ? Long.MAX_VALUE
                : params.killedAt(begin + limit + params.overTimeLimit()) - begin;
        long runFor = outages == null ? job.job.runTime() : outages.runFor(job);
        // A job its trace says timed out, whose recorded run reached its limit here too, ran until it
        // was killed: its recorded end falls between its limit and the real controller's test, which
        // need not fall where this one's does, so it is killed here as well.
        boolean ranToLimit = job.job.history().status() == JobStatus.TIMEOUT && limit != Long.MAX_VALUE
                && runFor >= limit + params.overTimeLimit();
        cluster.qos.started(job, now);
        ends.begin(job, running.add(job), runFor, allowed, ranToLimit, begin);
        priorities.started(job, now);
        observer.jobStarted(job.job, now, allocation.totalCpus());
        links.started(job);
        passes.started();
    }

    @Override
    public List<SlurmJob> running() {
        return running.list();
    }
}
