package org.hpcsim.models.kube;

/** A Score extension point plugin: a score for a pod on a feasible node, then normalised to 0..100. */
public interface ScorePlugin {
    /** The most a normalised score may be (framework.MaxNodeScore). */
    long MAX_NODE_SCORE = 100;

    /** The plugin's name as a KubeSchedulerConfiguration names it. */
    String name();

    /** Called once per cycle with the feasible nodes, before scoring, so a plugin can precompute. */
    default void preScore(PodSpec pod, NodeTable nodes, int[] feasible, int count) {}

    /** The raw score of {@code pod} on node {@code node}. */
    long score(PodSpec pod, int node, NodeTable nodes);

    /** Rescales the first {@code count} raw scores to 0..100 in place (NormalizeScore); identity by default. */
    default void normalize(long[] scores, int count) {}
}
