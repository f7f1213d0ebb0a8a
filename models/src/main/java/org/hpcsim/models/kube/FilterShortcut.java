package org.hpcsim.models.kube;

/**
 * What a {@link FilterPlugin} may also implement so a cycle can leave it out when it cannot reject
 * any node for a pod. Skipping such a filter changes nothing, not even which filter is counted as
 * the first to reject a node, since it never would be.
 */
public interface FilterShortcut {
    /** Called after {@link FilterPlugin#preFilter}: true only when {@code pod} passes this filter on every node. */
    boolean passesEveryNode(PodSpec pod, NodeTable nodes);
}
