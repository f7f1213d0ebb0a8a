package org.hpcsim.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.scenarios.spec.InvalidFieldException;

/**
 * A place in a scenario, written as scenario files spell their fields: {@code cluster.nodes},
 * {@code scheduler.slurm.parameters.bf_interval}, {@code workload.transforms[0].factor}.
 *
 * @param text the path as written
 */
public record ParameterPath(String text) {
    private static final String SEGMENT = "[A-Za-z_][A-Za-z0-9_-]*(\\[[0-9]+\\])*";

    /** Checks the spelling. */
    public ParameterPath {
        InvalidFieldException.require(text != null && text.matches(SEGMENT + "(\\." + SEGMENT + ")*"), "path",
                "must be field names joined by '.', each optionally indexed like nodeGroups[0], got '" + text + "'");
    }

    /** One step: a field name, or a list index. */
    private record Step(String field, int index) {}

    private List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        for (String segment : text.split("\\.")) {
            int bracket = segment.indexOf('[');
            steps.add(new Step(bracket < 0 ? segment : segment.substring(0, bracket), -1));
            while (bracket >= 0) {
                int close = segment.indexOf(']', bracket);
                steps.add(new Step(null, Integer.parseInt(segment.substring(bracket + 1, close))));
                bracket = segment.indexOf('[', close);
            }
        }
        return steps;
    }

    /**
     * Sets {@code value} at this path in {@code root}, making the mappings on the way that the
     * scenario leaves out (a sweep over {@code cluster.pricing.spotDiscount} of a scenario with no
     * pricing block). A list must already hold the index; a scalar on the way is an error.
     */
    public void set(ObjectNode root, JsonNode value) {
        List<Step> steps = steps();
        JsonNode node = root;
        String where = "";
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (step.field() != null) {
                if (!(node instanceof ObjectNode object)) {
                    throw new IllegalArgumentException("'" + where + "' is not a mapping, so it has no field '"
                            + step.field() + "'");
                }
                where = where.isEmpty() ? step.field() : where + "." + step.field();
                if (last) {
                    object.set(step.field(), value.deepCopy());
                    return;
                }
                JsonNode next = object.get(step.field());
                if ((next == null || next.isNull()) && steps.get(i + 1).field() != null) {
                    next = object.putObject(step.field());
                }
                node = next;
            } else {
                if (!(node instanceof ArrayNode array) || step.index() >= array.size()) {
                    throw new IllegalArgumentException("'" + where + "' has no item [" + step.index() + "]"
                            + (node instanceof ArrayNode a ? " (it has " + a.size() + ")" : " (it is not a list)"));
                }
                where = where + "[" + step.index() + "]";
                if (last) {
                    array.set(step.index(), value.deepCopy());
                    return;
                }
                node = array.get(step.index());
            }
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
