package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hpcsim.models.cloud.InstanceCatalog;
import org.hpcsim.models.cloud.InstanceType;
import org.hpcsim.models.cluster.AllocationUnit;

/**
 * A homogeneous cluster.
 *
 * @param nodes        number of nodes
 * @param coresPerNode cores in each node
 * @param gpusPerNode  GPUs in each node (counted with whole-node allocation)
 * @param allocation   whole nodes or single cores per job
 * @param instanceType a cloud instance type of the catalog the nodes are, or null
 * @param pricing      what the nodes cost, or null for no cost accounting
 */
public record ClusterSpec(int nodes, int coresPerNode, int gpusPerNode, AllocationUnit allocation, String instanceType,
                          PricingSpec pricing) {
    /** Validates the cluster. */
    public ClusterSpec {
        InvalidFieldException.require(nodes > 0, "nodes", "must be a positive number of nodes, got " + nodes);
        InvalidFieldException.require(coresPerNode > 0, "coresPerNode",
                "must be a positive number of cores, got " + coresPerNode);
        InvalidFieldException.require((long) nodes * coresPerNode <= Integer.MAX_VALUE, "coresPerNode",
                "nodes x coresPerNode must stay below 2^31 cores");
        InvalidFieldException.require(gpusPerNode >= 0, "gpusPerNode", "must be 0 or more, got " + gpusPerNode);
        InvalidFieldException.require(allocation != null, "allocation", "must be 'node' or 'core'");
        InvalidFieldException.require(instanceType == null || InstanceCatalog.find(instanceType).isPresent(),
                "instanceType", "unknown instance type '" + instanceType + "' (known: " + InstanceCatalog.names() + ")");
        InvalidFieldException.require(pricing == null || pricing.perNodeHour() > 0 || instanceType != null, "pricing",
                "needs perNodeHour when the cluster names no instanceType");
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
                                @JsonProperty("pricing") PricingSpec pricing) {
        InvalidFieldException.require(nodes != null, "nodes", "is required (a positive number of nodes)");
        // An instance type fills in the node's size: its physical cores (multithreading off, as
        // HPC clusters usually run) and its GPUs, unless the scenario says otherwise.
        InstanceType type = instanceType == null ? null : InstanceCatalog.find(instanceType).orElseThrow(
                () -> new InvalidFieldException("instanceType", "unknown instance type '" + instanceType + "' (known: "
                        + InstanceCatalog.names() + ")"));
        int cores = coresPerNode != null ? coresPerNode : type != null ? type.cores() : 1;
        int gpus = gpusPerNode != null ? gpusPerNode : type != null ? type.gpus() : 0;
        return new ClusterSpec(nodes, cores, gpus, Names.allocation(allocation), instanceType,
                pricing != null ? pricing : type != null ? PricingSpec.CATALOG : null);
    }
}
