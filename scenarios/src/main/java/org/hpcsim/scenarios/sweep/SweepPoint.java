package org.hpcsim.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.hpcsim.scenarios.spec.Scenario;

/**
 * One point of a sweep: the value of each parameter, in the sweep's parameter order, and the
 * scenario they make (validated, with the base scenario's seed; each replication sets its own).
 *
 * @param index    the point's number, from 0, in the order the design lists points
 * @param values   the parameters' values
 * @param scenario the base scenario with the values set
 */
public record SweepPoint(int index, List<JsonNode> values, Scenario scenario) {
    /** Copies the values. */
    public SweepPoint {
        values = List.copyOf(values);
    }

    /** The value of parameter {@code i} as text: a number or word as YAML writes it. */
    public String text(int i) {
        JsonNode v = values.get(i);
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
