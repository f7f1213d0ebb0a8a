package org.hpcsim.models.kube;

/** A score plugin with its weight in a profile. */
public record WeightedScore(ScorePlugin plugin, int weight) {
    /** Validates the weight. */
    public WeightedScore {
        if (plugin == null || weight < 1) {
            throw new IllegalArgumentException("a score plugin needs a positive weight");
        }
    }
}
