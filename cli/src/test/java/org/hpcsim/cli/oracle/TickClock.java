package org.hpcsim.cli.oracle;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The replayed jobs on a clock whose whole seconds are the ticks of one of slurmctld's loops (the
 * main loop's or the backfill thread's), to the millisecond: each submission as slurmctld.log gives
 * it, less the tick's phase then, and each run from its allocation (by either loop) to its end as
 * the log gives them, or to the last of its nodes' release where the slurmd logs show it (see
 * {@link NodeReleases}), both on the clock (the tick's drift over the run taken off). The job log's whole seconds cannot tell a submission
 * (or an end) just before a tick from one just after it in the same second, and batch_sched_delay
 * turns that into 3 seconds; the log's milliseconds can. Times count from the top of the hour of the
 * first submission, as {@link ReplayedJob}'s do.
 *
 * @param submits         when each job was submitted, in the order of the replayed jobs
 * @param runs            how long each held its nodes, until the last was free again
 * @param controllerStart the whole second of the controller's last start before the first
 *                        submission, or null when the log shows none: the main loop's tick of wall
 *                        second S is at S on this clock (its phase taken off), so slurmctld's
 *                        periodic pass, on the tick whose second is its start's plus sched_interval,
 *                        is at this plus sched_interval
 * @param backfillPhase   on the main loop's clock, how long after its tick the backfill thread
 *                        woke (the median over the passes DebugFlags=Backfill logs from the first
 *                        submission on, to the millisecond, in [0, 1)); null on the backfill
 *                        thread's clock or when the log shows no pass
 */
public record TickClock(double[] submits, double[] runs, Long controllerStart, Double backfillPhase) {
    /** Whose ticks set the clock's whole seconds. */
    public enum Loop {
        /**
         * The main loop's one-second tick, read from its allocations and from the controller's last
         * start before the first submission (its background loop starts with it).
         */
        MAIN,
        /**
         * The backfill thread's wake-ups: its passes where DebugFlags=Backfill logs them, else its
         * starts and preemptions.
         */
        BACKFILL
    }

    /** The jobs of {@code real} on the main loop's clock, or null when {@code slurmctldLog} lacks one of their lines. */
    public static TickClock of(List<ReplayedJob> real, Path slurmctldLog) {
        return of(real, slurmctldLog, Loop.MAIN);
    }

    /**
     * The jobs of {@code real} on {@code loop}'s clock, or null when {@code slurmctldLog} lacks one of
     * their lines or shows no tick of that loop.
     */
    public static TickClock of(List<ReplayedJob> real, Path slurmctldLog, Loop loop) {
        SlurmctldLog log = SlurmctldLog.read(slurmctldLog);
        Map<Long, LocalDateTime> released = NodeReleases.read(slurmctldLog.toAbsolutePath().getParent());
        LocalDateTime first = null;
        for (ReplayedJob r : real) {
            LocalDateTime t = log.submits().get(r.slurmId());
            if (t == null || !log.allocated().containsKey(r.slurmId()) || !log.done().containsKey(r.slurmId())) {
                return null;
            }
            first = first == null || t.isBefore(first) ? t : first;
        }
        LocalDateTime origin = first.truncatedTo(ChronoUnit.HOURS);
        LocalDateTime start = null;
        for (LocalDateTime t : log.starts()) {
            if (!t.isAfter(first)) {
                start = t;
            }
        }
        List<Double> ticks = new ArrayList<>();
        if (loop == Loop.MAIN && start != null) {
            // The background loop starts with the controller, on its phase: a mark before the first
            // allocation, which may come a minute into the run while the tick drifts.
            ticks.add(seconds(origin, start));
        }
        List<LocalDateTime> marks = loop == Loop.MAIN ? log.allocations()
                : log.backfillPasses().isEmpty() ? log.backfillActions() : log.backfillPasses();
        for (LocalDateTime a : marks) {
            if (!a.isBefore(first)) {
                ticks.add(seconds(origin, a));
            }
        }
        if (ticks.isEmpty()) {
            return null;
        }
        TickPhase phase = new TickPhase(ticks);
        double[] submits = new double[real.size()];
        double[] runs = new double[real.size()];
        for (int i = 0; i < submits.length; i++) {
            long id = real.get(i).slurmId();
            double t = seconds(origin, log.submits().get(id));
            submits[i] = Math.round((t - phase.at(t)) * 1000) / 1000.0;
            LocalDateTime done = log.done().get(id);
            LocalDateTime free = released.get(id);
            LocalDateTime allocated = log.allocated().get(id);
            double from = seconds(origin, allocated);
            double to = seconds(origin, free == null || free.isBefore(done) ? done : free);
            // A job the clock's own loop started runs on the clock, less the tick's drift over the
            // run, so an end a few ms before a tick stays before it (a tick once came 33 ms later
            // than the one before foretold); the other loop's starts keep their wall-clock run.
            boolean ownLoop = (loop == Loop.MAIN ? log.allocations() : log.backfillActions()).contains(allocated);
            double drift = ownLoop ? phase.unwrapped(to) - phase.unwrapped(from) : 0;
            runs[i] = Math.round((to - from - drift) * 1000) / 1000.0;
        }
        Long startSecond = start == null ? null : (long) Math.floor(seconds(origin, start));
        return new TickClock(submits, runs, startSecond, loop == Loop.MAIN ? backfillPhase(log, origin, first, phase)
                : null);
    }

    /**
     * The backfill thread's wake-up after the main loop's tick, whose phase is {@code main}: each
     * pass's place on the main loop's clock, unwrapped across the second's end, and their median
     * (the upper one of an even count);
     * null when no pass is logged from {@code first} on.
     */
    private static Double backfillPhase(SlurmctldLog log, LocalDateTime origin, LocalDateTime first, TickPhase main) {
        List<Double> places = new ArrayList<>();
        for (LocalDateTime p : log.backfillPasses()) {
            if (!p.isBefore(first)) {
                double t = seconds(origin, p);
                double place = t - main.at(t);
                place -= Math.floor(place);
                // Unwrap from the pass before: a pass 0.99 s and one 0.01 s after a tick are 0.02 s
                // apart, and the thread's phase may drift across the second's end over a run.
                places.add(places.isEmpty() ? place : place - Math.rint(place - places.get(places.size() - 1)));
            }
        }
        if (places.isEmpty()) {
            return null;
        }
        Collections.sort(places);
        double median = places.get(places.size() / 2);
        double phase = Math.round((median - Math.floor(median)) * 1000) / 1000.0;
        return phase >= 1 ? 0 : phase;
    }

    private static double seconds(LocalDateTime from, LocalDateTime to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
