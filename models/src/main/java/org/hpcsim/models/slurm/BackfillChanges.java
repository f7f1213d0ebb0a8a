package org.hpcsim.models.slurm;

import org.hpcsim.core.SimTime;

/**
 * What backfill.c's _more_work sees: whether the state changed since the backfill thread's last
 * pass (a submission, end, start, requeue or preemption), and in which second it last did. After a
 * pass another is due when the last job or node update is no earlier than the pass's end, both in
 * whole seconds (>=): so after a pass that started or preempted jobs, or that ran in the second of
 * a change (here passes take no time). A second starts where the backfill thread wakes: the tick
 * plus its phase.
 */
final class BackfillChanges {
    private final long phase;
    private boolean changed;
    /** When the state last changed, in simulation nanoseconds. */
    private long lastChange = Long.MIN_VALUE;
    /** A pass (either loop's) preempted jobs since the backfill pass last began. */
    private boolean preemptedSinceBackfill;

    /** Changes seen by a backfill thread that wakes {@code phase} after each tick. */
    BackfillChanges(long phase) {
        this.phase = phase;
    }

    /** The state changed at {@code now}. */
    void note(long now) {
        changed = true;
        lastChange = now;
    }

    /** A pass preempted jobs: that changes the state like an end. */
    void preempted() {
        preemptedSinceBackfill = true;
    }

    /** Something changed that no job update records (decayed GrpTRESMins usage releasing a job). */
    void noteIf(boolean c) {
        changed |= c;
    }

    /** Whether the state changed since backfill's last pass. */
    boolean any() {
        return changed;
    }

    /** A backfill pass begins: preemptions from now on are its own. */
    void passBegins() {
        preemptedSinceBackfill = false;
    }

    /** A backfill pass at {@code now} ended: whether another is due, as _more_work answers. */
    void passEnded(long now) {
        changed = preemptedSinceBackfill || inSecondOf(now);
    }

    /** The thread woke at {@code now} with nothing to plan: it takes the changes as seen. */
    void idlePass(long now) {
        changed = inSecondOf(now);
    }

    private boolean inSecondOf(long now) {
        return lastChange != Long.MIN_VALUE
                && Math.floorDiv(lastChange - phase, SimTime.SECOND) >= Math.floorDiv(now - phase, SimTime.SECOND);
    }
}
