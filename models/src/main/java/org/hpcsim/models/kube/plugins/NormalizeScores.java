package org.hpcsim.models.kube.plugins;

import org.hpcsim.models.kube.ScorePlugin;

/** Upstream's helper.DefaultNormalizeScore, shared by the plugins that rescale by the maximum. */
final class NormalizeScores {
    private NormalizeScores() {}

    /**
     * Rescales the first {@code count} scores to 0..100 as score * 100 / max (integer division),
     * reversed (100 - that) when asked; when every score is 0 they stay 0, or become 100 reversed.
     */
    static void byMaximum(long[] scores, int count, boolean reverse) {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, scores[i]);
        }
        if (max == 0) {
            if (reverse) {
                java.util.Arrays.fill(scores, 0, count, ScorePlugin.MAX_NODE_SCORE);
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            long s = ScorePlugin.MAX_NODE_SCORE * scores[i] / max;
            scores[i] = reverse ? ScorePlugin.MAX_NODE_SCORE - s : s;
        }
    }
}
