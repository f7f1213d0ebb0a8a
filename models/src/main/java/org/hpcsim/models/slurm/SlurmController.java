package org.hpcsim.models.slurm;

import java.util.List;
import java.util.function.ToLongFunction;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.platform.Platform;
import org.hpcsim.models.run.Arrivals;
import org.hpcsim.models.run.DependentSubmissions;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.NodeFailures;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;

/**
 * A replay of a workload through a modelled slurmctld. Submissions and job ends ask for a pass of
 * the main loop (at most default_queue_depth jobs). slurmctld's background loop grants it on its
 * next one-second tick once batch_sched_delay has passed since the previous pass: jobs never
 * start inside the submit or completion request (observed on Slurm 22.05; see the oracle test).
 * With more jobs pending than the depth, a full-queue pass runs every sched_interval. Under
 * sched/backfill the backfill loop runs on a tick at least bf_interval after its previous pass,
 * when something has changed since. Jobs end at their real run time or are killed at their time
 * limit plus OverTimeLimit. With a tick of 0, passes run at the instant of each event instead.
 *
 * <p>Under preempt/partition_prio a pass may preempt running jobs for a job of a higher tier. Their
 * nodes are free at once: a preempted job is taken to die on its first signal, where slurmd would
 * wait up to KillWait for one that does not. A requeued job (see {@link PreemptedJobs}) rejoins
 * the queue at its begin time, and a pass sees it at the latest on the next periodic pass
 * (sched_interval or backfill): a begin time passing is no event that triggers a pass in slurmctld.
 * Nodes may fail under their jobs, which are requeued the same way (see {@link NodeOutages}).
 */
public final class SlurmController implements JobStarter, NodeOutages.Host {
    private final Simulation sim = new Simulation();
    private final SlurmCluster cluster;
    private final SchedulerParams params;
    private final Preemption preemption;
    private final RunObserver observer;
    private final JobQueue queue;
    private final JobPriorities priorities;
    private final JobRequests requests;
    private final MainLoop mainLoop;
    private final Backfill backfill;
    private final SlurmTimers timers;
    private final Arrivals arrivals;
    private final DependentSubmissions dependencies;
    /** sbatch --dependency and array throttles: jobs held out of the queue until they may run. */
    private final SlurmDependencies links;
    private final int eligibleKind;
    private final int passHook;

    private long seq;
    private long passes;
    private boolean firstSubmission = true;
    private boolean fullPassDue;
    private boolean changed;
    private long rejected;

    private final RunningJobs running = new RunningJobs();
    private final RequeuedJobs requeued;
    private final PreemptedJobs preempted;
    private boolean preemptedInBackfill;
    /** Failing nodes, or null: then a job's run is its recorded run time, as it always was. */
    private final NodeOutages outages;
    private final RunEnds ends;

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
        this(config, maintenance, source, killAtLimit, dependencies, observer, null, null, null);
    }

    /**
     * As above, on nodes that fail as {@code failures} says (node numbers index the configured
     * nodes; null: none), drawn from the named streams of {@code streams}, and on the hardware
     * {@code platform} describes (null: none; see {@link RunEnds}).
     */
    public SlurmController(SlurmConfig config, List<Maintenance> maintenance, JobSource source, boolean killAtLimit,
                           boolean dependencies, RunObserver observer, NodeFailures failures, RandomStreams streams,
                           Platform platform) {
        this.cluster = new SlurmCluster(config);
        for (Maintenance m : maintenance) {
            if (m.nodes().length() > config.nodes().size()) {
                throw new IllegalArgumentException("maintenance " + m.name() + " names a node past the last");
            }
        }
        cluster.maintenance = new MaintenanceWindows(maintenance);
        this.params = config.params();
        this.preemption = config.preemption();
        this.requeued = new RequeuedJobs(preemption.requeueDelay());
        this.preempted = new PreemptedJobs(cluster, requeued, observer);
        this.observer = observer;
        this.queue = new JobQueue(config.partitions());
        this.priorities = config.multifactor() == null ? new BasicPriorities()
                : new MultifactorPriorities(config, config.multifactor());
        this.requests = new JobRequests(cluster);
        Preemptor preemptor = new Preemptor(cluster, preemption);
        this.mainLoop = new MainLoop(cluster, this, params.defaultQueueDepth(), preemptor);
        this.backfill = config.scheduler() == SchedulerType.BACKFILL ? new Backfill(cluster, this, params, preemptor)
                : null;
        this.arrivals = new Arrivals(sim, source, this::arrive);
        this.ends = new RunEnds(sim, running, killAtLimit, config, platform, failures != null, this::onEnd);
        this.timers = new SlurmTimers(sim, params, this::onMainTimer, this::onBackfillTimer, this::onFullPassTimer,
                this::onCalcTimer, this::requestPass);
        this.dependencies = dependencies ? new DependentSubmissions(sim, job -> submit(job, sim.now())) : null;
        this.links = new SlurmDependencies(sim, params.killInvalidDepend(), observer, this::enqueue);
        this.eligibleKind = sim.registerHandler("requeued job eligible", payload -> onEligible());
        this.passHook = sim.registerInstantHook("main scheduling loop at the instant", now -> onPass());
        this.outages = failures == null ? null
                : new NodeOutages(sim, cluster, failures, streams, requeued, observer, this);
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
        return new RunStats(sim.eventsProcessed(), passes, sim.now(), preempted.stats(),
                outages == null ? null : outages.stats(), null, ends.platformStats());
    }

    /** Lets tests hear backfill's decisions. */
    void listen(BackfillListener l) {
        if (backfill != null) {
            backfill.listen(l);
        }
    }

    /** Jobs refused at submission: no partition they name could ever run them, or their QOS is invalid or too small. */
    public long rejected() {
        return rejected;
    }

    private void arrive(Job job) {
        if (dependencies == null) {
            submit(job, sim.now());
        } else {
            dependencies.arrived(job);
        }
    }

    private void submit(Job job, long now) {
        if (firstSubmission) {
            firstSubmission = false;
            // slurmctld has just run its main loop when the first job comes (it runs one at start-up
            // and on node registration), so batch_sched_delay already holds the first pass back.
            timers.mainRan(now - params.tick());
            observer.nodesUp(now, cluster.nodes.size());
            if (outages != null) {
                outages.start();
            }
        }
        JobRequest request = requests.of(job);
        if (request == null) {
            rejected++;
            observer.jobRejected(job, now, requests.refusal);
            return;
        }
        SlurmJob sj = new SlurmJob(job, request, seq++, cluster.config.qos().of(job));
        observer.jobSubmitted(job, now);
        links.submitted(sj, now);
    }

    /** A submitted job is eligible (see {@link SlurmDependencies}): it joins the queue. */
    private void enqueue(SlurmJob job, long now) {
        priorities.submitted(job, now);
        queue.add(job);
        requestPass();
    }

    private void onEnd(int slot) {
        long now = sim.now();
        SlurmJob job = stop(slot, now);
        JobEndState state = job.killedAtLimit ? JobEndState.TIMEOUT : JobEndState.COMPLETED;
        observer.jobFinished(job.outcome(now, state, cluster));
        links.ended(job, state);
        requestPass();
        if (dependencies != null) {
            dependencies.ended(job.job);
        }
        if (outages != null) {
            outages.ended(job);
            stopOutagesIfOver();
        }
    }

    /** Takes a job off its nodes at {@code now}; its record still says where it ran. */
    private SlurmJob stop(int slot, long now) {
        ends.stopped(slot);
        SlurmJob job = running.remove(slot);
        cluster.free.release(job.allocation);
        cluster.qos.ended(job);
        priorities.ended(job, now);
        return job;
    }

    @Override
    public void preempt(SlurmJob preemptor, List<SlurmJob> victims) {
        long now = sim.now();
        preemptor.preemptedOthersAt = now;
        preemptedInBackfill = true;
        takeOff(victims, v -> preempted.stopped(v, now));
    }

    @Override
    public void takeOff(List<SlurmJob> jobs, ToLongFunction<SlurmJob> fate) {
        long now = sim.now();
        for (SlurmJob j : jobs) {
            sim.cancel(j.endEvent);
            stop(j.slot, now);
            long eligible = fate.applyAsLong(j);
            if (eligible >= 0) {
                sim.schedule(eligible, eligibleKind, 0);
                links.requeued(j);
            } else {
                links.ended(j, null);
                if (dependencies != null) {
                    dependencies.ended(j.job); // ended for good: its dependants wait no longer
                }
            }
        }
        requestPass();
        stopOutagesIfOver();
    }

    @Override
    public void nodeReturned() {
        requestPass();
    }

    /** Nodes stop failing once no job is running, pending, held or to come: the run ends with its last job. */
    private void stopOutagesIfOver() {
        if (outages != null && running.count() == 0 && queue.pendingJobs() == 0 && requeued.isEmpty()
                && arrivals.exhausted() && (dependencies == null || !dependencies.pending()) && !links.releasing()) {
            outages.stop();
        }
    }

    private void onEligible() {
        long now = sim.now();
        SlurmJob job = requeued.nextEligible();
        queue.readd(job);
        priorities.submitted(job, now);
        changed = true;
        if (params.tick() == 0) {
            backfillAtInstant(now);
        } else {
            armBackfill(now);
        }
        timers.armFullPass(now);
    }

    /** Something changed: the main loop runs at the end of this instant, or on the next tick it is allowed. */
    private void requestPass() {
        changed = true;
        long tick = params.tick();
        if (tick == 0) {
            sim.requestAtInstantEnd(passHook);
            return;
        }
        long now = sim.now();
        armBackfill(now);
        timers.requestMain(now);
    }

    private void onMainTimer() {
        // Submissions of this second count as before the tick: trace times are truncated and a
        // submission comes at a random phase, whereas a job started on a tick ends just after one.
        // Of the two orders, the oracle runs favour this one (see README, Slurm model).
        arrivals.admitDue();
        onPass();
    }

    @Override
    public void start(SlurmJob job, int partition, Allocation allocation) {
        long now = sim.now();
        cluster.free.take(allocation);
        queue.started();
        job.partition = partition;
        job.allocation = allocation;
        job.start = now;
        long limit = cluster.partitions.get(partition).timeLimitFor(job.request.timeLimit());
        job.limitEnd = limit == Long.MAX_VALUE ? Long.MAX_VALUE : now + limit;
        long allowed = limit == Long.MAX_VALUE ? Long.MAX_VALUE : limit + params.overTimeLimit();
        long runFor = outages == null ? job.job.runTime() : outages.runFor(job);
        cluster.qos.started(job);
        ends.begin(job, running.add(job), runFor, allowed, now);
        priorities.started(job, now);
        observer.jobStarted(job.job, now, allocation.totalCpus());
        links.started(job);
        changed = true;
    }

    private void onPass() {
        long now = sim.now();
        boolean full = fullPassDue;
        fullPassDue = false;
        mainLoop.pass(queue, full, now);
        if (params.tick() == 0) {
            backfillAtInstant(now);
        } else {
            armBackfill(now);
        }
        armTimers(now);
        reportPass(now);
        if ((++passes & 4095) == 0) {
            observer.heartbeat(now, sim.eventsProcessed());
        }
    }

    /**
     * Tells observers the queue length after a pass. A pass on a tick after the last job has ended
     * changes nothing and is not reported, so the run's statistics end with its last job.
     */
    private void reportPass(long now) {
        if (queue.pendingJobs() > 0 || running.count() > 0 || (dependencies != null && dependencies.held() > 0)) {
            observer.passFinished(now, queue.pendingJobs());
        }
    }

    /** Idealised controller: backfill right after the main loop once bf_interval has passed. */
    private void backfillAtInstant(long now) {
        if (backfill != null && changed && queue.pendingJobs() > 0 && timers.backfillDueAtInstant(now)) {
            runBackfill(now);
        }
    }

    /** Backfill runs on the first tick after the change that is bf_interval past its previous pass. */
    private void armBackfill(long now) {
        if (backfill != null && changed && queue.pendingJobs() > 0) {
            timers.armBackfill(now);
        }
    }

    private void runBackfill(long now) {
        // Set first, so a preemption in the pass arms the next pass bf_interval from this one.
        timers.backfillRan(now);
        preemptedInBackfill = false;
        backfill.pass(queue, running.list(), now);
        // Jobs the pass starts do not call for another pass; jobs it preempts change the state like an end.
        changed = preemptedInBackfill;
    }

    private void onBackfillTimer() {
        if (changed && queue.pendingJobs() > 0) {
            runBackfill(sim.now());
            reportPass(sim.now());
        }
        armTimers(sim.now());
    }

    private void onFullPassTimer() {
        fullPassDue = true;
        if (params.tick() == 0) {
            sim.requestAtInstantEnd(passHook);
        } else {
            timers.mainRan(sim.now());
            onPass();
        }
    }

    private void onCalcTimer() {
        if (priorities.recalculate(queue.jobs(), sim.now())) {
            queue.reorder();
        }
        armTimers(sim.now());
    }

    /**
     * Periodic timers run only while they can matter, so an idle cluster's replay ends. The
     * sched_interval pass also runs while a job waits for its --switches count: slurmctld's runs
     * always, and only a pass can start that job once its wait is over.
     */
    private void armTimers(long now) {
        int pending = queue.pendingJobs();
        // Under preemption time alone can let a waiting job start (PreemptExemptTime running out), so
        // the periodic pass, which slurmctld runs in any case, runs while jobs wait.
        if (pending > params.defaultQueueDepth() || mainLoop.waitingForSwitches()
                || (preemption.enabled() && pending > 0)) {
            timers.armFullPass(now);
        }
        if (pending > 0) {
            // Jobs may be waiting for a window to end: look again when the next one does.
            timers.armMaintenance(now, cluster.maintenance);
        }
        long period = priorities.calcPeriod();
        if (period > 0 && pending > 0) {
            timers.armCalc(now, period);
        }
    }

    @Override
    public List<SlurmJob> running() {
        return running.list();
    }
}
