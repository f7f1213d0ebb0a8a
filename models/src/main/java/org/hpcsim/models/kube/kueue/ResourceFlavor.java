package org.hpcsim.models.kube.kueue;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A ResourceFlavor: a name for a kind of node, and the node labels that pick those nodes. Kueue adds
 * the labels to the nodeSelector of an admitted workload's pods (Kueue docs, "Resource Flavor":
 * "Kueue adds the ResourceFlavor labels to the .nodeSelector of the underlying Workload Pod templates").
 *
 * @param name       the flavor's name
 * @param nodeLabels labels the flavor's nodes carry; empty for a flavor that matches every node
 */
public record ResourceFlavor(String name, Map<String, String> nodeLabels) {
    /** The flavor a ClusterQueue written without flavors uses (Kueue's examples name it default-flavor). */
    public static final String DEFAULT = "default-flavor";

    /** Validates and copies. */
    public ResourceFlavor {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a ResourceFlavor needs a name");
        }
        nodeLabels = nodeLabels == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(nodeLabels));
    }
}
