package org.hpcsim.models.kube;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A group of alike nodes, as a managed node pool (GKE) or node group (EKS) is: their count,
 * labels, taints and GPUs, whole or split into MIG slices.
 *
 * @param name        the pool's name, also its nodes' {@link #POOL_LABEL} label
 * @param nodes       nodes in the pool
 * @param labels      labels each node carries
 * @param taints      taints each node carries
 * @param gpusPerNode GPUs in each node, or -1 for the cluster's figure
 * @param gpuModel    the GPU's catalog name, or null when not said
 * @param mig         how each GPU is split, or null for whole GPUs
 * @param topology    the nodes' NUMA layout and kubelet topology settings, or null when not modelled;
 *                    with one, each node has its CPUs (less the reserved ones) and, unless
 *                    {@code gpusPerNode} says otherwise, its GPUs
 */
public record NodePool(String name, int nodes, Map<String, String> labels, List<Taint> taints, int gpusPerNode,
                       String gpuModel, MigLayout mig, NodeTopology topology) {
    /** The label naming a node's pool (cloud providers use their own key; hpcsim uses this one). */
    public static final String POOL_LABEL = "node.kubernetes.io/pool";
    /** GPU Feature Discovery's label for the GPU model. */
    public static final String PRODUCT_LABEL = "nvidia.com/gpu.product";
    /** GPU Feature Discovery's label for the MIG strategy. */
    public static final String MIG_STRATEGY_LABEL = "nvidia.com/mig.strategy";

    /** Validates and copies. */
    public NodePool {
        if (name == null || name.isEmpty() || nodes < 1 || gpusPerNode < -1) {
            throw new IllegalArgumentException("a node pool needs a name, 1 node or more and 0 GPUs or more");
        }
        labels = labels == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(labels));
        taints = taints == null ? List.of() : List.copyOf(taints);
    }

    /** A pool whose kubelets manage no NUMA topology. */
    public NodePool(String name, int nodes, Map<String, String> labels, List<Taint> taints, int gpusPerNode,
                    String gpuModel, MigLayout mig) {
        this(name, nodes, labels, taints, gpusPerNode, gpuModel, mig, null);
    }

    /** GPUs per node: the pool's figure, else its node type's, else {@code clusterGpus}. */
    public int gpus(int clusterGpus) {
        return gpusPerNode >= 0 ? gpusPerNode : topology != null ? topology.gpus() : clusterGpus;
    }

    /** Each node's topology with its {@code gpus} GPUs spread over the NUMA nodes, or null without topology. */
    public NodeTopology nodeTopology(int gpus) {
        return topology == null ? null : new NodeTopology(topology.nodeType(), topology.policy(), topology.podScope(),
                topology.staticCpu(), topology.reservedCpus(), topology.numaNodes(), topology.cpusPerNuma(), gpus);
    }

    /** The extended resources each node advertises for its {@code gpus} GPUs, by name (empty with none). */
    public Map<String, Long> gpuResources(int gpus) {
        if (gpus == 0) {
            return Map.of();
        }
        return mig == null ? Map.of(PodTemplate.GPU, (long) gpus) : mig.resources(gpus);
    }

    /** The labels of a node of this pool named {@code node}: the pool's, its name, the GPU's, and the hostname. */
    public Map<String, String> nodeLabels(Map<String, String> common, String node, int gpus) {
        Map<String, String> out = new TreeMap<>(common);
        out.putAll(labels);
        out.put(POOL_LABEL, name);
        if (gpuModel != null && gpus > 0) {
            out.put(PRODUCT_LABEL, gpuModel);
        }
        if (mig != null && gpus > 0) {
            out.put(MIG_STRATEGY_LABEL, mig.strategy() == MigLayout.Strategy.MIXED ? "mixed" : "single");
        }
        out.put("kubernetes.io/hostname", node);
        return out;
    }
}
