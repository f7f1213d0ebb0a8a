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
 * @param bootTime       nanoseconds from ResumeProgram to the node running jobs
 * @param launch         insufficient-capacity errors of launches (the cap on launches at once is not
 *                       modelled under Slurm: ParallelCluster writes ResumeRate=0, no limit)
 */
public record PowerSaving(BitSet cloud, long suspendTime, long suspendTimeout, long bootTime, LaunchModel launch) {
    /** ParallelCluster's SuspendTimeout: 120 s (aws-parallelcluster-cookbook, templates/default/slurm/slurm.conf.erb). */
    public static final long PCLUSTER_SUSPEND_TIMEOUT = 120_000_000_000L;

    /** Validates the figures and copies the node set. */
    public PowerSaving {
        if (cloud == null || cloud.isEmpty()) {
            throw new IllegalArgumentException("power saving needs at least one cloud node");
        }
        if (suspendTime < 0 || suspendTimeout < 0 || bootTime < 0 || launch == null) {
            throw new IllegalArgumentException("power saving times must not be negative");
        }
        if (launch.maxLaunches() > 0) {
            throw new IllegalArgumentException("a cap on launches at once is not modelled under Slurm power saving");
        }
        cloud = (BitSet) cloud.clone();
    }

    /** The cloud nodes (a copy). */
    @Override
    public BitSet cloud() {
        return (BitSet) cloud.clone();
    }
}
