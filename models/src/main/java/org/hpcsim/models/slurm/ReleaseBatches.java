package org.hpcsim.models.slurm;

import java.util.List;
import org.hpcsim.core.SimTime;

/**
 * When select/cons_tres's will-run test tries the pending job while it takes running jobs out in
 * order of their ends (job_test.c, _will_run_test, 22.05): not after each one, as select/linear
 * does, but once the next job ends past a window. The window is anchored at the end of the first
 * job taken out, rounded up past the next multiple of 30 s, and is 30 s long; after each try it
 * doubles (or, under bf_window_linear, grows by that step) until it reaches the next job's end. A
 * job that holds none of the offered nodes is passed
 * over without a look at the window, so the next one that does joins the batch whatever its end.
 * The start the test answers is the end of the last job taken out. A real slurmctld 22.05.8 planned
 * a one-CPU job behind two one-CPU jobs ending 5 s apart at the second end, not the first.
 */
final class ReleaseBatches {
    /** job_test.c: {@code int time_window = 30}, seconds. */
    private static final long FIRST_WINDOW = SimTime.seconds(30);
    /** Past this the window stops growing: no end is that far (and the sums cannot overflow). */
    private static final long WIDEST = Long.MAX_VALUE / 4;

    /** Simulation time 0's distance past a multiple of the first window in Unix time. */
    private final long originOffset;
    /** What the window grows by after a try (bf_window_linear), or 0 to double it. */
    private final long linearStep;
    private boolean anchored;
    private boolean splitTie;
    private long anchor;
    private long window;

    /**
     * Batches for a cluster whose simulation time 0 is {@code unixOrigin} in Unix seconds (slurmctld
     * rounds ends on its clock, in Unix seconds), the window growing by {@code linearStep}
     * nanoseconds after each try (SchedulerParameters bf_window_linear; 0 doubles it, as slurmctld
     * does by default).
     */
    ReleaseBatches(long unixOrigin, long linearStep) {
        if (linearStep < 0) {
            throw new IllegalArgumentException("bf_window_linear must not be negative: " + linearStep);
        }
        this.originOffset = Math.floorMod(SimTime.seconds(unixOrigin), FIRST_WINDOW);
        this.linearStep = linearStep;
    }

    /** Starts a test. */
    void reset() {
        anchored = false;
        window = FIRST_WINDOW;
    }

    /**
     * Whether the test tries the pending job after taking out a job of the offered nodes that ends
     * at {@code end}; {@code nextEnd} is when the job after it in the list ends, whether it holds
     * offered nodes or not (null-free: {@code hasNext} false when none is left).
     */
    boolean tryAfter(long end, boolean hasNext, long nextEnd) {
        if (!anchored) {
            anchored = true;
            anchor = end + (window - Math.floorMod(end + originOffset, window));
        }
        if (hasNext && within(nextEnd)) {
            return false;
        }
        if (linearStep > 0) {
            growLinearly(hasNext, nextEnd);
            return true;
        }
        do {
            window = Math.min(window * 2, WIDEST);
        } while (hasNext && !within(nextEnd) && window < WIDEST);
        return true;
    }

    /**
     * job_test.c's loop that adds the step until the window reaches the next end, in one sum: one
     * step at least, and as many as it takes (a year's gap would be millions of one-second steps).
     */
    private void growLinearly(boolean hasNext, long nextEnd) {
        long steps = 1;
        if (hasNext && nextEnd - anchor > window + linearStep) {
            long missing = nextEnd - anchor - window;
            steps = missing / linearStep + (missing % linearStep == 0 ? 0 : 1);
        }
        window = steps > (WIDEST - window) / linearStep ? WIDEST : window + steps * linearStep;
    }

    private boolean within(long end) {
        return end - anchor <= window;
    }

    /**
     * The last job the test takes out before the try that first sees the job of {@code availWords}'
     * nodes that frees them at {@code t} or later (as {@link NodeFreeTimes} counts free times), in
     * {@code running}, sorted by time-limit end; null when none does. When the list ends after jobs
     * passed over, the batch is tried then.
     */
    SlurmJob lastTakenOut(List<SlurmJob> running, long[] availWords, long t, long now) {
        reset();
        splitTie = false;
        boolean reached = false;
        SlurmJob untried = null;
        for (int i = 0; i < running.size(); i++) {
            SlurmJob j = running.get(i);
            if (!j.allocation.holdsAnyOf(availWords)) {
                continue;
            }
            reached |= NodeFreeTimes.freeTimeOf(j.limitEnd, now) >= t;
            boolean last = i + 1 == running.size();
            untried = j;
            if (tryAfter(j.limitEnd, !last, last ? 0 : running.get(i + 1).limitEnd)) {
                if (reached) {
                    splitTie = freedWithLaterJob(running, i, availWords, now);
                    return j;
                }
                untried = null;
            }
        }
        return reached ? untried : null;
    }

    /**
     * Whether a job after the one at {@code i}, on offered nodes, frees them no later than it does as
     * {@link NodeFreeTimes} counts (the same end, or both past their limits).
     */
    private static boolean freedWithLaterJob(List<SlurmJob> running, int i, long[] availWords, long now) {
        long at = NodeFreeTimes.freeTimeOf(running.get(i).limitEnd, now);
        for (int k = i + 1; k < running.size() && NodeFreeTimes.freeTimeOf(running.get(k).limitEnd, now) <= at; k++) {
            if (running.get(k).allocation.holdsAnyOf(availWords)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the batch {@link #lastTakenOut} found ends before a job of the offered nodes that
     * {@link NodeFreeTimes} counts free as early as the batch's last (the same end, after a job
     * passed over let that one in past the window; or both past their limits): the nodes free by
     * then are more than the test had.
     */
    boolean splitTie() {
        return splitTie;
    }
}
