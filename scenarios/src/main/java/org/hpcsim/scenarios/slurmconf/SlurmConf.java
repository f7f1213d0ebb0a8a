package org.hpcsim.scenarios.slurmconf;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a slurm.conf (with its Include files and, for topology/tree, its topology.conf) says, in
 * Slurm's own terms; see {@link SlurmConfReader}.
 *
 * @param path           the slurm.conf read
 * @param clusterName    ClusterName; empty when not set
 * @param scheduling     SchedulerType, SchedulerParameters, SelectType and the other scheduling keys
 * @param priority       PriorityType and the priority/multifactor keys
 * @param preemption     PreemptType, PreemptMode, PreemptExemptTime
 * @param topologyPlugin TopologyPlugin, lower case; default {@code topology/none}
 * @param gresTypes      GresTypes, such as {@code [gpu, mps]}
 * @param nodes          one per node, in the order the NodeName lines name them
 * @param partitions     in file order
 * @param topology       the topology.conf, when read
 * @param ignored        keys read but not interpreted, slurm.conf's then topology.conf's, in file order
 * @param power          SuspendTime and SuspendTimeout, for the State=CLOUD nodes
 * @param jobSubmitPlugins JobSubmitPlugins, lower case without the "job_submit/" prefix
 * @param repeated       keys written more than once, whose last value was kept, each as
 *                       {@code KEY (FILE:LINE, again at FILE:LINE)}
 */
public record SlurmConf(Path path, Optional<String> clusterName, SchedulingConfig scheduling, PriorityConfig priority,
        PreemptionConfig preemption, String topologyPlugin, List<String> gresTypes, List<Node> nodes,
        List<Partition> partitions, Optional<Topology> topology, List<IgnoredKey> ignored, PowerConfig power,
        List<String> jobSubmitPlugins, List<String> repeated) {

    /** Copies the lists so the record stays immutable. */
    public SlurmConf {
        gresTypes = List.copyOf(gresTypes);
        nodes = List.copyOf(nodes);
        partitions = List.copyOf(partitions);
        ignored = List.copyOf(ignored);
        jobSubmitPlugins = List.copyOf(jobSubmitPlugins);
        repeated = List.copyOf(repeated);
    }

    /** The node of that name. */
    public Optional<Node> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** The partition of that name. */
    public Optional<Partition> partition(String name) {
        return partitions.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The partition jobs without one go to (the last Default=YES, as slurmctld keeps); empty when none. */
    public Optional<Partition> defaultPartition() {
        return partitions.stream().filter(Partition::isDefault).findFirst();
    }
}
