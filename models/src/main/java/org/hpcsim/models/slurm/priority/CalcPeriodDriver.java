package org.hpcsim.models.slurm.priority;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hpcsim.core.SimTime;

/**
 * The periodic half of priority/multifactor, slurmctld's decay thread: the scheduler calls
 * {@link #recalculate} every PriorityCalcPeriod (and once at start, as slurmctld runs the thread
 * at startup); between calls the fair-share factors stay fixed.
 *
 * <p>One pass at time {@code now}, with {@code last} the previous pass and d the per-second decay
 * factor (see {@link HalfLifeDecay}):
 * <ol>
 *   <li>every association's usage is multiplied by d^(now - last) (skipped on the first pass);</li>
 *   <li>each running job charges billing * t * d^t to its user association and all ancestors,
 *       where t = now - max(last, job start) in seconds (from its start on the first pass);</li>
 *   <li>fair-share factors are recomputed (Fair Tree, or classic with NO_FAIR_TREE).</li>
 * </ol>
 * With NO_FAIR_TREE slurmctld skips step 2 on its first pass (the loop jumps straight to the
 * fair-share step when it has no previous run), and so do we.
 *
 * <p>A job's usage is charged only by these passes, plus, when
 * {@link MultifactorConfig#chargeFinalInterval()} is set, the interval from the last pass to the
 * job's end, charged when it ends with the same d^t weight (priority_p_job_end).
 *
 * <p>Billing is TRES-billing units per second of running, normally the allocated CPU count; fold a
 * QOS UsageFactor into it if you model one. Usage is then in billing-seconds.
 */
public final class CalcPeriodDriver {
    private final AssociationTree tree;
    private final MultifactorConfig config;
    private final HalfLifeDecay decay;
    private final UsageLedger usage;
    // Insertion (start) order, so charges are summed in the same order on every run.
    private final Map<Long, Running> running = new LinkedHashMap<>();
    private FairShareFactors factors;
    private long lastRan;
    private boolean hasRun;

    private record Running(int assoc, long startNanos, double billing) {}

    /** A driver with no usage yet; factors are 0 until the first {@link #recalculate}. */
    public CalcPeriodDriver(AssociationTree tree, MultifactorConfig config) {
        this.tree = tree;
        this.config = config;
        this.decay = config.decay();
        this.usage = new UsageLedger(tree);
        this.factors = FairShareFactors.zero(tree.size());
    }

    /** Records a job that starts running, charging the association {@code tree.resolve(account, user)}. */
    public void jobStarted(long jobId, String account, String user, long startNanos, double billing) {
        jobStarted(jobId, tree.resolve(account, user), startNanos, billing);
    }

    /** Records a job that starts running on user association {@code assoc} with the given billing per second. */
    public void jobStarted(long jobId, int assoc, long startNanos, double billing) {
        if (!tree.isUser(assoc)) {
            throw new IllegalArgumentException("jobs charge user associations; " + tree.name(assoc) + " is an account");
        }
        if (!(billing >= 0) || Double.isInfinite(billing)) {
            throw new IllegalArgumentException("billing must be finite and >= 0, got " + billing);
        }
        if (running.putIfAbsent(jobId, new Running(assoc, startNanos, billing)) != null) {
            throw new IllegalArgumentException("job " + jobId + " is already running");
        }
    }

    /** Records a job's end; charges its last partial interval only if the configuration says so. */
    public void jobEnded(long jobId, long endNanos) {
        Running job = running.remove(jobId);
        if (job == null) {
            throw new IllegalArgumentException("job " + jobId + " is not running");
        }
        if (config.chargeFinalInterval()) {
            charge(job, endNanos);
        }
    }

    /** One decay-thread pass at {@code nowNanos}: decay, charge running jobs, recompute fair-share. */
    public void recalculate(long nowNanos) {
        if (hasRun && nowNanos < lastRan) {
            throw new IllegalArgumentException("time went backwards: " + nowNanos + " < " + lastRan);
        }
        if (hasRun) {
            usage.decay(decay.periodFactor(nowNanos - lastRan));
        }
        if (hasRun || !config.classicFairShare()) {
            for (Running job : running.values()) {
                charge(job, nowNanos);
            }
        }
        factors = config.classicFairShare() ? ClassicFairShare.compute(usage, config.dampeningFactor())
                : FairTree.compute(usage);
        lastRan = nowNanos;
        hasRun = true;
    }

    private void charge(Running job, long endNanos) {
        long from = hasRun ? Math.max(lastRan, job.startNanos()) : job.startNanos();
        long interval = Math.max(0, endNanos - from);
        double seconds = SimTime.toSeconds(interval);
        usage.charge(job.assoc(), job.billing() * (seconds * decay.over(interval)));
    }

    /** The fair-share factor of a user association as of the last pass. */
    public double fairShareFactor(int assoc) {
        return factors.factor(assoc);
    }

    /** The fair-share factor a job of (account, user) gets, resolved through the tree's fallback. */
    public double fairShareFactor(String account, String user) {
        return factors.factor(tree.resolve(account, user));
    }

    /** All factors as of the last pass (sshare's view). */
    public FairShareFactors factors() {
        return factors;
    }

    /** Decayed raw usage of an association in billing-seconds, including charges since the last pass. */
    public double rawUsage(int assoc) {
        return usage.raw(assoc);
    }

    /** Time of the last pass, or {@code Long.MIN_VALUE} before the first. */
    public long lastRanNanos() {
        return hasRun ? lastRan : Long.MIN_VALUE;
    }

    /** When the next pass is due: one PriorityCalcPeriod after the last, or now if none ran. */
    public long nextDueNanos(long nowNanos) {
        return hasRun ? lastRan + config.calcPeriodNanos() : nowNanos;
    }

    /** Number of jobs currently charging usage. */
    public int runningJobs() {
        return running.size();
    }

    /** The association tree. */
    public AssociationTree tree() {
        return tree;
    }

    /** The configuration. */
    public MultifactorConfig config() {
        return config;
    }
}
