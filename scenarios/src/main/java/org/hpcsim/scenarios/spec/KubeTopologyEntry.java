package org.hpcsim.scenarios.spec;

import org.hpcsim.models.hardware.HardwareCatalog;
import org.hpcsim.models.hardware.NodeType;
import org.hpcsim.models.kube.NodeTopology;
import org.hpcsim.models.kube.TopologyPolicy;

/**
 * A node pool's NUMA layout and kubelet topology settings, as its {@code nodePools} entry writes
 * them: {@code nodeType}, {@code topologyManagerPolicy}, {@code topologyManagerScope},
 * {@code cpuManagerPolicy} and {@code reservedCpus}.
 */
record KubeTopologyEntry(String nodeType, String policy, String scope, String cpuManagerPolicy, Integer reservedCpus) {
    /** The pool's topology, or null when the entry gives none of the fields; {@code f} names the pool in messages. */
    NodeTopology topology(String f) {
        if (nodeType == null) {
            InvalidFieldException.require(policy == null && scope == null && cpuManagerPolicy == null
                    && reservedCpus == null, f + ".nodeType", "is required (a catalog name: "
                    + HardwareCatalog.nodeNames() + ") when the pool sets topologyManagerPolicy, topologyManagerScope,"
                    + " cpuManagerPolicy or reservedCpus: the NUMA layout comes from it");
            return null;
        }
        NodeType type = HardwareCatalog.node(nodeType).orElseThrow(() -> new InvalidFieldException(f + ".nodeType",
                "'" + nodeType + "' is not in the hardware catalog (" + HardwareCatalog.nodeNames() + ")"));
        TopologyPolicy p = policy == null ? TopologyPolicy.NONE : TopologyPolicy.of(policy);
        InvalidFieldException.require(p != null, f + ".topologyManagerPolicy",
                "must be none, best-effort, restricted or single-numa-node, got '" + policy + "'");
        // KubeletConfiguration's default scope is container (Kubernetes docs, Topology Manager scopes).
        String s = scope == null ? "container" : scope;
        InvalidFieldException.require(s.equals("container") || s.equals("pod"), f + ".topologyManagerScope",
                "must be container or pod, got '" + scope + "'");
        String cpu = cpuManagerPolicy == null ? "none" : cpuManagerPolicy;
        InvalidFieldException.require(cpu.equals("none") || cpu.equals("static"), f + ".cpuManagerPolicy",
                "must be none or static, got '" + cpuManagerPolicy + "'");
        int reserved = reservedCpus == null ? 0 : reservedCpus;
        InvalidFieldException.require(reserved >= 0 && reserved < type.cores(), f + ".reservedCpus",
                "must be 0 to " + (type.cores() - 1) + " (" + nodeType + " has " + type.cores() + " cores), got "
                        + reserved);
        // cpumanager policy_static.go: the kubelet refuses to start the static policy with no reserved CPUs.
        InvalidFieldException.require(!cpu.equals("static") || reserved > 0, f + ".reservedCpus",
                "must be 1 or more with cpuManagerPolicy: static (the kubelet requires reserved CPUs for it)");
        return NodeTopology.of(nodeType, type.numa(), type.gpus(), p, s.equals("pod"), cpu.equals("static"), reserved);
    }
}
