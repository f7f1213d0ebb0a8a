package org.hpcsim.scenarios.run;

import java.util.Map;

/**
 * Where a run's jobs came from and which were left out.
 *
 * @param source               the trace path as the scenario gives it, or "synthetic"
 * @param jobsRead             jobs read from the source
 * @param jobsDropped          jobs left out of the replay
 * @param droppedByReason      drop counts by reason, in a fixed order
 * @param requestedTimeMissing accepted jobs whose missing requested time was replaced by their runtime
 */
public record WorkloadReport(String source, long jobsRead, long jobsDropped, Map<String, Long> droppedByReason,
                             long requestedTimeMissing) {
    /** Copies the map so the record stays immutable. */
    public WorkloadReport {
        droppedByReason = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(droppedByReason));
    }
}
