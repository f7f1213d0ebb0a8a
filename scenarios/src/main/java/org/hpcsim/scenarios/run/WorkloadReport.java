package org.hpcsim.scenarios.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a run's jobs came from and which were left out or changed.
 *
 * @param source          the trace path as the scenario gives it, or "synthetic MODEL"
 * @param format          the trace format, or the synthetic model's name
 * @param jobsRead        jobs read from the source
 * @param jobsDropped     jobs left out of the replay (by the reader, the fit check or transforms)
 * @param droppedByReason drop counts by reason, in a fixed order
 * @param adjustments     accepted jobs changed on the way in, by kind (e.g. a missing requested
 *                        time replaced by the runtime)
 */
public record WorkloadReport(String source, String format, long jobsRead, long jobsDropped,
                             Map<String, Long> droppedByReason, Map<String, Long> adjustments) {
    /** Copies the maps so the record stays immutable. */
    public WorkloadReport {
        droppedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(droppedByReason));
        adjustments = Collections.unmodifiableMap(new LinkedHashMap<>(adjustments));
    }
}
