package org.hpcsim.cli.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes each wave of an oracle workload queue up before anything of it starts: a job of every node
 * is submitted at the wave's start and sleeps until a few seconds after the wave's last submission,
 * the wave's jobs {@value #DELAY_SECONDS} seconds later, once the blocker has surely started (a
 * job submitted in the same second as slurmctld's tick may come before or after it). When it ends, every job of the wave is pending at once, so the
 * order in which they start is the scheduler's priority order alone, not the race between a
 * submission and slurmctld's one-second tick that whole-second log times cannot resolve.
 */
public final class BlockedWaves {
    /** Seconds from the blocker's submission to the wave's first. */
    private static final int DELAY_SECONDS = 3;
    /** Seconds the blocker outlasts the wave's last submission. */
    private static final int MARGIN_SECONDS = 4;
    /** Blockers are numbered from here, past any workload's own jobs. */
    private static final int FIRST_BLOCKER_ID = 1000;

    private BlockedWaves() {}

    /**
     * {@code jobs} (generated in waves of {@code waveSeconds}) with a blocker of {@code nodes} nodes
     * in the default partition ahead of each wave.
     */
    public static List<OracleJob> of(List<OracleJob> jobs, double waveSeconds, int nodes) {
        List<OracleJob> out = new ArrayList<>(jobs.size() + 8);
        int wave = -1;
        for (int i = 0; i < jobs.size(); i++) {
            OracleJob job = jobs.get(i);
            int w = (int) Math.floor(job.submitOffset() / waveSeconds);
            if (w != wave) {
                wave = w;
                double start = w * waveSeconds;
                double last = lastSubmission(jobs, i, w, waveSeconds) + DELAY_SECONDS;
                int sleep = (int) Math.ceil(last - start) + MARGIN_SECONDS;
                out.add(new OracleJob(FIRST_BLOCKER_ID + w, start, nodes, sleep, 1 + sleep / 60));
            }
            out.add(new OracleJob(job.id(), job.submitOffset() + DELAY_SECONDS, job.nodes(), job.sleepSeconds(),
                    job.timeLimitMinutes(), job.partitions()));
        }
        return out;
    }

    private static double lastSubmission(List<OracleJob> jobs, int from, int wave, double waveSeconds) {
        double last = jobs.get(from).submitOffset();
        for (int k = from; k < jobs.size() && (int) Math.floor(jobs.get(k).submitOffset() / waveSeconds) == wave; k++) {
            last = Math.max(last, jobs.get(k).submitOffset());
        }
        return last;
    }
}
