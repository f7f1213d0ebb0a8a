package org.hpcsim.models.perf;

import org.hpcsim.models.hardware.NumaLayout;

/**
 * Seconds tasks on one node take to stream memory, given how the node's NUMA domains serve them.
 * Tasks are spread evenly over the domains, so the busiest domain holds ceil(tasks / domains) of
 * them and sets the pace. Pinned tasks (bound to cores, memory bound to their domain) read local
 * memory at the domain's bandwidth. Unpinned tasks find their pages spread evenly over all domains
 * (the scheduler moves tasks away from where they first touched memory), so a share
 * (domains - 1) / domains of their accesses is remote, each at the remote factor of local speed.
 */
public final class NumaBandwidth {
    private NumaBandwidth() {}

    /** Seconds for {@code tasks} tasks each streaming {@code bytesPerTask} bytes. */
    public static double seconds(NumaLayout numa, int tasks, double bytesPerTask, boolean pinned) {
        if (tasks <= 0 || bytesPerTask <= 0) {
            return 0;
        }
        int d = numa.domains();
        int busiest = (tasks + d - 1) / d;
        return busiest * bytesPerTask / (numa.bandwidthPerDomain() * share(numa, pinned));
    }

    /**
     * The share of a domain's local bandwidth its tasks get: 1 pinned; unpinned, the harmonic mean
     * over where their pages lie (time per byte is 1 locally and 1 / factor remotely).
     */
    public static double share(NumaLayout numa, boolean pinned) {
        int d = numa.domains();
        if (pinned || d == 1) {
            return 1;
        }
        double worst = 1;
        for (int from = 0; from < d; from++) {
            double timePerByte = 0;
            for (int to = 0; to < d; to++) {
                timePerByte += 1.0 / (d * numa.remoteFactor(from, to));
            }
            worst = Math.min(worst, 1 / timePerByte);
        }
        return worst;
    }
}
