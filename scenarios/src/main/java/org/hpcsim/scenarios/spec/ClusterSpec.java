package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.cloud.InstanceCatalog;
import org.hpcsim.models.cloud.InstanceType;
import org.hpcsim.models.cloud.LaunchModel;
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
 * @param bootTime     seconds from powering a dynamic node up to running a job on it, fixed or drawn
 *                     per node from a distribution
 * @param scaledownIdleTime seconds a dynamic node stays idle before it powers down
 * @param spot         the Spot nodes and how they are interrupted, or null for no interruptions (a
 *                     cluster priced as Spot without it runs undisturbed); with {@code dynamicNodes}
 *                     every node, static and dynamic, is Spot ({@code share} 1, as a ParallelCluster
 *                     compute resource is all Spot or all On-Demand) and an interrupted dynamic node
 *                     is terminated, not replaced; not with {@code maxLaunches}
 * @param failures     hardware failures of the static nodes (MTBF, MTTR), or null for none; not with
 *                     {@code dynamicNodes}
 * @param capacity     insufficient-capacity errors of dynamic node launches, or null for none
 * @param maxLaunches  dynamic nodes booting at once, 0 for no limit
 * @param batch        the AWS Batch compute environment the nodes stand for, or null; when given,
 *                     {@code nodes}, {@code dynamicNodes} and {@code coresPerNode} are its mapping
 * @param headNode     the instance type of the cluster's head node (ParallelCluster's HeadNode), paid
 *                     On-Demand over the whole run, or null for none
 * @param computeResources the node groups of a cluster of several instance types (ParallelCluster
 *                     compute resources, imported with {@code --pcluster}), each its own Slurm
 *                     nodes priced its own way, or null for a homogeneous cluster; under policy
 *                     slurm only, {@code nodes} and {@code coresPerNode} then only size the metrics;
 *                     not a scenario file's field (only an import gives it)
 */
public record ClusterSpec(int nodes, int coresPerNode, int gpusPerNode, AllocationUnit allocation, String instanceType,
                          PricingSpec pricing, int dynamicNodes, BootTimeSpec bootTime, double scaledownIdleTime,
                          SpotSpec spot, FailuresSpec failures, CapacitySpec capacity, int maxLaunches,
                          BatchSpec batch, String headNode,
                          @JsonIgnore List<ComputeResourceSpec> computeResources) {
    /**
     * Seconds a new dynamic node takes: shared/REFERENCE.md (ParallelCluster) gives about 4-5
     * minutes from request to running jobs; 270 s is the middle.
     */
    public static final double DEFAULT_BOOT_TIME = 270;
    /**
     * ParallelCluster's default ScaledownIdletime, 10 minutes (shared/REFERENCE.md). A Batch
     * environment without a scale-down delay takes it too: AWS documents no figure for how soon
     * Batch ends an idle instance then (an assumption).
     */
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
        InvalidFieldException.require(bootTime != null, "bootTime", "is required");
        InvalidFieldException.require(bootTime.isDrawn() || (bootTime.seconds() >= 0 && Double.isFinite(bootTime.seconds())),
                "bootTime", "must be 0 or more seconds, or a distribution (" + RuntimeSpec.DISTRIBUTIONS + "), got "
                        + bootTime.seconds());
        InvalidFieldException.require(scaledownIdleTime >= 0 && Double.isFinite(scaledownIdleTime), "scaledownIdleTime",
                "must be 0 or more seconds, got " + scaledownIdleTime);
        InvalidFieldException.require(gpusPerNode >= 0, "gpusPerNode", "must be 0 or more, got " + gpusPerNode);
        InvalidFieldException.require(allocation != null, "allocation", "must be 'node' or 'core'");
        InvalidFieldException.require(instanceType == null || InstanceCatalog.find(instanceType).isPresent(),
                "instanceType", "unknown instance type '" + instanceType + "' (known: " + InstanceCatalog.names() + ")");
        InvalidFieldException.require(pricing == null || pricing.perNodeHour() > 0 || instanceType != null, "pricing",
                "needs perNodeHour when the cluster names no instanceType");
        InvalidFieldException.require(spot == null || dynamicNodes == 0 || spot.share() == 1, "spot.share",
                "must be 1 with dynamicNodes: every node of an autoscaling cluster is Spot, as a ParallelCluster"
                        + " compute resource is all Spot or all On-Demand (leave share out)");
        InvalidFieldException.require(spot == null || dynamicNodes == 0 || batch == null, "spot",
                "interruptions of a batch environment's instances are not modelled (Batch retries jobs its own way)");
        InvalidFieldException.require(spot == null || dynamicNodes == 0 || maxLaunches == 0, "spot",
                "interruptions of dynamic nodes are not modelled with maxLaunches (a node waiting for its launch)");
        InvalidFieldException.require(spot == null || pricing == null || "spot".equals(pricing.capacity()), "spot",
                "needs pricing.capacity: spot (its spotDiscount prices the Spot nodes; the rest pay On-Demand)");
        InvalidFieldException.require(spot == null || failures == null || spot.checkpointInterval() == 0
                        || failures.checkpointInterval() == 0 || spot.checkpointing().equals(failures.checkpointing()),
                "failures.checkpoint", "differs from spot.checkpoint: a job checkpoints one way; give it once");
        InvalidFieldException.require(maxLaunches >= 0, "maxLaunches",
                "must be 0 (no limit) or a positive number of nodes booting at once, got " + maxLaunches);
        InvalidFieldException.require(maxLaunches == 0 || dynamicNodes > 0 || batch != null, "maxLaunches",
                "needs dynamicNodes (only dynamic nodes boot)");
        InvalidFieldException.require(capacity == null || batch == null, "capacity",
                "insufficient capacity is modelled as ParallelCluster handles it (dynamicNodes), not for a batch"
                        + " environment (Batch waits for capacity instead)");
        InvalidFieldException.require(capacity == null || dynamicNodes > 0, "capacity",
                "needs dynamicNodes (only dynamic nodes are launched)");
        computeResources = computeResources == null ? null : List.copyOf(computeResources);
        InvalidFieldException.require(computeResources == null || (!computeResources.isEmpty()
                && dynamicNodes == 0 && batch == null && failures == null && capacity == null), "computeResources",
                "at least one, and not with failures, capacity, dynamicNodes or batch (not modelled together)");
        InvalidFieldException.require(computeResources == null || spot == null || spot.share() == 1, "spot.share",
                "must be 1 with several compute resources: the Spot queues' nodes are the Spot ones (leave share out)");
        if (batch != null) {
            checkBatchMapping(nodes, coresPerNode, allocation, instanceType, dynamicNodes, batch);
        }
    }

    // The record may be built in code too: its nodes must be what the batch environment maps to.
    private static void checkBatchMapping(int nodes, int coresPerNode, AllocationUnit allocation, String instanceType,
                                          int dynamicNodes, BatchSpec batch) {
        InstanceType type = instanceType == null ? null : InstanceCatalog.find(instanceType).orElse(null);
        InvalidFieldException.require(type != null, "batch.instanceType",
                "is required: the instances' type (known: " + InstanceCatalog.names() + ")");
        int v = type.vcpus();
        InvalidFieldException.require(batch.instances(v) >= 1, "batch.maxvCpus",
                "must be at least one " + type.name() + "'s " + v + " vCPUs, got " + batch.maxvCpus());
        InvalidFieldException.require(allocation == AllocationUnit.NODE, "allocation",
                "must be node with a batch environment (each job takes whole instances)");
        InvalidFieldException.require(nodes == batch.staticInstances(v) && dynamicNodes == batch.dynamicInstances(v)
                        && coresPerNode == v, "batch",
                "sizes the cluster (" + batch.staticInstances(v) + " + " + batch.dynamicInstances(v) + " instances of "
                        + v + " vCPUs); nodes, dynamicNodes and coresPerNode cannot be set apart from it");
    }

    /** How the dynamic nodes' launches behave: insufficient capacity and the cap on boots at once. */
    public LaunchModel launchModel() {
        if (dynamicNodes == 0 || (capacity == null && maxLaunches == 0)) {
            return LaunchModel.UNLIMITED;
        }
        return new LaunchModel(capacity == null ? 0 : capacity.insufficientProbability(),
                SimTime.ofSeconds(capacity == null ? CapacitySpec.DEFAULT_DOWN_TIME : capacity.downTime()), maxLaunches);
    }

    /**
     * How the nodes fail (Spot interruptions, hardware failures), or null when they do not: with
     * dynamic nodes, Spot interruptions of every node.
     */
    public NodeFailures nodeFailures() {
        return nodeFailures(nodes + dynamicNodes);
    }

    /**
     * How a fleet of {@code fleet} nodes fails, numbered On-Demand first and Spot last (the Spot
     * share taken of {@code fleet}; with compute resources, the nodes of each Spot one), or null when
     * it does not: a slurm.conf's node count may differ from what the scenario's size says.
     */
    public NodeFailures nodeFailures(int fleet) {
        if (spot == null && failures == null) {
            return null;
        }
        List<FailureProcess> processes = new ArrayList<>();
        Checkpointing checkpoints = Checkpointing.NONE;
        if (spot != null && computeResources != null) {
            processes.addAll(SpotQueues.processes(computeResources, spot));
            checkpoints = spot.checkpointing();
        } else if (spot != null) {
            processes.add(spot.interruptions(fleet).process(fleet));
            checkpoints = spot.checkpointing();
        }
        if (failures != null) {
            processes.add(failures.process(fleet));
            checkpoints = checkpoints == Checkpointing.NONE ? failures.checkpointing() : checkpoints;
        }
        return new NodeFailures(processes, checkpoints);
    }

    /**
     * CPUs of a node that may fail, to turn lost CPU-hours into node-hours: a node's cores, or with
     * compute resources those of the Spot ones (when they differ, the mean over their nodes).
     */
    public double cpusOfFailingNodes() {
        return computeResources == null ? coresPerNode : SpotQueues.spotCpus(computeResources);
    }

    /** The share of the nodes that are Spot, as whole nodes: 0 without a spot block, 1 with dynamic nodes. */
    public double spotNodesShare() {
        if (spot == null) {
            return 0;
        }
        return dynamicNodes > 0 ? 1 : (double) spot.spotNodes(nodes) / nodes;
    }

    /** This cluster with {@code spot} as its Spot interruptions (null: none), the rest kept. */
    public ClusterSpec withSpot(SpotSpec spot) {
        return new ClusterSpec(nodes, coresPerNode, gpusPerNode, allocation, instanceType, pricing, dynamicNodes,
                bootTime, scaledownIdleTime, spot, failures, capacity, maxLaunches, batch, headNode, computeResources);
    }

    /** A homogeneous cluster (no compute resources of several instance types). */
    public ClusterSpec(int nodes, int coresPerNode, int gpusPerNode, AllocationUnit allocation, String instanceType,
                       PricingSpec pricing, int dynamicNodes, BootTimeSpec bootTime, double scaledownIdleTime,
                       SpotSpec spot, FailuresSpec failures, CapacitySpec capacity, int maxLaunches,
                       BatchSpec batch, String headNode) {
        this(nodes, coresPerNode, gpusPerNode, allocation, instanceType, pricing, dynamicNodes, bootTime,
                scaledownIdleTime, spot, failures, capacity, maxLaunches, batch, headNode, null);
    }

    /** This cluster with {@code resources} as its node groups (null: homogeneous), the rest kept. */
    public ClusterSpec withComputeResources(List<ComputeResourceSpec> resources) {
        return new ClusterSpec(nodes, coresPerNode, gpusPerNode, allocation, instanceType, pricing, dynamicNodes,
                bootTime, scaledownIdleTime, spot, failures, capacity, maxLaunches, batch, headNode, resources);
    }

    /** A cluster whose dynamic nodes all boot in {@code bootTime} seconds. */
    public ClusterSpec(int nodes, int coresPerNode, int gpusPerNode, AllocationUnit allocation, String instanceType,
                       PricingSpec pricing, int dynamicNodes, double bootTime, double scaledownIdleTime,
                       SpotSpec spot, FailuresSpec failures, CapacitySpec capacity, int maxLaunches,
                       BatchSpec batch, String headNode) {
        this(nodes, coresPerNode, gpusPerNode, allocation, instanceType, pricing, dynamicNodes,
                BootTimeSpec.fixed(bootTime), scaledownIdleTime, spot, failures, capacity, maxLaunches, batch, headNode);
    }

    /** A cluster without a head node. */
    public ClusterSpec(int nodes, int coresPerNode, int gpusPerNode, AllocationUnit allocation, String instanceType,
                       PricingSpec pricing, int dynamicNodes, double bootTime, double scaledownIdleTime,
                       SpotSpec spot, FailuresSpec failures, CapacitySpec capacity, int maxLaunches,
                       BatchSpec batch) {
        this(nodes, coresPerNode, gpusPerNode, allocation, instanceType, pricing, dynamicNodes, bootTime,
                scaledownIdleTime, spot, failures, capacity, maxLaunches, batch, null);
    }

    /** This cluster with a head node of instance type {@code type} (null: none), the rest kept. */
    public ClusterSpec withHeadNode(String type) {
        return new ClusterSpec(nodes, coresPerNode, gpusPerNode, allocation, instanceType, pricing, dynamicNodes,
                bootTime, scaledownIdleTime, spot, failures, capacity, maxLaunches, batch, type, computeResources);
    }

    /** A cluster whose dynamic nodes always launch, any number at once. */
    public ClusterSpec(int nodes, int coresPerNode, int gpusPerNode, AllocationUnit allocation, String instanceType,
                       PricingSpec pricing, int dynamicNodes, double bootTime, double scaledownIdleTime,
                       SpotSpec spot, FailuresSpec failures) {
        this(nodes, coresPerNode, gpusPerNode, allocation, instanceType, pricing, dynamicNodes, bootTime,
                scaledownIdleTime, spot, failures, null, 0, null);
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
                bootTime, scaledownIdleTime, spot, failures, capacity, maxLaunches, batch, headNode, computeResources);
    }

    /** This cluster with jobs allocated {@code allocation} (whole nodes or cores), the rest kept. */
    public ClusterSpec withAllocation(AllocationUnit allocation) {
        return new ClusterSpec(nodes, coresPerNode, gpusPerNode, allocation, instanceType, pricing, dynamicNodes,
                bootTime, scaledownIdleTime, spot, failures, capacity, maxLaunches, batch, headNode, computeResources);
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
                                @JsonProperty("bootTime") BootTimeSpec bootTime,
                                @JsonProperty("scaledownIdleTime") Double scaledownIdleTime,
                                @JsonProperty("spot") SpotSpec spot,
                                @JsonProperty("failures") FailuresSpec failures,
                                @JsonProperty("capacity") CapacitySpec capacity,
                                @JsonProperty("maxLaunches") Integer maxLaunches,
                                @JsonProperty("batch") BatchSpec batch,
                                @JsonProperty("headNode") String headNode) {
        if (headNode != null) {
            catalogType(headNode, "headNode");
            InvalidFieldException.require(batch == null, "headNode", "not with batch (a Batch environment has none)");
        }
        if (batch != null) {
            return fromBatch(batch, gpusPerNode, allocation, instanceType, pricing, bootTime, scaledownIdleTime,
                    spot, failures, capacity, maxLaunches, nodes != null, coresPerNode != null, dynamicNodes != null);
        }
        InvalidFieldException.require(nodes != null, "nodes", "is required (a positive number of nodes)");
        // An instance type fills in the node's size: its physical cores (multithreading off, as
        // HPC clusters usually run) and its GPUs, unless the scenario says otherwise.
        InstanceType type = instanceType == null ? null : catalogType(instanceType, "instanceType");
        int cores = coresPerNode != null ? coresPerNode : type != null ? type.cores() : 1;
        int gpus = gpusPerNode != null ? gpusPerNode : type != null ? type.gpus() : 0;
        return new ClusterSpec(nodes, cores, gpus, Names.allocation(allocation), instanceType,
                pricing != null ? pricing : type != null ? PricingSpec.CATALOG : null,
                dynamicNodes != null ? dynamicNodes : 0, bootTime != null ? bootTime : BootTimeSpec.fixed(DEFAULT_BOOT_TIME),
                scaledownIdleTime != null ? scaledownIdleTime : DEFAULT_SCALEDOWN_IDLE_TIME, spot, failures, capacity,
                maxLaunches != null ? maxLaunches : 0, null, headNode);
    }

    /**
     * A cluster standing for a Batch environment: nodes of the instance type's vCPUs (what Batch
     * counts), ceil(minvCpus / vCPUs) of them static and the rest up to floor(maxvCpus / vCPUs)
     * dynamic, powering down after the scaling policy's delay.
     */
    private static ClusterSpec fromBatch(BatchSpec batch, Integer gpusPerNode, String allocation, String instanceType,
                                         PricingSpec pricing, BootTimeSpec bootTime, Double scaledownIdleTime, SpotSpec spot,
                                         FailuresSpec failures, CapacitySpec capacity, Integer maxLaunches,
                                         boolean givesNodes, boolean givesCores, boolean givesDynamic) {
        InvalidFieldException.require(!givesDynamic, "batch", "give either dynamicNodes or batch, not both");
        InvalidFieldException.require(!givesNodes, "nodes",
                "comes from batch.minvCpus and batch.maxvCpus with a batch environment; leave it out");
        InvalidFieldException.require(!givesCores, "coresPerNode",
                "is the batch instance type's vCPUs (Batch counts vCPUs); leave it out");
        InvalidFieldException.require(batch.instanceType() == null || instanceType == null
                        || batch.instanceType().equals(instanceType), "batch.instanceType",
                "differs from instanceType '" + instanceType + "'; give it once");
        String name = batch.instanceType() != null ? batch.instanceType() : instanceType;
        InvalidFieldException.require(name != null, "batch.instanceType",
                "is required: the instances' type (known: " + InstanceCatalog.names() + ")");
        InvalidFieldException.require(scaledownIdleTime == null || batch.minScaleDownDelayMinutes() == 0,
                "scaledownIdleTime", "give it or batch.minScaleDownDelayMinutes, not both");
        InvalidFieldException.require(allocation == null || Names.allocation(allocation) == AllocationUnit.NODE,
                "allocation", "must be node with a batch environment (each job takes whole instances)");
        // An unknown batch.instanceType fails in BatchSpec, so an unknown name here is the cluster's.
        InstanceType type = catalogType(name, "instanceType");
        int v = type.vcpus();
        InvalidFieldException.require(batch.instances(v) >= 1, "batch.maxvCpus",
                "must be at least one " + name + "'s " + v + " vCPUs, got " + batch.maxvCpus());
        double idle = batch.minScaleDownDelayMinutes() > 0 ? batch.minScaleDownDelayMinutes() * 60.0
                : scaledownIdleTime != null ? scaledownIdleTime : DEFAULT_SCALEDOWN_IDLE_TIME;
        return new ClusterSpec(batch.staticInstances(v), v, gpusPerNode != null ? gpusPerNode : type.gpus(),
                AllocationUnit.NODE, name, pricing != null ? pricing : PricingSpec.CATALOG, batch.dynamicInstances(v),
                bootTime != null ? bootTime : BootTimeSpec.fixed(DEFAULT_BOOT_TIME), idle, spot, failures, capacity,
                maxLaunches != null ? maxLaunches : 0, batch, null);
    }

    private static InstanceType catalogType(String name, String field) {
        return InstanceCatalog.find(name).orElseThrow(() -> new InvalidFieldException(field,
                "unknown instance type '" + name + "' (known: " + InstanceCatalog.names() + ")"));
    }
}
