package org.hpcsim.scenarios.pcluster;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.models.cloud.NodeGroup;
import org.hpcsim.models.slurm.Partition;
import org.hpcsim.models.slurm.PowerSaving;
import org.hpcsim.models.slurm.ResumeRate;
import org.hpcsim.models.slurm.SelectType;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.models.slurm.SlurmNode;
import org.hpcsim.scenarios.spec.ComputeResourceSpec;
import org.hpcsim.scenarios.spec.SlurmSpec;

/**
 * The Slurm cluster ParallelCluster's config renderer writes for several compute resources
 * (aws-parallelcluster-cookbook, head_node_slurm/slurm/config_renderer.py and
 * templates/slurm_parallelcluster_queue_partition.conf): per compute resource, its static nodes
 * {@code <queue>-st-<cr>-[1-MinCount]} at StaticNodeWeight 1, then its dynamic nodes
 * {@code <queue>-dy-<cr>-[1-(MaxCount-MinCount)]} at DynamicNodeWeight 1000, powered down until a
 * job needs them; one partition per queue holding its compute resources' nodes, the first queue
 * {@code Default=YES}, no PriorityTier. ParallelCluster marks static nodes State=CLOUD too but
 * keeps them up (clustermgtd replaces them); hpcsim has them always up.
 */
public final class PclusterSlurm {
    /** StaticNodeWeight's default (aws-parallelcluster config schema; config_renderer.py writes it). */
    static final int STATIC_WEIGHT = 1;
    /** DynamicNodeWeight's default (aws-parallelcluster-cookbook CHANGELOG 3.7.0, config_renderer.py). */
    static final int DYNAMIC_WEIGHT = 1000;

    private PclusterSlurm() {}

    /** The nodes and partitions of {@code resources}, in order, with the controller settings of {@code spec}. */
    public static SlurmConfig config(List<ComputeResourceSpec> resources, SlurmSpec spec) {
        List<SlurmNode> nodes = new ArrayList<>();
        Map<String, BitSet> queues = new LinkedHashMap<>();
        for (ComputeResourceSpec cr : resources) {
            BitSet queue = queues.computeIfAbsent(cr.queue(), q -> new BitSet());
            for (int i = 1; i <= cr.staticNodes(); i++) {
                queue.set(nodes.size());
                nodes.add(node(cr, "st", i, STATIC_WEIGHT));
            }
            for (int i = 1; i <= cr.dynamicNodes(); i++) {
                queue.set(nodes.size());
                nodes.add(node(cr, "dy", i, DYNAMIC_WEIGHT));
            }
        }
        List<Partition> partitions = new ArrayList<>();
        queues.forEach((name, members) -> partitions.add(Partition.of(name, members, partitions.isEmpty())));
        // Jobs get whole nodes (select/linear), as with one compute resource: hpcsim's autoscaling
        // powers whole nodes up for a job.
        return new SlurmConfig(nodes, partitions, spec.scheduler(), SelectType.LINEAR, spec.params(), true, null);
    }

    /**
     * Power saving of the dynamic nodes: SuspendTime {@code scaledownIdleTime} s (ScaledownIdletime),
     * SuspendTimeout 120 s, each boot {@code bootTime} ns or drawn as {@code launch} says, no
     * ResumeRate (ParallelCluster writes ResumeRate=0, slurm.conf.erb); null when every node is static.
     */
    public static PowerSaving power(List<ComputeResourceSpec> resources, long bootTime, LaunchModel launch,
                                    double scaledownIdleTime) {
        BitSet cloud = new BitSet();
        int next = 0;
        for (ComputeResourceSpec cr : resources) {
            next += cr.staticNodes();
            cloud.set(next, next + cr.dynamicNodes());
            next += cr.dynamicNodes();
        }
        return cloud.isEmpty() ? null : new PowerSaving(cloud, SimTime.ofSeconds(scaledownIdleTime),
                PowerSaving.PCLUSTER_SUSPEND_TIMEOUT, bootTime, launch, ResumeRate.NONE);
    }

    /** The cost groups: each compute resource's nodes at its instance type's price, On-Demand or Spot. */
    public static List<NodeGroup> groups(List<ComputeResourceSpec> resources) {
        List<NodeGroup> groups = new ArrayList<>();
        int first = 0;
        for (ComputeResourceSpec cr : resources) {
            groups.add(new NodeGroup(cr.label(), cr.instanceType(), first, cr.staticNodes(), cr.dynamicNodes(),
                    cr.cpus(), cr.pricing().resolve(cr.instanceType())));
            first += cr.staticNodes() + cr.dynamicNodes();
        }
        return groups;
    }

    private static SlurmNode node(ComputeResourceSpec cr, String kind, int i, int weight) {
        List<String> features = new ArrayList<>();
        features.add(kind.equals("st") ? "static" : "dynamic");
        features.addAll(cr.features());
        return new SlurmNode(cr.queue() + "-" + kind + "-" + cr.name() + "-" + i, cr.cpus(), cr.memoryMb(), cr.gpus(),
                cr.gpuType(), weight, features);
    }
}
