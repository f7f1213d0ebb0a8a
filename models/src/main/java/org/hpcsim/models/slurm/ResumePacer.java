package org.hpcsim.models.slurm;

import org.hpcsim.core.SimTime;

/**
 * When powered-down nodes given to jobs are resumed under a ResumeRate, as slurmctld's power-save
 * thread does it (SchedMD/slurm src/slurmctld/power_save.c, read at commit 284c3b9, August 2026).
 *
 * <p><b>Tokens.</b> power_save_rl_setup() gives resumes a token bucket: one token every
 * {@code refill_period_msec = 60000 / ResumeRate} ms (integer division), holding at most
 * {@code max_tokens = ResumeRate x E / 60} (at least 1), where E is the larger of
 * power_save_interval and power_save_min_interval ("the larger value for worst-case scenario in
 * sizing bucket"). _rl_get_tokens() adds one token per whole period of the clock passed since its
 * last call, capped at the bucket. The bucket starts full: _rl_init() stores the time in
 * milliseconds where later calls store whole periods, so the first call adds a huge count that the
 * cap cuts back to max_tokens. The model counts periods of simulated time from the start of the run.
 *
 * <p><b>Scans.</b> _do_power_work() walks resume_job_list, the CONFIGURING jobs with powered-down
 * nodes, oldest first: it stops at the first job when no token is left, and spends one token per
 * node of a job, in node order, while tokens last; a job with nodes still powered down stays on the
 * list for the next scan. The thread wakes every second and scans once power_save_min_interval has
 * passed since the last scan and either a node changed or power_save_interval has passed. hpcsim
 * scans at the instant a job is given nodes when no node is waiting (as it does without a rate),
 * and then, while nodes wait, every E: the scans a quiet cluster gets, and under ParallelCluster's
 * power_save_min_interval=30 those of a busy one too. A later job's nodes queue behind the waiting
 * ones, so each node's resume time is known when its job is given it.
 */
final class ResumePacer {
    private final long period;
    private final long bucket;
    private final long scanEvery;
    private long lastScan;      // the last scan that has resumes planned
    private long tokens;        // tokens left after it
    private long lastPeriods;   // whole periods of the clock at it

    /** Pacing at {@code rate}'s figures; the rate must be limited. */
    ResumePacer(ResumeRate rate) {
        if (!rate.limited()) {
            throw new IllegalArgumentException("no ResumeRate to pace");
        }
        long e = Math.max(1, Math.max(seconds(rate.interval()), seconds(rate.minInterval())));
        this.period = (ResumeRate.MAX / rate.nodesPerMinute()) * (SimTime.SECOND / 1000); // whole ms
        this.bucket = rate.nodesPerMinute() * e < 60 ? 1 : rate.nodesPerMinute() * e / 60;
        this.scanEvery = e * SimTime.SECOND;
        this.tokens = bucket;
    }

    /** Plans the resumes of {@code n} nodes given at {@code now}: {@code at[k]} is when the k-th is resumed. */
    void plan(long now, long[] at, int n) {
        long t = Math.max(now, lastScan);
        long tk = refill(tokens, lastPeriods, t);
        int k = 0;
        while (true) {
            while (k < n && tk > 0) {
                at[k++] = t;
                tk--;
            }
            if (k == n) {
                break;
            }
            long next = t + scanEvery;
            tk = refill(tk, t / period, next);
            t = next;
        }
        lastScan = t;
        tokens = tk;
        lastPeriods = t / period;
    }

    private long refill(long tk, long periodsBefore, long t) {
        return Math.min(bucket, tk + (t / period - periodsBefore));
    }

    // Slurm's intervals are whole seconds.
    private static long seconds(long ns) {
        return ns / SimTime.SECOND;
    }
}
