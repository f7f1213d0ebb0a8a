package org.hpcsim.models.kube;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node as the scheduler sees it: allocatable quantities by resource index, labels, taints and
 * whether it is cordoned.
 *
 * @param name          the node's name
 * @param allocatable   allocatable quantity per resource index (see {@link ResourceNames})
 * @param labels        labels (sorted, so iteration is deterministic)
 * @param taints        taints
 * @param unschedulable spec.unschedulable (cordoned)
 */
public record KubeNode(String name, long[] allocatable, Map<String, String> labels, List<Taint> taints,
                       boolean unschedulable) {
    /** Copies and sorts. */
    public KubeNode {
        if (name == null || allocatable == null) {
            throw new IllegalArgumentException("a node needs a name and allocatable resources");
        }
        allocatable = allocatable.clone();
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        taints = taints == null ? List.of() : List.copyOf(taints);
    }

    /** Allocatable quantity of resource {@code r} (0 past the array). */
    public long allocatable(int r) {
        return r < allocatable.length ? allocatable[r] : 0;
    }
}
