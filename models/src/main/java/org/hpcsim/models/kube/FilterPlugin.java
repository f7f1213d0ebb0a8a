package org.hpcsim.models.kube;

/** A Filter extension point plugin: whether a pod may run on a node. */
public interface FilterPlugin {
    /** The plugin's name as a KubeSchedulerConfiguration names it. */
    String name();

    /** Called once per scheduling cycle before any filter, so a plugin can precompute for {@code pod}. */
    default void preFilter(PodSpec pod, NodeTable nodes) {}

    /** Whether {@code pod} passes this filter on node {@code node}. */
    boolean filter(PodSpec pod, int node, NodeTable nodes);
}
