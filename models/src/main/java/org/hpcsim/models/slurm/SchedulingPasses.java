package org.hpcsim.models.slurm;

import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.run.RunObserver;

/**
 * When slurmctld's scheduling loops run. Submissions and job ends ask for a pass of the main loop
 * (at most default_queue_depth jobs); slurmctld's background loop grants it on its next one-second
 * tick once batch_sched_delay has passed since the previous pass: jobs never start inside the
 * submit or completion request (observed on Slurm 22.05; see the oracle test). A full-queue pass
 * runs every sched_interval from the controller's start, and holds the next requested pass for
 * batch_sched_delay like any other; it is run as an event only while it can start a job the
 * requested passes would not (more jobs pending than the depth, and the cases in
 * {@link #armTimers}). Under sched/backfill the
 * backfill loop runs on a tick at least bf_interval after its previous pass, when something has
 * changed since, whether or not a job waits. A preemption's victims bring a main-loop pass at the
 * instant they leave (their epilog-complete messages), outside the background loop's timing. With
 * a tick of 0, passes run at the instant of each event instead.
 */
final class SchedulingPasses {
    private final Simulation sim;
    private final SlurmCluster cluster;
    private final SchedulerParams params;
    private final Preemption preemption;
    private final JobQueue queue;
    private final JobPriorities priorities;
    private final MainLoop mainLoop;
    private final Backfill backfill;
    private final RunningJobs running;
    private final RunObserver observer;
    private final Runnable admitDue;
    private final IntSupplier held;
    private final BooleanSupplier over;
    private final SlurmTimers timers;
    private final int passHook;

    private long passes;
    private boolean fullPassDue;
    private final BackfillChanges changes;
    /** No window starts after the last reservation check armed. */
    private boolean noWindowStartsLeft;
    /** True while a tick's pass admits its second's submissions: their requests are that pass's. */
    private boolean admitting;
    /** Periodic passes' ticks still ahead that a submission falls on: each is to run as an event. */
    private final TreeSet<Long> ticksToRun = new TreeSet<>();

    /**
     * The passes over {@code queue}; {@code admitDue} admits the submissions of a tick's second
     * before its pass, {@code held} counts jobs held outside the queue (dependencies), and
     * {@code over} says whether no job is left to come, wait or run.
     */
    SchedulingPasses(Simulation sim, SlurmCluster cluster, JobQueue queue, JobPriorities priorities, MainLoop mainLoop,
                     Backfill backfill, RunningJobs running, RunObserver observer, Runnable admitDue,
                     IntSupplier held, BooleanSupplier over) {
        this.sim = sim;
        this.cluster = cluster;
        this.params = cluster.config.params();
        this.changes = new BackfillChanges(params.backfillPhase());
        this.preemption = cluster.config.preemption();
        this.queue = queue;
        this.priorities = priorities;
        this.mainLoop = mainLoop;
        this.backfill = backfill;
        this.running = running;
        this.observer = observer;
        this.admitDue = admitDue;
        this.held = held;
        this.over = over;
        this.timers = new SlurmTimers(sim, params, this::onMainTimer, this::onBackfillTimer, this::onFullPassTimer,
                this::onCalcTimer, this::windowEnded, this::windowStarted);
        this.passHook = sim.registerInstantHook("main scheduling loop at the instant", now -> onPass());
    }

    /** Lets tests hear backfill's decisions. */
    void listen(BackfillListener l) {
        if (backfill != null) {
            backfill.listen(l);
        }
    }

    /** Main-loop passes run so far. */
    long count() {
        return passes;
    }

    /**
     * The first job comes at {@code now}: slurmctld has just run its main loop (it runs one at
     * start-up and on node registration), so batch_sched_delay already holds the first pass back.
     */
    void firstSubmission(long now) {
        timers.firstSubmission(now);
        armWindowStart(now);
    }

    /**
     * The look that finds begun the next window not yet counted by {@code now}, if any and if the
     * workload is not over. An idealised controller looks for none.
     */
    private void armWindowStart(long now) {
        if (noWindowStartsLeft || params.tick() == 0 || timers.windowStartCheckArmed() || over.getAsBoolean()) {
            return;
        }
        long start = cluster.maintenance.nextStartAfter(timers.lastReservationCheck(now));
        if (start < 0) {
            noWindowStartsLeft = true; // the checks only move on
        } else {
            timers.armWindowStartCheck(start);
        }
    }

    /**
     * The background loop's check at {@code check} found a window begun: set_node_maint_mode counts
     * it and slurmctld asks for a pass (controller.c), which then holds the next for
     * batch_sched_delay like any other. The looks go on until the workload is over.
     */
    private void windowStarted(long check) {
        // The request comes a tick before the check (see SlurmTimers); the backfill thread sees the
        // window on its first wake-up at or after the check itself.
        request(check - 1);
        armWindowStart(check);
    }

    /** A job started: the state changed, though the pass that started it asks for no other. */
    void started() {
        changes.note(sim.now());
    }

    /**
     * Jobs that preemption stopped are off their nodes. slurmctld learns it from their nodes'
     * epilog-complete messages and then runs its main loop at once (proc_req.c,
     * _slurm_rpc_epilog_complete calls schedule(), not queue_job_scheduler(): no tick, no
     * batch_sched_delay), so a preemptor starts in the same instant. On a real slurmctld 22.05.8
     * backfill preempted at 22:45:00.172, the victims were requeued at .198 to .201 and the main
     * loop allocated the preemptor at .201, then preempted for the next job, whose allocation
     * followed at .227. Its passes are not the background loop's: they hold no later pass back.
     */
    void preempteesReleased() {
        changes.note(sim.now());
        if (params.tick() > 0) {
            armBackfill(sim.now());
        }
        sim.requestAtInstantEnd(passHook);
    }

    /**
     * Something changed that asks slurmctld for no main-loop pass: a job joined the queue because a
     * job's start met its after: dependency (no start calls queue_job_scheduler; slurmctld tests
     * dependencies as a pass builds its queue), or the decay thread priced the pending jobs again
     * (priority_multifactor.c, decay_apply_weighted_factors sets last_job_update). Backfill sees the
     * change, and the periodic pass, which slurmctld runs every sched_interval whatever happens,
     * sees the job or the new order. An idealised controller runs its passes at the instant.
     */
    void changedUnasked(long now) {
        if (params.tick() == 0) {
            request();
            return;
        }
        changes.note(now);
        armBackfill(now);
        timers.armFullPass(now);
    }

    /** A pass preempted jobs: that changes the state like an end. */
    void preempted() {
        changes.preempted();
    }

    /**
     * Something changed: the main loop runs at the end of this instant, or on the next tick it is
     * allowed. A submission admitted by a tick's pass asks for no other: the pass clears
     * slurmctld's request count (controller.c, job_sched_cnt) as it starts.
     */
    void request() {
        request(sim.now());
    }

    /** As {@link #request()}, with backfill on its first wake-up after {@code backfillAfter}. */
    private void request(long backfillAfter) {
        changes.note(sim.now());
        if (admitting) {
            return;
        }
        if (params.tick() == 0) {
            sim.requestAtInstantEnd(passHook);
            return;
        }
        armBackfill(backfillAfter);
        timers.requestMain(sim.now());
    }

    /**
     * A maintenance window ended. slurmctld asks for no pass then (reservation.c counts only the
     * windows that start): the periodic pass on or after its end, armed while jobs wait (see
     * {@link #armTimers}), and backfill, which sees the nodes change, start what waited for it.
     * An idealised controller runs its pass at the instant.
     */
    private void windowEnded() {
        if (params.tick() == 0) {
            request();
            return;
        }
        changes.note(sim.now());
        armBackfill(sim.now());
    }

    /** Nothing is left to schedule: the periodic pass armed for a window's end and that end's look are dropped. */
    void workloadOver() {
        timers.dropWindowLooks();
    }

    /** Nothing is left to schedule: a backfill pass armed, which would find nothing to plan, is dropped. */
    void dropIdleBackfill() {
        timers.dropBackfill();
    }

    /**
     * A requeued job is back in the queue at {@code now}. Its begin time passing is no event in
     * slurmctld: it triggers no main pass and updates no job (job_independent only sets the job's
     * reason), so backfill sees it only if something else changed since its last pass, and otherwise
     * the periodic pass starts it (observed on a real slurmctld 22.05.8: a requeued job eligible at
     * 22:21:24 on idle nodes started on the sched_interval pass at 22:22:17). An idealised
     * controller takes it as an event.
     */
    void requeuedJobBack(long now) {
        if (params.tick() == 0) {
            changes.note(now);
            backfillAtInstant(now);
        } else {
            armBackfill(now);
        }
        timers.armFullPass(now);
    }

    /**
     * A submission comes at {@code t}. On a periodic pass's tick, that pass is run as an event even
     * where it would change nothing else, so that it sees the submission (see {@link #onMainTimer}).
     */
    void submissionDue(long t) {
        if (t >= sim.now() && timers.periodicPassAt(t) && ticksToRun.add(t)) {
            timers.armFullPassAt(t);
        }
    }

    private void onMainTimer() {
        // Submissions of this second count as before the tick: trace times are truncated and a
        // submission comes at a random phase, whereas a job started on a tick ends just after one.
        // Of the two orders, the oracle runs favour this one (see README, Slurm model).
        admitting = true;
        admitDue.run();
        admitting = false;
        if (timers.periodicPassAt(sim.now())) {
            periodicPassDue();
        }
        onPass();
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
        if (queue.pendingJobs() > 0 || running.count() > 0 || held.getAsInt() > 0) {
            observer.passFinished(now, queue.pendingJobs());
        }
    }

    /** Idealised controller: backfill right after the main loop once bf_interval has passed. */
    private void backfillAtInstant(long now) {
        if (backfill != null && changes.any() && queue.pendingJobs() > 0 && timers.backfillDueAtInstant(now)) {
            runBackfill(now);
        }
    }

    /**
     * Backfill runs on the first tick after the change that is bf_interval past its previous pass.
     * slurmctld's thread runs on a change whether or not a job waits (backfill.c, _more_work), so
     * an idle pass holds the next one back bf_interval; none is armed once the workload is over.
     */
    private void armBackfill(long now) {
        if (backfill != null && changes.any() && (queue.pendingJobs() > 0 || !over.getAsBoolean())) {
            timers.armBackfill(now);
        }
    }

    private void runBackfill(long now) {
        // Set first, so a preemption in the pass arms the next pass bf_interval from this one.
        timers.backfillRan(now);
        changes.passBegins();
        backfill.pass(queue, running.list(), now);
        changes.passEnded(now);
        if (params.tick() == 0) {
            if (changes.any() && queue.pendingJobs() > 0) {
                timers.backfillDueAtInstant(now); // not due yet: arms the pass bf_interval from this one
            }
        } else {
            armBackfill(now);
        }
    }

    private void onBackfillTimer() {
        long now = sim.now();
        if (changes.any() && queue.pendingJobs() > 0) {
            runBackfill(now);
            reportPass(now);
        } else if (changes.any() && params.tick() > 0) {
            // The thread runs whatever waits; with nothing to plan its pass only moves the next one
            // bf_interval on and takes the changes as seen.
            timers.backfillRan(now);
            changes.idlePass(now);
            armBackfill(now);
        }
        armTimers(now);
    }

    private void onFullPassTimer() {
        if (params.tick() == 0) {
            periodicPassDue();
            sim.requestAtInstantEnd(passHook);
        } else {
            onMainTimer();
        }
    }

    /** The next pass is the periodic one, over the whole queue. */
    private void periodicPassDue() {
        fullPassDue = true;
        // Decayed GrpTRESMins usage may have released a held job: backfill should plan it again.
        changes.noteIf(cluster.qos.usageDecays());
    }

    private void onCalcTimer() {
        long now = sim.now();
        if (priorities.recalculate(queue.jobs(), now)) {
            queue.reorder();
            if (queue.pendingJobs() > 0) {
                changedUnasked(now);
            }
        }
        armTimers(now);
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
        // So does decaying GrpTRESMins usage, which alone can release a held job.
        // The depth counts queue records (one per job and partition it names).
        if (queue.pendingEntries() > params.defaultQueueDepth()
                || mainLoop.waitingForSwitches()
                || ((preemption.enabled() || cluster.qos.usageDecays()) && pending > 0)) {
            timers.armFullPass(now);
        }
        armWindowStart(now);
        if (pending > 0) {
            // Jobs may be waiting for a window to end: backfill looks again when it does, and the
            // periodic pass on or after its end (on it, it sees the window over) runs as an event.
            timers.armMaintenance(now, cluster.maintenance);
            long end = cluster.maintenance.nextEndAfter(now);
            if (end >= 0 && params.tick() > 0) {
                timers.armFullPassFrom(end);
            }
        }
        if (!ticksToRun.isEmpty()) {
            ticksToRun.headSet(now, true).clear();
            if (!ticksToRun.isEmpty()) {
                timers.armFullPassAt(ticksToRun.first());
            }
        }
        long period = priorities.calcPeriod();
        if (period > 0 && pending > 0) {
            timers.armCalc(now, period);
        }
    }
}
