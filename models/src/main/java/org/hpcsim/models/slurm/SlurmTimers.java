package org.hpcsim.models.slurm;

import java.util.function.LongConsumer;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;

/**
 * The controller's timers and their tick arithmetic: when the main loop, the backfill thread, the
 * sched_interval pass, PriorityCalcPeriod and the end of the next maintenance window come due.
 * Each timer is armed at most once at a time; its handler, given here, runs when it fires, after
 * the timer is marked disarmed. The controller decides whether a timer is wanted, this class when
 * it fires.
 */
final class SlurmTimers {
    private final Simulation sim;
    private final SchedulerParams params;
    private final int mainKind;
    private final int backfillKind;
    private final int fullPassKind;
    private final int calcKind;
    private final int maintenanceKind;
    /** The sched_interval passes, from the controller's start. */
    private final PeriodicGrid passes;
    /** The background loop's look for reservations that started or ended, from the controller's start. */
    private final PeriodicGrid reservationChecks;
    private final int windowStartKind;

    private long mainAt = -1;
    private long firstSubmission = Long.MAX_VALUE;
    private long lastMain = Long.MIN_VALUE / 2;
    private long backfillAt = -1;
    private long backfillEvent = -1;
    private long lastBackfill = Long.MIN_VALUE / 2;
    private long fullPassAt = -1;
    /** The pending sched_interval event, to cancel when the main loop's pass on its tick runs first or one comes due sooner. */
    private long fullPassEvent = -1;
    private long calcAt = -1;
    private long maintenanceAt = -1;
    private long maintenanceEvent = -1;
    private long windowStartEvent = -1;

    /** Timers on {@code sim}; each runnable is what the controller does when that timer fires. */
    SlurmTimers(Simulation sim, SchedulerParams params, Runnable onMain, Runnable onBackfill, Runnable onFullPass,
                Runnable onCalc, Runnable onMaintenanceEnd, LongConsumer onWindowStart) {
        this.sim = sim;
        this.params = params;
        this.passes = new PeriodicGrid(params.controllerTick(), params.schedInterval());
        // controller.c, 22.05: set_node_maint_mode runs when 5 s have passed since its last run.
        this.reservationChecks = new PeriodicGrid(params.controllerTick(), SimTime.seconds(5));
        this.windowStartKind = sim.registerHandler("maintenance starts", payload -> {
            windowStartEvent = -1;
            onWindowStart.accept(payload);
        });
        this.backfillKind = sim.registerHandler("backfill", payload -> {
            backfillAt = -1;
            onBackfill.run();
        });
        this.fullPassKind = sim.registerHandler("sched_interval", payload -> {
            fullPassAt = -1;
            // A main-loop pass due on this tick is the periodic one (one pass, from its own event).
            if (mainAt != sim.now()) {
                lastMain = sim.now();
                onFullPass.run();
            }
        });
        this.calcKind = sim.registerHandler("PriorityCalcPeriod", payload -> {
            calcAt = -1;
            onCalc.run();
        });
        this.mainKind = sim.registerHandler("main scheduling loop", payload -> {
            mainAt = -1;
            lastMain = sim.now();
            if (fullPassAt == sim.now()) {
                // This pass is the periodic one: its own event would skip it and leave none armed.
                sim.cancel(fullPassEvent);
                fullPassAt = -1;
            }
            onMain.run();
        });
        this.maintenanceKind = sim.registerHandler("maintenance ends", payload -> {
            maintenanceAt = -1;
            onMaintenanceEnd.run();
        });
    }

    /**
     * The first job comes at {@code now}: slurmctld is taken to have run its main loop on the tick
     * before (it runs one at start-up and on node registration).
     */
    void firstSubmission(long now) {
        lastMain = now - params.tick();
        firstSubmission = now;
    }

    /**
     * A pass of the main loop on the first tick after {@code now} once batch_sched_delay has
     * passed since the previous one, periodic passes included (controller.c sets last_sched_time
     * at every pass) and since the controller's start, unless one is already due. A periodic pass
     * before then serves the request. A request comes after the tick of its instant, so one on a
     * periodic pass's tick is held from that pass, run as an event or not, and one on the start's
     * tick from the start when slurmctld restarted after the first submission (otherwise the first
     * submission's own rule holds it).
     */
    void requestMain(long now) {
        if (mainAt >= 0) {
            return;
        }
        long start = params.controllerTick();
        boolean restart = now == start && now > firstSubmission;
        long periodic = periodicPassAt(now) || restart ? now : lastPeriodicPass(now - 1);
        long held = ceilTick(Math.max(lastMain, periodic) + params.batchSchedDelay());
        mainAt = Math.min(Math.max(afterTick(now), held), nextPeriodicPass(now));
        if (now < start && mainAt >= start) {
            // slurmctld starts (or restarts) before the pass: the start holds it like any pass,
            // and the periodic pass still serves it.
            mainAt = Math.min(Math.max(mainAt, ceilTick(start + params.batchSchedDelay())), nextPeriodicPass(now));
        }
        // A tick sees the state as its instant began: a job that ends on the tick waits for the next.
        sim.scheduleAtInstantStart(mainAt, mainKind, 0);
    }

    /**
     * Whether the main loop's pass at {@code t} is the periodic full-queue one: slurmctld runs it
     * every sched_interval from its start (controller.c, last_full_sched_time), whatever waits.
     */
    boolean periodicPassAt(long t) {
        return params.tick() > 0 && t > params.controllerTick() && passes.on(t);
    }

    /** The last periodic pass at or before {@code t}, or the controller's start when none has run yet. */
    private long lastPeriodicPass(long t) {
        return t < params.controllerTick() ? Long.MIN_VALUE / 2 : passes.atOrBefore(t);
    }

    /** The first periodic pass after {@code t}. */
    private long nextPeriodicPass(long t) {
        return t < params.controllerTick() ? params.controllerTick() + params.schedInterval() : passes.after(t);
    }

    /** Backfill ran at {@code now}. */
    void backfillRan(long now) {
        lastBackfill = now;
    }

    /**
     * Backfill on the backfill thread's first wake-up (a tick plus its phase) after {@code now} that
     * is bf_interval past its previous pass.
     */
    void armBackfill(long now) {
        if (backfillAt < 0) {
            long phase = params.backfillPhase();
            backfillAt = phase + Math.max(afterTick(now - phase), ceilTick(lastBackfill - phase + params.bfInterval()));
            // The backfill thread sleeps on its own phase; on the tick itself (phase 0) the oracle shows
            // it acting on events of the second it wakes in, so it runs after the instant's other events.
            backfillEvent = sim.schedule(backfillAt, backfillKind, 0);
        }
    }

    /** The backfill pass armed, if any, will not run: nothing is left for it to see. */
    void dropBackfill() {
        if (backfillAt >= 0) {
            sim.cancel(backfillEvent);
            backfillAt = -1;
        }
    }

    /**
     * Without ticks: true when backfill may run at {@code now}, bf_interval after its previous
     * pass; else it is armed for when it may (unless it already is) and false.
     */
    boolean backfillDueAtInstant(long now) {
        if (backfillAt >= 0) {
            return false;
        }
        long due = lastBackfill + params.bfInterval();
        if (due <= now) {
            return true;
        }
        backfillAt = due;
        backfillEvent = sim.schedule(due, backfillKind, 0);
        return false;
    }

    /** The next periodic full-queue pass (see {@link #periodicPassAt}), unless one is already due. */
    void armFullPass(long now) {
        armFullPassAt(nextPeriodicPass(now));
    }

    /** The first periodic pass at or after {@code t}, unless one is due by then. */
    void armFullPassFrom(long t) {
        armFullPassAt(nextPeriodicPass(t - 1));
    }

    /**
     * The periodic pass at {@code t}, a tick of {@link #periodicPassAt}, unless one is already due
     * by then; one due later is due at {@code t} instead.
     */
    void armFullPassAt(long t) {
        if (fullPassAt >= 0 && fullPassAt <= t) {
            return;
        }
        if (fullPassAt >= 0) {
            sim.cancel(fullPassEvent);
        }
        fullPassAt = t;
        // One due at the run's first instant, before anything has happened, is an ordinary event.
        fullPassEvent = params.tick() > 0 && t > sim.now() ? sim.scheduleAtInstantStart(t, fullPassKind, 0)
                : sim.schedule(t, fullPassKind, 0);
    }

    /**
     * Priorities recalculated on the decay thread's next pass, every {@code period} from the
     * controller's start (priority_multifactor.c's _decay_thread adds the period to its start), unless
     * already due.
     */
    void armCalc(long now, long period) {
        if (calcAt < 0) {
            calcAt = new PeriodicGrid(params.controllerStart(), period).after(now);
            sim.schedule(calcAt, calcKind, 0);
        }
    }

    /** A look at the queue when the next of {@code windows} to end after {@code now} ends, unless already due. */
    void armMaintenance(long now, MaintenanceWindows windows) {
        if (maintenanceAt < 0) {
            maintenanceAt = windows.nextEndAfter(now);
            if (maintenanceAt >= 0) {
                maintenanceEvent = sim.schedule(maintenanceAt, maintenanceKind, 0);
            }
        }
    }

    /**
     * The look that finds the window starting at {@code start} begun: on the background loop's
     * first reservation check at or after it (set_node_maint_mode), which asks for a pass
     * (queue_job_scheduler) in the same loop, before that loop's scheduling step: as a request
     * just before the check's tick. The check's tick goes to the handler.
     */
    void armWindowStartCheck(long start) {
        if (windowStartEvent < 0) {
            long check = reservationChecks.atOrAfter(start);
            windowStartEvent = sim.schedule(Math.max(check - params.tick(), sim.now()), windowStartKind, check);
        }
    }

    /** Whether a window's start check is armed. */
    boolean windowStartCheckArmed() {
        return windowStartEvent >= 0;
    }

    /**
     * The last reservation check at or before {@code t}, or the controller's start when none has
     * come since: the windows that started by then have been counted (those before a restart by the
     * slurmctld that ran then, which saved it).
     */
    long lastReservationCheck(long t) {
        return Math.max(params.controllerTick(), reservationChecks.atOrBefore(t));
    }

    /**
     * Drops the looks at windows' starts and ends and the periodic pass, which only windows can
     * still want once no job is left.
     */
    void dropWindowLooks() {
        if (windowStartEvent >= 0) {
            sim.cancel(windowStartEvent);
            windowStartEvent = -1;
        }
        if (maintenanceAt >= 0) {
            sim.cancel(maintenanceEvent);
            maintenanceAt = -1;
        }
        if (fullPassAt >= 0) {
            sim.cancel(fullPassEvent);
            fullPassAt = -1;
        }
    }

    /** The first tick strictly after {@code t}. */
    private long afterTick(long t) {
        return (Math.floorDiv(t, params.tick()) + 1) * params.tick();
    }

    /** The first tick at or after {@code t}. */
    private long ceilTick(long t) {
        long tick = params.tick();
        return Math.floorDiv(t + tick - 1, tick) * tick;
    }
}
