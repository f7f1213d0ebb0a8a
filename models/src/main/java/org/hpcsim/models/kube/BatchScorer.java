package org.hpcsim.models.kube;

/**
 * What a {@link ScorePlugin} may also implement so a cycle scores the feasible nodes in one call
 * instead of one virtual call a node, or skips the plugin where every node gets the same
 * normalised score. Both must give exactly what {@link ScorePlugin#score} and
 * {@link ScorePlugin#normalize} give.
 */
public interface BatchScorer {
    /** Marks a plugin whose normalised scores differ between nodes, or may. */
    long NOT_CONSTANT = -1;

    /**
     * Called after {@link ScorePlugin#preScore}: the normalised score every one of the
     * {@code count} feasible nodes would get, when it is the same for all, else {@link #NOT_CONSTANT}.
     */
    long constantScore(PodSpec pod, NodeTable nodes, int[] feasible, int count);

    /** Called after {@link ScorePlugin#preScore}: the raw score of {@code feasible[k]} into {@code out[k]} for k below {@code count}. */
    void scoreAll(PodSpec pod, NodeTable nodes, int[] feasible, int count, long[] out);
}
