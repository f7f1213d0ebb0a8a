package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.priority.HalfLifeDecay;

/**
 * GrpTRESMins of each QOS (cpu, node, gres/gpu), enforced as slurmctld does with
 * AccountingStorageEnforce=limits,safe (acct_policy.c _qos_job_runnable_post_select and
 * _validate_tres_usage_limits). Two counts are kept per QOS and TRES:
 * <ul>
 *   <li>usage, in TRES-seconds: under priority/multifactor each decay pass (every PriorityCalcPeriod,
 *       on multiples of it from time 0) multiplies it by d^(now - last) and adds, for each running
 *       job, TRES x t x d^t with t the time since the last pass or the job's start, and a job's end
 *       adds its last part the same way (priority_multifactor.c _apply_new_usage, as
 *       {@link org.hpcsim.models.slurm.priority.CalcPeriodDriver} does for associations). Under
 *       priority/basic there is no decay thread and usage stays 0;</li>
 *   <li>what running jobs still hold (grp_used_tres_run_secs): TRES x time limit at start, less what
 *       each decay pass has charged since.</li>
 * </ul>
 * A job that uses a limited TRES may start only while, in whole minutes, usage is below the limit
 * and its TRES x time limit plus what running jobs hold fits in the limit less usage; else it is
 * held (QOSGrpCPUMinutesLimit, QOSGrpNodeMinutes, QOSGrpGRESMinutes). Time limits count in whole
 * minutes, rounded up, as sbatch takes them. A job in a partition with a QOS of its own is charged
 * to both QOS (priority_multifactor.c _apply_new_usage, _handle_tres_run_secs).
 */
final class QosTresMinutes {
    private static final String[] REASONS = {"QOSGrpCPUMinutesLimit", "QOSGrpNodeMinutes", "QOSGrpGRESMinutes"};
    /** slurm.h's reasons for MaxTRESMinsPerJob (job_state_reason.c). */
    static final String[] PER_JOB_REASONS = {"QOSMaxCpuMinutesPerJobLimit", "QOSMaxNodeMinutesPerJob",
        "QOSMaxGRESMinutesPerJob"};
    private static final long MINUTE_SECONDS = 60;

    private final List<Qos> qos;
    /** Null without priority/multifactor: no decay thread, so no usage. */
    private final HalfLifeDecay decay;
    private final long calcPeriod;
    /** The decay thread's passes: every calcPeriod from its start (the controller's); null without decay. */
    private final PeriodicGrid calcPasses;
    /** Per QOS with GrpTRESMins: decayed usage in TRES-seconds (cpu, node, gpu); null for the others. */
    private final double[][] usage;
    /** Per QOS with GrpTRESMins: its running jobs in start order; null for the others. */
    private final List<List<SlurmJob>> running;
    private long lastRan = Long.MIN_VALUE;

    /**
     * GrpTRESMins usage of {@code qos}, decayed as {@code multifactor} says on the decay thread's
     * passes from its start, {@code calcOrigin}.
     */
    QosTresMinutes(List<Qos> qos, MultifactorSetup multifactor, long calcOrigin) {
        this.qos = qos;
        this.decay = multifactor == null ? null : multifactor.config().decay();
        this.calcPeriod = multifactor == null ? 0 : multifactor.config().calcPeriodNanos();
        this.calcPasses = multifactor == null ? null : new PeriodicGrid(calcOrigin, calcPeriod);
        usage = new double[qos.size()][];
        running = new ArrayList<>(qos.size());
        for (int q = 0; q < qos.size(); q++) {
            boolean limited = qos.get(q).grpTresMins().any();
            usage[q] = limited ? new double[3] : null;
            running.add(limited ? new ArrayList<>() : null);
        }
    }

    /**
     * Why GrpTRESMins {@code limit} of QOS {@code q} holds {@code job} now, or null: with the counts
     * of {@code a}, or of its request when {@code a} is null.
     */
    String heldBy(int q, TresLimit limit, SlurmJob job, Allocation a, long now) {
        if (usage[q] == null || !limit.any()) {
            return null;
        }
        catchUp(now);
        JobRequest r = job.request;
        long[] wanted = a == null ? new long[] {r.cpus(), Math.max(r.minNodes(), 1), r.gpus()}
                : new long[] {a.totalCpus(), a.nodeCount(), a.totalGpus()};
        long minutes = minutes(r.timeLimit());
        for (int k = 0; k < 3; k++) {
            long max = limitOf(limit, k);
            if (max == Qos.UNLIMITED || wanted[k] == 0) {
                continue;
            }
            long used = (long) (usage[q][k] / MINUTE_SECONDS);
            if (used >= max || minutes > max / wanted[k]) {
                return REASONS[k];
            }
            if (wanted[k] * minutes + runSeconds(q, k) / MINUTE_SECONDS > max - used) {
                return REASONS[k];
            }
        }
        return null;
    }

    /** {@code job} starts at {@code now} (its nodes may still be booting), counting in QOS {@code q}. */
    void started(SlurmJob job, long now, int q) {
        if (usage[q] != null) {
            catchUp(now);
            running.get(q).add(job);
        }
    }

    /** {@code job} ended at {@code now}: its last interval is charged to QOS {@code q} and it holds no more there. */
    void ended(SlurmJob job, long now, int q) {
        if (usage[q] == null) {
            return;
        }
        catchUp(now);
        if (decay != null) {
            chargeInterval(q, job, lastRan, now);
        }
        running.get(q).remove(job);
    }

    /** Whether a QOS has GrpTRESMins and its usage decays (priority/multifactor with a half-life). */
    boolean decays() {
        if (decay == null || decay.halfLifeNanos() == 0) {
            return false;
        }
        for (double[] u : usage) {
            if (u != null) {
                return true;
            }
        }
        return false;
    }

    /** Decayed usage of QOS {@code q} in TRES-seconds of TRES {@code k} (0 cpu, 1 node, 2 gpu), as of {@code now}. */
    double usageSeconds(int q, int k, long now) {
        catchUp(now);
        return usage[q][k];
    }

    /**
     * The time limit GrpTRESMins gives a job that asks for none (acct_policy.c _validate_time_limit:
     * the limit over the request, in whole minutes, the smallest over the TRES), in nanoseconds, or
     * {@link Qos#UNLIMITED} when no limited TRES is requested.
     */
    static long timeLimitFor(TresLimit limit, long cpus, long nodes, long gpus) {
        long[] wanted = {cpus, nodes, gpus};
        long best = Qos.UNLIMITED;
        for (int k = 0; k < 3; k++) {
            long max = limitOf(limit, k);
            if (max != Qos.UNLIMITED && wanted[k] > 0) {
                long m = max / wanted[k];
                best = best == Qos.UNLIMITED ? m : Math.min(best, m);
            }
        }
        return best == Qos.UNLIMITED ? Qos.UNLIMITED : best * SimTime.MINUTE;
    }

    /** The TRES whose GrpTRESMins alone a request of {@code timeLimit} (0: none) exceeds, as Slurm's reason names it, or null. */
    static String requestOver(TresLimit limit, long cpus, long nodes, long gpus, long timeLimit) {
        return requestOver(limit, cpus, nodes, gpus, timeLimit, REASONS);
    }

    /** The same against {@code limit} with Slurm's {@code reasons} for cpu, node and gres/gpu. */
    static String requestOver(TresLimit limit, long cpus, long nodes, long gpus, long timeLimit, String[] reasons) {
        long[] wanted = {cpus, nodes, gpus};
        long minutes = minutes(timeLimit);
        for (int k = 0; k < 3; k++) {
            long max = limitOf(limit, k);
            if (max != Qos.UNLIMITED && wanted[k] > 0 && minutes > max / wanted[k]) {
                return reasons[k];
            }
        }
        return null;
    }

    /** A time limit in whole minutes, rounded up; none (0 or unbounded) is {@link Long#MAX_VALUE}. */
    private static long minutes(long timeLimit) {
        if (timeLimit <= 0 || timeLimit == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return (timeLimit + SimTime.MINUTE - 1) / SimTime.MINUTE;
    }

    private static long limitOf(TresLimit t, int k) {
        return k == 0 ? t.cpus() : k == 1 ? t.nodes() : t.gpus();
    }

    private static long tresOf(SlurmJob job, int k) {
        Allocation a = job.allocation;
        return k == 0 ? a.totalCpus() : k == 1 ? a.nodeCount() : a.totalGpus();
    }

    /** What QOS {@code q}'s running jobs still hold of TRES {@code k}, in TRES-seconds. */
    private long runSeconds(int q, int k) {
        long held = 0;
        for (SlurmJob j : running.get(q)) {
            if (j.timeLimit == Long.MAX_VALUE) {
                if (tresOf(j, k) > 0) {
                    return Long.MAX_VALUE; // no time limit: it may hold the TRES for ever
                }
                continue;
            }
            // acct_policy.c: a starting job holds TRES x time limit x its QOS's UsageFactor, and each
            // decay pass takes off TRES x time x that factor (priority_multifactor.c tres_time_delta).
            double factor = j.usageFactor(qos);
            long limitSeconds = (long) (minutes(j.timeLimit) * MINUTE_SECONDS * factor);
            long charged = decay == null || lastRan <= j.start ? 0
                    : (long) ((lastRan - j.start) / SimTime.SECOND * factor);
            held += tresOf(j, k) * Math.max(0, limitSeconds - charged);
        }
        return held;
    }

    /** Runs the decay passes due by {@code now}. */
    private void catchUp(long now) {
        if (decay == null) {
            return;
        }
        long latest = calcPasses.atOrBefore(now);
        if (lastRan == Long.MIN_VALUE) {
            lastRan = latest;
            return;
        }
        if (lastRan + calcPeriod > now) {
            return;
        }
        boolean anyRunning = false;
        for (List<SlurmJob> jobs : running) {
            anyRunning |= jobs != null && !jobs.isEmpty();
        }
        if (!anyRunning) {
            decayTo(latest); // nothing to charge: one decay over the whole gap
            return;
        }
        for (long t = lastRan + calcPeriod; t <= now; t += calcPeriod) {
            for (int q = 0; q < usage.length; q++) {
                if (usage[q] == null) {
                    continue;
                }
                for (int k = 0; k < 3; k++) {
                    usage[q][k] *= decay.periodFactor(t - lastRan);
                }
                for (SlurmJob j : running.get(q)) {
                    chargeInterval(q, j, lastRan, t);
                }
            }
            lastRan = t;
        }
    }

    private void decayTo(long t) {
        for (double[] u : usage) {
            if (u != null) {
                for (int k = 0; k < 3; k++) {
                    u[k] *= decay.periodFactor(t - lastRan);
                }
            }
        }
        lastRan = t;
    }

    private void chargeInterval(int q, SlurmJob j, long last, long to) {
        long interval = Math.max(0, to - Math.max(last, j.start));
        double weight = SimTime.toSeconds(interval) * decay.over(interval) * j.usageFactor(qos);
        for (int k = 0; k < 3; k++) {
            usage[q][k] += tresOf(j, k) * weight;
        }
    }
}
