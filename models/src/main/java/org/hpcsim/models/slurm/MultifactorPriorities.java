package org.hpcsim.models.slurm;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.slurm.priority.AssociationSpec;
import org.hpcsim.models.slurm.priority.AssociationTree;
import org.hpcsim.models.slurm.priority.CalcPeriodDriver;
import org.hpcsim.models.slurm.priority.MultifactorConfig;
import org.hpcsim.models.slurm.priority.MultifactorPriority;
import org.hpcsim.models.slurm.priority.PriorityJob;

/**
 * priority/multifactor: each job's priority in each of its partitions, set at submission and
 * recomputed at every PriorityCalcPeriod after the decay pass (decay usage, charge running jobs,
 * recompute fair-share). In between priorities stay fixed, age included: slurmctld re-prioritises
 * pending jobs only from its decay thread (priority_multifactor.c, _decay_thread).
 *
 * <p>Usage is billed per second as the job's partition bills it: its allocated CPUs, or what the
 * partition's TRESBillingWeights make of its allocation ({@link BillingWeights}). A
 * job charges the user association its labels name (see {@link JobAssociations}). A job with no
 * association in the tree, and every job when there is no tree, gets fair-share factor 0 and
 * charges nothing: Slurm would refuse it at submission under AccountingStorageEnforce=associations
 * (slurm.conf(5)), and without that setting it runs with no association, so there is neither a
 * fair-share factor nor a usage record for it.
 *
 * <p>The QOS factor is the job's QOS priority over the highest QOS priority (0 without QOS). The
 * TRES factors are what the job asks for over its partition's totals ({@link TresFactors}). The
 * association factor and nice are 0: they are not modelled yet.
 */
final class MultifactorPriorities implements JobPriorities {
    /** What a pending job's priority is computed from: its association and one input per partition. */
    private record Inputs(int association, PriorityJob[] perPartition) {}

    private final List<Partition> partitions;
    /** The decay thread's passes: every PriorityCalcPeriod from the controller's start. */
    private final PeriodicGrid calcPasses;
    /** Whether the decay thread runs (slurmdbd); without it priorities are never recomputed. */
    private final boolean decayThread;
    private final long highestJobFactor;
    private final List<Qos> qos;
    private final long highestQosPriority;
    private final JobAssociations associations;
    private final CalcPeriodDriver driver;
    private final MultifactorPriority calculator;
    private final TresFactors tres;
    // Lookup only, never iterated, so hash order cannot leak into results.
    private final Map<SlurmJob, Inputs> pending = new IdentityHashMap<>();

    MultifactorPriorities(SlurmConfig cluster, MultifactorSetup setup) {
        MultifactorConfig config = setup.config();
        this.partitions = cluster.partitions();
        this.calcPasses = new PeriodicGrid(cluster.params().controllerStart(), config.calcPeriodNanos());
        this.decayThread = setup.decayThread();
        // read_config.c (_set_max_part_prio, _reset_part_prio): factor / highest over all partitions, 0 if all are 0.
        this.highestJobFactor = partitions.stream().mapToLong(Partition::priorityJobFactor).max().orElse(0);
        this.qos = cluster.qos().qos();
        this.highestQosPriority = cluster.qos().highestPriority();
        // Without a tree every job is unknown to an empty one: factor 0 for all, no usage kept.
        AssociationTree tree = AssociationTree.of(setup.accounts() != null ? setup.accounts() : AssociationSpec.root());
        this.associations = new JobAssociations(tree);
        this.driver = new CalcPeriodDriver(tree, config);
        int cpus = (int) Math.min(cluster.totalCpus(), Integer.MAX_VALUE);
        this.calculator = new MultifactorPriority(config, cluster.nodes().size(), cpus, driver);
        this.tres = new TresFactors(cluster, config.weights().tres().keySet());
    }

    @Override
    public void submitted(SlurmJob job, long now) {
        catchUp(now);
        int[] parts = job.request.partitions();
        // assoc_mgr.c: a QOS's norm_priority is its priority over the highest (g_qos_max_priority).
        double qosFactor = job.qos < 0 ? 0.0
                : PriorityJob.normalised(qos.get(job.qos).priority(), highestQosPriority);
        PriorityJob[] perPartition = new PriorityJob[parts.length];
        for (int k = 0; k < parts.length; k++) {
            Partition p = partitions.get(parts[k]);
            perPartition[k] = new PriorityJob(job.eligible, Math.max(job.request.minNodes(), 1),
                    job.request.cpus(), p.timeLimitFor(job.request.timeLimit()), job.job.labels().account(),
                    job.job.labels().user(), PriorityJob.normalised(p.priorityJobFactor(), highestJobFactor), qosFactor, 0, 0, 0,
                    tres.of(job, job.request, parts[k]));
        }
        Inputs inputs = new Inputs(associations.of(job.job.labels()), perPartition);
        pending.put(job, inputs);
        if (job.requeues > 0 && calcPasses.atOrBefore(now) <= job.submit) {
            // A requeued job keeps the priority it had (22.05: batch_requeue_fini does not set it;
            // 24.05.5 does) until the decay thread's next pass recomputes it, as every pending
            // job's (priority_multifactor.c decay_apply_weighted_factors).
            return;
        }
        prioritise(job, inputs, now);
    }

    @Override
    public boolean recalculate(Iterable<SlurmJob> jobs, long now) {
        catchUp(now);
        for (SlurmJob job : jobs) {
            prioritise(job, pending.get(job), now);
        }
        return true;
    }

    @Override
    public long calcPeriod() {
        return decayThread ? calcPasses.period() : 0;
    }

    @Override
    public void started(SlurmJob job, long now) {
        Inputs inputs = pending.remove(job);
        // Passes due before the start must not charge the job.
        catchUp(now);
        if (inputs.association() != AssociationTree.NONE) {
            // priority_multifactor.c _apply_new_usage: usage grows by the billable TRES per second
            // times the job's QOS's UsageFactor, never below 0 (CalcPeriodDriver takes no negative billing).
            driver.jobStarted(job.seq, inputs.association(), now,
                    Math.max(0, job.billing(partitions)) * job.usageFactor(qos));
        }
    }

    @Override
    public void ended(SlurmJob job, long now) {
        // Passes due before the end still charge the job.
        catchUp(now);
        if (associations.of(job.job.labels()) != AssociationTree.NONE) {
            driver.jobEnded(job.seq, now);
        }
    }

    private void prioritise(SlurmJob job, Inputs inputs, long now) {
        int assoc = inputs.association();
        double fairShare = assoc == AssociationTree.NONE ? 0.0 : driver.fairShareFactor(assoc);
        for (int k = 0; k < inputs.perPartition().length; k++) {
            job.priority[k] = calculator.priority(inputs.perPartition()[k], fairShare, now);
        }
    }

    /**
     * Runs the decay passes due by {@code now}, every PriorityCalcPeriod from the controller's start.
     * slurmctld's decay thread runs from start-up whether or not jobs wait, but the controller wakes
     * us only while jobs are pending, so passes it slept through run here before anything else.
     */
    private void catchUp(long now) {
        long latest = calcPasses.atOrBefore(now);
        if (driver.lastRanNanos() == Long.MIN_VALUE) {
            driver.recalculate(latest);
            return;
        }
        long next = driver.lastRanNanos() + calcPasses.period();
        if (next > now) {
            return;
        }
        if (driver.runningJobs() == 0) {
            // Nothing to charge: one decay over the whole gap is the product of the per-pass decays.
            driver.recalculate(latest);
            return;
        }
        for (long t = next; t <= now; t += calcPasses.period()) {
            driver.recalculate(t);
        }
    }
}
