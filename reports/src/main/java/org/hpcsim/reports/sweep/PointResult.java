package org.hpcsim.reports.sweep;

import java.util.List;
import java.util.Map;

/**
 * What one point of a sweep gave: every replication's headline metrics. One file per point
 * ({@code points/point-000007.json}), written whole or not at all, so a point retried after a
 * crash or a cancelled array task is counted once.
 *
 * @param sweep        the study's name
 * @param fingerprint  the sweep's fingerprint: a result of another study (or of this file before an
 *                     edit) is never merged
 * @param index        the point's index
 * @param parameters   each parameter's value as text, in the sweep's parameter order
 * @param replications the runs, in replication order
 */
public record PointResult(String sweep, String fingerprint, int index, Map<String, String> parameters,
                          List<Replication> replications) {
    /** Copies the collections. */
    public PointResult {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        replications = List.copyOf(replications);
    }

    /**
     * One run of the point.
     *
     * @param replication the replication's number, from 0
     * @param seed        the seed it ran with
     * @param metrics     headline metric key to value (NaN where the run has none, such as cost
     *                    without pricing), in {@link org.hpcsim.reports.compare.HeadlineMetric} order
     */
    public record Replication(int replication, long seed, Map<String, Double> metrics) {
        /** Copies the metrics. */
        public Replication {
            metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        }
    }
}
