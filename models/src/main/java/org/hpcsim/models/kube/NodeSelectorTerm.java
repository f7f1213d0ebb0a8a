package org.hpcsim.models.kube;

import java.util.List;
import java.util.Map;

/** Requirements that must all hold (a term); terms of a required affinity are ORed. */
public record NodeSelectorTerm(List<NodeSelectorRequirement> requirements) {
    /** Copies the list. */
    public NodeSelectorTerm {
        requirements = List.copyOf(requirements);
    }

    /** Whether every requirement holds for {@code labels} (an empty term matches nothing, as upstream). */
    public boolean matches(Map<String, String> labels) {
        if (requirements.isEmpty()) {
            return false;
        }
        for (NodeSelectorRequirement r : requirements) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }
}
