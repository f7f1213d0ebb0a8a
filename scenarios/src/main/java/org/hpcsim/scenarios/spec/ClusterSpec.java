package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hpcsim.models.cluster.AllocationUnit;

/**
 * A homogeneous cluster.
 *
 * @param nodes        number of nodes
 * @param coresPerNode cores in each node
 * @param gpusPerNode  GPUs in each node (counted with whole-node allocation)
 * @param allocation   whole nodes or single cores per job
 */
public record ClusterSpec(int nodes, int coresPerNode, int gpusPerNode, AllocationUnit allocation) {
    /** Validates the cluster. */
    public ClusterSpec {
        InvalidFieldException.require(nodes > 0, "nodes", "must be a positive number of nodes, got " + nodes);
        InvalidFieldException.require(coresPerNode > 0, "coresPerNode",
                "must be a positive number of cores, got " + coresPerNode);
        InvalidFieldException.require((long) nodes * coresPerNode <= Integer.MAX_VALUE, "coresPerNode",
                "nodes x coresPerNode must stay below 2^31 cores");
        InvalidFieldException.require(gpusPerNode >= 0, "gpusPerNode", "must be 0 or more, got " + gpusPerNode);
        InvalidFieldException.require(allocation != null, "allocation", "must be 'node' or 'core'");
    }

    /** A cluster without GPUs. */
    public ClusterSpec(int nodes, int coresPerNode, AllocationUnit allocation) {
        this(nodes, coresPerNode, 0, allocation);
    }

    @JsonCreator
    static ClusterSpec fromFile(@JsonProperty("nodes") Integer nodes,
                                @JsonProperty("coresPerNode") Integer coresPerNode,
                                @JsonProperty("gpusPerNode") Integer gpusPerNode,
                                @JsonProperty("allocation") String allocation) {
        InvalidFieldException.require(nodes != null, "nodes", "is required (a positive number of nodes)");
        return new ClusterSpec(nodes, coresPerNode == null ? 1 : coresPerNode, gpusPerNode == null ? 0 : gpusPerNode,
                Names.allocation(allocation));
    }
}
