package org.hpcsim.models.slurm;

import java.util.BitSet;
import org.hpcsim.models.cloud.LaunchModel;

/**
 * Slurm power saving on cloud nodes, as AWS ParallelCluster configures it: nodes defined with
 * {@code State=CLOUD} stay powered down (and unpaid) until a job is given them, then boot
 * (ResumeProgram) while the job is CONFIGURING; an idle one powers down after SuspendTime and may
 * not be allocated again for SuspendTimeout.
 *
 * <p>ParallelCluster writes {@code SuspendTime = ScaledownIdletime x 60} and
 * {@code SuspendTimeout=120} (aws-parallelcluster-cookbook, slurm_parallelcluster.conf and
 * slurm.conf.erb), and launches a node's EC2 instance from its ResumeProgram.
 *
 * @param cloud          the cloud (dynamic) nodes, by index in the configuration's node list
 * @param suspendTime    nanoseconds an idle cloud node waits before powering down (SuspendTime)
 * @param suspendTimeout nanoseconds a node powering down stays unavailable (SuspendTimeout)
 * @param bootTime       nanoseconds from ResumeProgram to the node running jobs, unless {@code launch}
 *                       draws boot times
 * @param launch         insufficient-capacity errors of launches and boot times drawn per node (its
 *                       cap on launches at once is not Slurm's: Slurm paces resumes with ResumeRate)
 * @param resumeRate     Slurm's ResumeRate and its power-save intervals ({@link ResumeRate#NONE} as
 *                       ParallelCluster writes it: ResumeRate=0, no limit)
 */
public record PowerSaving(BitSet cloud, long suspendTime, long suspendTimeout, long bootTime, LaunchModel launch,
                          ResumeRate resumeRate) {
    /** ParallelCluster's SuspendTimeout: 120 s (aws-parallelcluster-cookbook, templates/default/slurm/slurm.conf.erb). */
    public static final long PCLUSTER_SUSPEND_TIMEOUT = 120_000_000_000L;

    /** Validates the figures and copies the node set. */
    public PowerSaving {
        if (cloud == null || cloud.isEmpty()) {
            throw new IllegalArgumentException("power saving needs at least one cloud node");
        }
        if (suspendTime < 0 || suspendTimeout < 0 || bootTime < 0 || launch == null || resumeRate == null) {
            throw new IllegalArgumentException("power saving times must not be negative");
        }
        if (launch.maxLaunches() > 0) {
            throw new IllegalArgumentException("a cap on launches at once is not modelled under Slurm power saving"
                    + " (Slurm's is ResumeRate)");
        }
        if (resumeRate.limited() && launch.insufficientProbability() > 0) {
            throw new IllegalArgumentException("insufficient capacity is not modelled together with a ResumeRate");
        }
        cloud = (BitSet) cloud.clone();
    }

    /** Power saving without a ResumeRate, as ParallelCluster configures it. */
    public PowerSaving(BitSet cloud, long suspendTime, long suspendTimeout, long bootTime, LaunchModel launch) {
        this(cloud, suspendTime, suspendTimeout, bootTime, launch, ResumeRate.NONE);
    }

    /** The cloud nodes (a copy). */
    @Override
    public BitSet cloud() {
        return (BitSet) cloud.clone();
    }
}
