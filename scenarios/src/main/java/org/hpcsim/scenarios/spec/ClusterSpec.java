package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.cloud.InstanceCatalog;
import org.hpcsim.models.cloud.InstanceType;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.run.NodeFailures;

/**
 * A homogeneous cluster.
 *
 * @param nodes        number of nodes
 * @param coresPerNode cores in each node
 * @param gpusPerNode  GPUs in each node (counted with whole-node allocation)
 * @param allocation   whole nodes or single cores per job
 * @param instanceType a cloud instance type of the catalog the nodes are, or null
 * @param pricing      what the nodes cost, or null for no cost accounting
 * @param dynamicNodes nodes powered down until a job needs them, on top of the always-up {@code nodes}
 *                     (ParallelCluster: MinCount = nodes, MaxCount = nodes + dynamicNodes)
 * @param bootTime     seconds from powering a dynamic node up to running a job on it
 * @param scaledownIdleTime seconds a dynamic node stays idle before it powers down
 * @param spot         the Spot part of the static nodes and how it is interrupted, or null for no
 *                     interruptions (a cluster priced as Spot without it runs undisturbed)
 * @param failures     hardware failures of the static nodes (MTBF, MTTR), or null for none
 */
public record ClusterSpec(int nodes, int coresPerNode, int gpusPerNode, AllocationUnit allocation, String instanceType,
                          PricingSpec pricing, int dynamicNodes, double bootTime, double scaledownIdleTime,
                          SpotSpec spot, FailuresSpec failures) {
    /**
     * Seconds a new dynamic node takes: shared/REFERENCE.md (ParallelCluster) gives about 4-5
     * minutes from request to running jobs; 270 s is the middle.
     */
    public static final double DEFAULT_BOOT_TIME = 270;
    /** ParallelCluster's default ScaledownIdletime, 10 minutes (shared/REFERENCE.md). */
    public static final double DEFAULT_SCALEDOWN_IDLE_TIME = 600;

    /** Validates the cluster. */
    public ClusterSpec {
        InvalidFieldException.require(dynamicNodes >= 0, "dynamicNodes", "must be 0 or more, got " + dynamicNodes);
        InvalidFieldException.require(nodes > 0 || (nodes == 0 && dynamicNodes > 0), "nodes",
                (dynamicNodes > 0 ? "must be 0 or more, got " : "must be a positive number of nodes, got ") + nodes);
        InvalidFieldException.require(coresPerNode > 0, "coresPerNode",
                "must be a positive number of cores, got " + coresPerNode);
        InvalidFieldException.require(((long) nodes + dynamicNodes) * coresPerNode <= Integer.MAX_VALUE, "coresPerNode",
                "(nodes + dynamicNodes) x coresPerNode must stay below 2^31 cores");
        InvalidFieldException.require(dynamicNodes == 0 || allocation == AllocationUnit.NODE, "dynamicNodes",
                "needs allocation: node (dynamic nodes are allocated whole, as in ParallelCluster)");
        InvalidFieldException.require(bootTime >= 0 && Double.isFinite(bootTime), "bootTime",
                "must be 0 or more seconds, got " + bootTime);
        InvalidFieldException.require(scaledownIdleTime >= 0 && Double.isFinite(scaledownIdleTime), "scaledownIdleTime",
                "must be 0 or more seconds, got " + scaledownIdleTime);
        InvalidFieldException.require(gpusPerNode >= 0, "gpusPerNode", "must be 0 or more, got " + gpusPerNode);
        InvalidFieldException.require(allocation != null, "allocation", "must be 'node' or 'core'");
        InvalidFieldException.require(instanceType == null || InstanceCatalog.find(instanceType).isPresent(),
                "instanceType", "unknown instance type '" + instanceType + "' (known: " + InstanceCatalog.names() + ")");
        InvalidFieldException.require(pricing == null || pricing.perNodeHour() > 0 || instanceType != null, "pricing",
                "needs perNodeHour when the cluster names no instanceType");
        InvalidFieldException.require(spot == null || dynamicNodes == 0, "spot",
                "interruptions are modelled on static nodes only (this cluster has dynamicNodes)");
        InvalidFieldException.require(spot == null || pricing == null || "spot".equals(pricing.capacity()), "spot",
                "needs pricing.capacity: spot (its spotDiscount prices the Spot nodes; the rest pay On-Demand)");
        InvalidFieldException.require(failures == null || dynamicNodes == 0, "failures",
                "are modelled on static nodes only (this cluster has dynamicNodes)");
        InvalidFieldException.require(spot == null || failures == null || spot.checkpointInterval() == 0
                        || failures.checkpointInterval() == 0 || spot.checkpointing().equals(failures.checkpointing()),
                "failures.checkpoint", "differs from spot.checkpoint: a job checkpoints one way; give it once");
    }

    /** How the static nodes fail (Spot interruptions, hardware failures), or null when they do not. */
    public NodeFailures nodeFailures() {
        return nodeFailures(nodes);
    }

    /**
     * How a fleet of {@code fleet} nodes fails, numbered On-Demand first and Spot last (the Spot
     * share taken of {@code fleet}), or null when it does not: a slurm.conf's node count may differ
     * from what the scenario's size says.
     */
    public NodeFailures nodeFailures(int fleet) {
        if (spot == null && failures == null) {
            return null;
        }
        List<FailureProcess> processes = new ArrayList<>();
        Checkpointing checkpoints = Checkpointing.NONE;
        if (spot != null) {
            processes.add(spot.interruptions(fleet).process(fleet));
            checkpoints = spot.checkpointing();
        }
        if (failures != null) {
            processes.add(failures.process(fleet));
            checkpoints = checkpoints == Checkpointing.NONE ? failures.checkpointing() : checkpoints;
        }
        return new NodeFailures(processes, checkpoints);
    }

    /** The share of the static nodes that are Spot, as whole nodes: 0 without a spot block. */
    public double spotNodesShare() {
        return spot == null || nodes == 0 ? 0 : (double) spot.spotNodes(nodes) / nodes;
    }

    /** A cluster without Spot interruptions. */
    public ClusterSpec(int nodes, int coresPerNode, int gpusPerNode, AllocationUnit allocation, String instanceType,
                       PricingSpec pricing, int dynamicNodes, double bootTime, double scaledownIdleTime) {
        this(nodes, coresPerNode, gpusPerNode, allocation, instanceType, pricing, dynamicNodes, bootTime,
                scaledownIdleTime, null, null);
    }

    /** A static cluster (no dynamic nodes). */
    public ClusterSpec(int nodes, int coresPerNode, int gpusPerNode, AllocationUnit allocation, String instanceType,
                       PricingSpec pricing) {
        this(nodes, coresPerNode, gpusPerNode, allocation, instanceType, pricing, 0, DEFAULT_BOOT_TIME,
                DEFAULT_SCALEDOWN_IDLE_TIME);
    }

    /** This cluster with {@code nodes} static nodes of {@code coresPerNode} cores, the rest kept. */
    public ClusterSpec withSize(int nodes, int coresPerNode) {
        return new ClusterSpec(nodes, coresPerNode, gpusPerNode, allocation, instanceType, pricing, dynamicNodes,
                bootTime, scaledownIdleTime, spot, failures);
    }

    /** This cluster with jobs allocated {@code allocation} (whole nodes or cores), the rest kept. */
    public ClusterSpec withAllocation(AllocationUnit allocation) {
        return new ClusterSpec(nodes, coresPerNode, gpusPerNode, allocation, instanceType, pricing, dynamicNodes,
                bootTime, scaledownIdleTime, spot, failures);
    }

    /** A cluster without GPUs. */
    public ClusterSpec(int nodes, int coresPerNode, AllocationUnit allocation) {
        this(nodes, coresPerNode, 0, allocation);
    }

    /** A cluster of no particular instance type, without cost accounting. */
    public ClusterSpec(int nodes, int coresPerNode, int gpusPerNode, AllocationUnit allocation) {
        this(nodes, coresPerNode, gpusPerNode, allocation, null, null);
    }

    @JsonCreator
    static ClusterSpec fromFile(@JsonProperty("nodes") Integer nodes,
                                @JsonProperty("coresPerNode") Integer coresPerNode,
                                @JsonProperty("gpusPerNode") Integer gpusPerNode,
                                @JsonProperty("allocation") String allocation,
                                @JsonProperty("instanceType") String instanceType,
                                @JsonProperty("pricing") PricingSpec pricing,
                                @JsonProperty("dynamicNodes") Integer dynamicNodes,
                                @JsonProperty("bootTime") Double bootTime,
                                @JsonProperty("scaledownIdleTime") Double scaledownIdleTime,
                                @JsonProperty("spot") SpotSpec spot,
                                @JsonProperty("failures") FailuresSpec failures) {
        InvalidFieldException.require(nodes != null, "nodes", "is required (a positive number of nodes)");
        // An instance type fills in the node's size: its physical cores (multithreading off, as
        // HPC clusters usually run) and its GPUs, unless the scenario says otherwise.
        InstanceType type = instanceType == null ? null : InstanceCatalog.find(instanceType).orElseThrow(
                () -> new InvalidFieldException("instanceType", "unknown instance type '" + instanceType + "' (known: "
                        + InstanceCatalog.names() + ")"));
        int cores = coresPerNode != null ? coresPerNode : type != null ? type.cores() : 1;
        int gpus = gpusPerNode != null ? gpusPerNode : type != null ? type.gpus() : 0;
        return new ClusterSpec(nodes, cores, gpus, Names.allocation(allocation), instanceType,
                pricing != null ? pricing : type != null ? PricingSpec.CATALOG : null,
                dynamicNodes != null ? dynamicNodes : 0, bootTime != null ? bootTime : DEFAULT_BOOT_TIME,
                scaledownIdleTime != null ? scaledownIdleTime : DEFAULT_SCALEDOWN_IDLE_TIME, spot, failures);
    }
}
