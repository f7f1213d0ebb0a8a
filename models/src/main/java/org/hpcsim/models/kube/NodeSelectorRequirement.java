package org.hpcsim.models.kube;

import java.util.List;
import java.util.Map;

/** One requirement of a node selector term: a label key, an operator and values. */
public record NodeSelectorRequirement(String key, SelectorOperator operator, List<String> values) {
    /** Validates the requirement. */
    public NodeSelectorRequirement {
        if (key == null || key.isEmpty() || operator == null) {
            throw new IllegalArgumentException("a node selector requirement needs a key and an operator");
        }
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** Whether a node with {@code labels} meets the requirement. */
    public boolean matches(Map<String, String> labels) {
        String v = labels.get(key);
        return switch (operator) {
            case IN -> v != null && values.contains(v);
            case NOT_IN -> v == null || !values.contains(v);
            case EXISTS -> v != null;
            case DOES_NOT_EXIST -> v == null;
            case GT -> v != null && isLong(v) && Long.parseLong(v) > Long.parseLong(values.get(0));
            case LT -> v != null && isLong(v) && Long.parseLong(v) < Long.parseLong(values.get(0));
        };
    }

    private static boolean isLong(String s) {
        try {
            Long.parseLong(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
