package org.hpcsim.models.kube;

import java.util.Locale;

/**
 * The kubelet's Topology Manager policy (--topology-manager-policy; Kubernetes docs, "Control
 * Topology Management Policies on a Node"; pkg/kubelet/cm/topologymanager/policy_*.go).
 */
public enum TopologyPolicy {
    /** No alignment is attempted; every pod is admitted. */
    NONE("none"),
    /** The merged hint is stored and used for allocation, but a non-preferred one is admitted too. */
    BEST_EFFORT("best-effort"),
    /** A pod whose merged hint is not preferred is rejected (TopologyAffinityError). */
    RESTRICTED("restricted"),
    /** Only hints of one NUMA node count; a pod that cannot get one is rejected (TopologyAffinityError). */
    SINGLE_NUMA_NODE("single-numa-node");

    private final String word;

    TopologyPolicy(String word) {
        this.word = word;
    }

    /** The name the kubelet's flag and KubeletConfiguration use. */
    public String word() {
        return word;
    }

    /** The policy named {@code word}, or null when none is. */
    public static TopologyPolicy of(String word) {
        for (TopologyPolicy p : values()) {
            if (p.word.equals(word.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }
}
