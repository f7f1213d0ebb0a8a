package org.hpcsim.scenarios.pcluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hpcsim.scenarios.ScenarioException;

/**
 * One mapping of the configuration, read through typed getters that remember every key asked for
 * (present or not), so the document can list the keys nobody read and catch misspelt ones.
 */
final class ConfigSection {
    private final ConfigDocument doc;
    private final ObjectNode node;
    private final KeyPath path;
    private final Set<String> asked = new LinkedHashSet<>();

    ConfigSection(ConfigDocument doc, ObjectNode node, KeyPath path) {
        this.doc = doc;
        this.node = node;
        this.path = path;
    }

    /** Where this mapping is. */
    KeyPath path() {
        return path;
    }

    /** Whether {@code key} is given (a null value counts as not given). */
    boolean has(String key) {
        return value(key) != null;
    }

    /** The text at {@code key}, or null when not given. */
    String text(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw error(key, "expected a text value, got " + shown(v));
        }
        return v.textValue();
    }

    /** The text at {@code key}; {@code why} says what it is needed for when it is missing. */
    String requiredText(String key, String why) {
        String s = text(key);
        if (s == null) {
            throw missing(key, why);
        }
        return s;
    }

    /**
     * The error for a required {@code key} that is missing (or empty): a misspelling of it when
     * one is written here, else that it is required; {@code why} says what it is for.
     */
    ScenarioException missing(String key, String why) {
        asked.add(key);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String written = it.next();
            if (!written.equals(key) && KeyNames.nearMiss(written, key)) {
                return doc.misspelt(path.key(written), key);
            }
        }
        return error(key, "is required (" + why + ")");
    }

    /** The whole number at {@code key}, or {@code otherwise} when not given. */
    int integer(String key, int otherwise) {
        JsonNode v = value(key);
        if (v == null) {
            return otherwise;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw error(key, "expected a whole number, got " + shown(v));
        }
        return v.intValue();
    }

    /** The true or false at {@code key}, or {@code otherwise} when not given. */
    boolean bool(String key, boolean otherwise) {
        JsonNode v = value(key);
        if (v == null) {
            return otherwise;
        }
        if (!v.isBoolean()) {
            throw error(key, "expected true or false, got " + shown(v));
        }
        return v.booleanValue();
    }

    /** The mapping at {@code key}, or null when not given. */
    ConfigSection section(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw error(key, "expected a mapping of keys, got " + shown(v));
        }
        return doc.section((ObjectNode) v, path.key(key));
    }

    /** The list of mappings at {@code key}, empty when not given. */
    List<ConfigSection> list(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw error(key, "expected a list, got " + shown(v));
        }
        List<ConfigSection> items = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            KeyPath at = path.key(key).index(i);
            if (!item.isObject()) {
                throw doc.error(at, "expected a mapping of keys, got " + shown(item));
            }
            items.add(doc.section((ObjectNode) item, at));
        }
        return items;
    }

    /** A one-line error about the value at {@code key} of this mapping. */
    ScenarioException error(String key, String problem) {
        return doc.error(path.key(key), problem);
    }

    /** A one-line error about this mapping. */
    ScenarioException error(String problem) {
        return doc.error(path, problem);
    }

    /** Whether {@code key} was asked for. */
    boolean asked(String key) {
        return asked.contains(key);
    }

    /** The key asked for but missing that {@code written} looks like a misspelling of, else null. */
    String misspelling(String written) {
        for (String key : asked) {
            if (!node.has(key) && KeyNames.nearMiss(written, key)) {
                return key;
            }
        }
        return null;
    }

    private JsonNode value(String key) {
        asked.add(key);
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v;
    }

    private static String shown(JsonNode v) {
        if (v.isTextual()) {
            return "'" + v.textValue() + "'";
        }
        return v.isContainerNode() ? (v.isArray() ? "a list" : "a mapping") : v.toString();
    }
}
