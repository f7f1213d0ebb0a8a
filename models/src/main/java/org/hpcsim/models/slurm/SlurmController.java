package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.run.DependentSubmissions;
import org.hpcsim.models.run.JobOutcome;
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
 */
public final class SlurmController implements JobStarter {
    private final Simulation sim = new Simulation();
    private final SlurmCluster cluster;
    private final SchedulerParams params;
    private final JobSource source;
    private final boolean killAtLimit;
    private final RunObserver observer;
    private final JobQueue queue;
    private final JobPriorities priorities;
    private final JobRequests requests;
    private final MainLoop mainLoop;
    private final Backfill backfill;
    private final int arrivalKind;
    private final int endKind;
    private final int backfillKind;
    private final int fullPassKind;
    private final int calcKind;
    private final int mainKind;
    private final DependentSubmissions dependencies;
    private final int maintenanceKind;
    private final int passHook;

    private Job nextArrival;
    private long lastSubmit = Long.MIN_VALUE;
    private long seq;
    private long passes;
    private boolean firstSubmission = true;
    private boolean fullPassDue;
    private long fullPassAt = -1;
    private long calcAt = -1;
    private boolean changed;
    private long lastBackfill = Long.MIN_VALUE / 2;
    private long backfillAt = -1;
    private long mainAt = -1;
    private long maintenanceAt = -1;
    private long lastMain = Long.MIN_VALUE / 2;
    private long rejected;

    private SlurmJob[] slots = new SlurmJob[64];
    private int[] freeSlots = new int[64];
    private int freeSlotCount;
    private int slotsUsed;
    private int running;

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
        this.cluster = new SlurmCluster(config);
        for (Maintenance m : maintenance) {
            if (m.nodes().length() > config.nodes().size()) {
                throw new IllegalArgumentException("maintenance " + m.name() + " names a node past the last");
            }
        }
        cluster.maintenance = new MaintenanceWindows(maintenance);
        this.params = config.params();
        this.source = source;
        this.killAtLimit = killAtLimit;
        this.observer = observer;
        this.queue = new JobQueue(config.partitions());
        this.priorities = config.multifactor() == null ? new BasicPriorities()
                : new MultifactorPriorities(config, config.multifactor());
        this.requests = new JobRequests(cluster);
        this.mainLoop = new MainLoop(cluster, this, params.defaultQueueDepth());
        this.backfill = config.scheduler() == SchedulerType.BACKFILL ? new Backfill(cluster, this, params) : null;
        this.arrivalKind = sim.registerHandler("arrival", payload -> onArrival());
        this.endKind = sim.registerHandler("job end", payload -> onEnd((int) payload));
        this.backfillKind = sim.registerHandler("backfill", payload -> onBackfillTimer());
        this.fullPassKind = sim.registerHandler("sched_interval", payload -> onFullPassTimer());
        this.calcKind = sim.registerHandler("PriorityCalcPeriod", payload -> onCalcTimer());
        this.mainKind = sim.registerHandler("main scheduling loop", payload -> onMainTimer());
        this.dependencies = dependencies ? new DependentSubmissions(sim, job -> submit(job, sim.now())) : null;
        this.maintenanceKind = sim.registerHandler("maintenance ends", payload -> {
            maintenanceAt = -1;
            requestPass();
        });
        this.passHook = sim.registerInstantHook("main scheduling loop at the instant", now -> onPass());
    }

    /** Runs to the end of the workload and returns the engine's counters. */
    public RunStats run() {
        nextArrival = pull();
        if (nextArrival != null) {
            sim.schedule(nextArrival.submitTime(), arrivalKind, 0);
        }
        sim.run();
        if (queue.pendingJobs() > 0 || running > 0 || (dependencies != null && dependencies.held() > 0)) {
            throw new IllegalStateException(queue.pendingJobs() + " jobs still pending and " + running
                    + " running after the last event: the scheduler stalled");
        }
        observer.runFinished(sim.now());
        return new RunStats(sim.eventsProcessed(), passes, sim.now());
    }

    /** Lets tests hear backfill's decisions. */
    void listen(BackfillListener l) {
        if (backfill != null) {
            backfill.listen(l);
        }
    }

    /** Jobs refused at submission because no partition they name could ever run them. */
    public long rejected() {
        return rejected;
    }

    private Job pull() {
        Job job = source.next();
        if (job != null) {
            if (job.submitTime() < lastSubmit) {
                throw new IllegalStateException("job " + job.id() + " was submitted before the job read ahead of it;"
                        + " a job source must yield jobs in submit order");
            }
            lastSubmit = job.submitTime();
        }
        return job;
    }

    /**
     * Submits the jobs due now. The arrival event calls it, and so does a main-loop tick of the
     * same instant first (see {@link #onMainTimer}); whichever comes second finds nothing to do.
     */
    private void onArrival() {
        long now = sim.now();
        Job job = nextArrival;
        if (job == null || job.submitTime() != now) {
            return;
        }
        while (job != null && job.submitTime() == now) {
            if (dependencies == null) {
                submit(job, now);
            } else {
                dependencies.arrived(job);
            }
            job = pull();
        }
        nextArrival = job;
        if (job != null) {
            sim.schedule(job.submitTime(), arrivalKind, 0);
        }
    }

    private void submit(Job job, long now) {
        if (firstSubmission) {
            firstSubmission = false;
            // slurmctld has just run its main loop when the first job comes (it runs one at start-up
            // and on node registration), so batch_sched_delay already holds the first pass back.
            lastMain = now - params.tick();
            observer.nodesUp(now, cluster.nodes.size());
        }
        JobRequest request = requests.of(job);
        if (request == null) {
            rejected++;
            observer.jobRejected(job, now, requests.refusal);
            return;
        }
        SlurmJob sj = new SlurmJob(job, request, seq++);
        priorities.submitted(sj, now);
        queue.add(sj);
        observer.jobSubmitted(job, now);
        requestPass();
    }

    private void onEnd(int slot) {
        long now = sim.now();
        SlurmJob job = slots[slot];
        slots[slot] = null;
        freeSlots[freeSlotCount++] = slot;
        running--;
        cluster.free.release(job.allocation);
        priorities.ended(job, now);
        observer.jobFinished(new JobOutcome(job.job, job.start, now, job.allocation.totalCpus(),
                job.allocation.nodeCount(), job.killedAtLimit, cluster.partitions.get(job.partition).name(),
                cluster.selector.leaves(job.allocation)));
        requestPass();
        if (dependencies != null) {
            dependencies.ended(job.job);
        }
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
        if (mainAt >= 0) {
            return;
        }
        mainAt = Math.max(afterTick(now), ceilTick(lastMain + params.batchSchedDelay()));
        // A tick sees the state as its instant began: a job that ends on the tick waits for the next.
        sim.scheduleAtInstantStart(mainAt, mainKind, 0);
    }

    private void onMainTimer() {
        mainAt = -1;
        lastMain = sim.now();
        // Submissions of this second count as before the tick: trace times are truncated and a
        // submission comes at a random phase, whereas a job started on a tick ends just after one.
        // Of the two orders, the oracle runs favour this one (see README, Slurm model).
        onArrival();
        onPass();
    }

    /** The first tick strictly after {@code t}. */
    private long afterTick(long t) {
        return (t / params.tick() + 1) * params.tick();
    }

    /** The first tick at or after {@code t}. */
    private long ceilTick(long t) {
        long tick = params.tick();
        return t <= 0 ? 0 : ((t + tick - 1) / tick) * tick;
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
        job.killedAtLimit = killAtLimit && job.job.runTime() > allowed;
        long duration = job.killedAtLimit ? allowed : job.job.runTime();
        int slot = takeSlot();
        slots[slot] = job;
        running++;
        sim.schedule(now + duration, endKind, slot);
        priorities.started(job, now);
        observer.jobStarted(job.job, now, allocation.totalCpus());
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
        if (queue.pendingJobs() > 0 || running > 0 || (dependencies != null && dependencies.held() > 0)) {
            observer.passFinished(now, queue.pendingJobs());
        }
    }

    /** Idealised controller: backfill right after the main loop once bf_interval has passed. */
    private void backfillAtInstant(long now) {
        if (backfill != null && backfillAt < 0 && changed && queue.pendingJobs() > 0) {
            long due = lastBackfill + params.bfInterval();
            if (due <= now) {
                runBackfill(now);
            } else {
                backfillAt = due;
                sim.schedule(due, backfillKind, 0);
            }
        }
    }

    /** Backfill runs on the first tick after the change that is bf_interval past its previous pass. */
    private void armBackfill(long now) {
        if (backfill != null && backfillAt < 0 && changed && queue.pendingJobs() > 0) {
            backfillAt = Math.max(afterTick(now), ceilTick(lastBackfill + params.bfInterval()));
            // The backfill thread sleeps on its own phase; the oracle shows it acting on events of the
            // second it wakes in, so it runs after the instant's other events.
            sim.schedule(backfillAt, backfillKind, 0);
        }
    }

    private void runBackfill(long now) {
        backfill.pass(queue, runningJobs(), now);
        lastBackfill = now;
        changed = false;
    }

    private void onBackfillTimer() {
        backfillAt = -1;
        if (changed && queue.pendingJobs() > 0) {
            runBackfill(sim.now());
            reportPass(sim.now());
        }
        armTimers(sim.now());
    }

    private void onFullPassTimer() {
        fullPassAt = -1;
        fullPassDue = true;
        if (params.tick() == 0) {
            sim.requestAtInstantEnd(passHook);
        } else {
            lastMain = sim.now();
            onPass();
        }
    }

    private void onCalcTimer() {
        calcAt = -1;
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
        if (fullPassAt < 0 && (pending > params.defaultQueueDepth() || mainLoop.waitingForSwitches())) {
            fullPassAt = (now / params.schedInterval() + 1) * params.schedInterval();
            if (params.tick() > 0) {
                sim.scheduleAtInstantStart(fullPassAt, fullPassKind, 0);
            } else {
                sim.schedule(fullPassAt, fullPassKind, 0);
            }
        }
        if (maintenanceAt < 0 && pending > 0) {
            // Jobs may be waiting for a window to end: look again when the next one does.
            for (Maintenance m : cluster.maintenance.windows()) {
                if (m.end() > now && (maintenanceAt < 0 || m.end() < maintenanceAt)) {
                    maintenanceAt = m.end();
                }
            }
            if (maintenanceAt >= 0) {
                sim.schedule(maintenanceAt, maintenanceKind, 0);
            }
        }
        long period = priorities.calcPeriod();
        if (calcAt < 0 && period > 0 && pending > 0) {
            calcAt = (now / period + 1) * period;
            sim.schedule(calcAt, calcKind, 0);
        }
    }

    private List<SlurmJob> runningJobs() {
        List<SlurmJob> list = new ArrayList<>(running);
        for (int i = 0; i < slotsUsed; i++) {
            if (slots[i] != null) {
                list.add(slots[i]);
            }
        }
        return list;
    }

    private int takeSlot() {
        if (freeSlotCount > 0) {
            return freeSlots[--freeSlotCount];
        }
        if (slotsUsed == slots.length) {
            slots = Arrays.copyOf(slots, slotsUsed * 2);
            freeSlots = Arrays.copyOf(freeSlots, slotsUsed * 2);
        }
        return slotsUsed++;
    }
}
