package org.hpcsim.models.kube.plugins;

/** One point of RequestedToCapacityRatio's shape: utilization 0..100 maps to score 0..10. */
public record UtilizationShapePoint(int utilization, int score) {
    /** Validates the ranges upstream validates. */
    public UtilizationShapePoint {
        if (utilization < 0 || utilization > 100 || score < 0 || score > 10) {
            throw new IllegalArgumentException("a shape point needs utilization in 0..100 and score in 0..10, got ("
                    + utilization + ", " + score + ")");
        }
    }
}
