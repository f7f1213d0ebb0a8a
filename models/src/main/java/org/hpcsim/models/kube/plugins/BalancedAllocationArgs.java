package org.hpcsim.models.kube.plugins;

import java.util.List;

/** NodeResourcesBalancedAllocationArgs: the resources whose fractions are balanced (default cpu and memory); weights are not used, as upstream. */
public record BalancedAllocationArgs(List<ResourceSpec> resources) implements PluginArgs {
    /** Fills the default. */
    public BalancedAllocationArgs {
        resources = resources == null || resources.isEmpty() ? ResourceSpec.DEFAULTS : List.copyOf(resources);
    }

    /** The default: cpu and memory. */
    public static BalancedAllocationArgs defaults() {
        return new BalancedAllocationArgs(null);
    }
}
