package org.hpcsim.models.kube.plugins;

import java.util.List;

/** A resource a scoring plugin looks at, by name, with its weight (upstream's config.ResourceSpec). */
public record ResourceSpec(String name, int weight) {
    /** cpu and memory, weight 1 each: upstream's default for NodeResourcesFit and BalancedAllocation. */
    public static final List<ResourceSpec> DEFAULTS = List.of(new ResourceSpec("cpu", 1), new ResourceSpec("memory", 1));

    /** Validates as upstream's scheduler config validation does: a name and a weight in 1..100. */
    public ResourceSpec {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a scored resource needs a name");
        }
        if (weight < 1 || weight > 100) {
            throw new IllegalArgumentException("resource " + name + ": weight must be in 1..100, got " + weight);
        }
    }
}
