package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The maintenance reservations of a run: which nodes a job may not use for a stretch of time,
 * for the main loop (a job starting now must end, by its limit, before a window on its nodes
 * begins) and for backfill's plan (each window is a reservation in the node-space map, as
 * backfill.c adds advanced reservations before planning jobs).
 */
final class MaintenanceWindows {
    /** No maintenance. */
    static final MaintenanceWindows NONE = new MaintenanceWindows(List.of());

    private final List<Maintenance> windows;
    private final BitSet scratch = new BitSet();

    MaintenanceWindows(List<Maintenance> windows) {
        this.windows = List.copyOf(windows);
    }

    boolean isEmpty() {
        return windows.isEmpty();
    }

    /** When the first window to start after {@code now} starts, or -1 when none does. */
    long nextStartAfter(long now) {
        return firstAfter(now, Maintenance::start);
    }

    /** When the first window to end after {@code now} ends, or -1 when none does. */
    long nextEndAfter(long now) {
        return firstAfter(now, Maintenance::end);
    }

    /** The least of the windows' {@code time} after {@code now}, or -1 when none is. */
    private long firstAfter(long now, ToLongFunction<Maintenance> time) {
        long next = -1;
        for (Maintenance m : windows) {
            long t = time.applyAsLong(m);
            if (t > now && (next < 0 || t < next)) {
                next = t;
            }
        }
        return next;
    }

    /** Nodes held by a window overlapping [from, to): shared scratch, valid until the next call. */
    BitSet blocking(long from, long to) {
        scratch.clear();
        for (Maintenance m : windows) {
            if (m.overlaps(from, to)) {
                scratch.or(m.nodeSet());
            }
        }
        return scratch;
    }

    /** Puts every window still ahead of or around {@code now} into backfill's plan. */
    void reserveInto(NodeSpace space, long resolution, long now) {
        for (Maintenance m : windows) {
            if (m.end() > now) {
                // backfill.c rounds an advanced reservation's start and end down to bf_resolution.
                long start = (m.start() / resolution) * resolution;
                long end = (m.end() / resolution) * resolution;
                space.block(start, end, m.nodeSet(), resolution);
            }
        }
    }
}
