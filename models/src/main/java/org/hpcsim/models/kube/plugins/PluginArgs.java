package org.hpcsim.models.kube.plugins;

/** The arguments a configuration can give a plugin (pluginConfig[].args); null args mean upstream's defaults. */
public sealed interface PluginArgs permits NodeResourcesFitArgs, BalancedAllocationArgs {
}
