package org.hpcsim.scenarios.run;

import java.util.BitSet;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.PowerSaving;
import org.hpcsim.models.slurm.ResumeRate;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.spec.ClusterSpec;

/**
 * A scenario's dynamic nodes under policy slurm, set up as ParallelCluster sets up a compute
 * resource: the MinCount static nodes first, then the dynamic ones with {@code State=CLOUD},
 * SuspendTime = ScaledownIdletime, SuspendTimeout 120 s, ResumeRate=0 (no limit), and a higher
 * Weight so idle static nodes are used before idle dynamic ones.
 */
final class SlurmPowerSaving {
    /**
     * ParallelCluster gives dynamic nodes Weight=1000 and static ones Weight=1
     * (aws-parallelcluster-cookbook CHANGELOG 3.7.0: "Assign Slurm dynamic nodes a priority (weight)
     * of 1000 by default"; head_node_slurm/slurm/config_renderer.py).
     */
    static final int DYNAMIC_WEIGHT = 1000;

    private SlurmPowerSaving() {}

    /** Power saving for {@code cluster}'s dynamic nodes, the last of {@code config}'s nodes; null without any. */
    static PowerSaving of(ClusterSpec cluster, SlurmConfig config) {
        if (cluster.dynamicNodes() == 0) {
            return null;
        }
        if (cluster.maxLaunches() > 0) {
            throw new ScenarioException("cluster.maxLaunches: not modelled under policy slurm, which paces launches"
                    + " with ResumeRate (nodes a minute) in a slurm.conf given as scheduler.slurm.conf; allowed: 0,"
                    + " or policy fcfs/easy/conservative");
        }
        if (config.topology() != null) {
            throw new ScenarioException("cluster.dynamicNodes: not with a topology/tree switch description");
        }
        int total = config.nodes().size();
        BitSet cloud = new BitSet();
        cloud.set(total - cluster.dynamicNodes(), total);
        return new PowerSaving(cloud, SimTime.ofSeconds(cluster.scaledownIdleTime()),
                PowerSaving.PCLUSTER_SUSPEND_TIMEOUT, BootTimes.fixed(cluster.bootTime()), BootTimes.launchModel(cluster),
                ResumeRate.NONE); // ParallelCluster writes ResumeRate=0 (slurm.conf.erb): no limit
    }
}
