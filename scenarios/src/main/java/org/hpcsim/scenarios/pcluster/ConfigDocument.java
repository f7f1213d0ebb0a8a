package org.hpcsim.scenarios.pcluster;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hpcsim.scenarios.ScenarioException;

/**
 * One configuration file being read: its YAML tree, its text (to point at lines), and the mappings
 * read so far, so that every key left unread can be listed or, when misspelt, refused.
 */
final class ConfigDocument {
    // A v2 configuration is an INI file with sections such as [global] and [cluster default].
    private static final Pattern V2_SECTION = Pattern.compile("(?m)^\\s*\\[(global|aws|cluster\\b)[^\\]]*]\\s*$");

    private final String origin;
    private final String text;
    private final JsonNode tree;
    private final Map<JsonNode, ConfigSection> read = new IdentityHashMap<>();

    private ConfigDocument(String origin, String text, JsonNode tree) {
        this.origin = origin;
        this.text = text;
        this.tree = tree;
    }

    /** Parses {@code text}; {@code origin} names it in messages. A syntax error names its line. */
    static ConfigDocument parse(String text, String origin) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(where(origin, e.getLocation()) + "not valid YAML: "
                    + yamlProblem(e.getOriginalMessage()) + v2Hint(text));
        } catch (IOException e) {
            throw new ScenarioException(origin + ": cannot read: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new ScenarioException(origin + ": the file is empty; a ParallelCluster v3 configuration needs"
                    + " at least Scheduling");
        }
        if (!tree.isObject()) {
            throw new ScenarioException(origin + ": expected a ParallelCluster v3 configuration (a YAML mapping"
                    + " with HeadNode and Scheduling)" + v2Hint(text));
        }
        return new ConfigDocument(origin, text, tree);
    }

    /** The name of the file in messages. */
    String origin() {
        return origin;
    }

    /** The top-level mapping. */
    ConfigSection root() {
        return section((ObjectNode) tree, KeyPath.ROOT);
    }

    /** The mapping {@code node} at {@code path}, recorded as read. */
    ConfigSection section(ObjectNode node, KeyPath path) {
        return read.computeIfAbsent(node, n -> new ConfigSection(this, node, path));
    }

    /** A one-line error about the value at {@code at}: {@code file:line:column: path: problem}. */
    ScenarioException error(KeyPath at, String problem) {
        return new ScenarioException(where(origin, locate(at)) + (at.segments().isEmpty() ? "" : at + ": ") + problem);
    }

    /**
     * Every key of a mapping that was read but not asked for, in file order; a key inside such a
     * key's value is not listed on its own. A key that looks like a misspelling of one that was
     * asked for and is missing is refused instead.
     */
    List<KeyPath> unreadKeys() {
        List<KeyPath> out = new ArrayList<>();
        walk(tree, KeyPath.ROOT, out);
        return out;
    }

    private void walk(JsonNode node, KeyPath path, List<KeyPath> out) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path.index(i), out);
            }
            return;
        }
        ConfigSection section = read.get(node);
        if (section == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (section.asked(key)) {
                walk(field.getValue(), path.key(key), out);
                continue;
            }
            String meant = section.misspelling(key);
            if (meant != null) {
                throw misspelt(path.key(key), meant);
            }
            out.add(path.key(key));
        }
    }

    /** The error for the key at {@code at}, which looks like a misspelling of {@code meant}. */
    ScenarioException misspelt(KeyPath at, String meant) {
        String written = (String) at.segments().get(at.segments().size() - 1);
        return error(at, "not a ParallelCluster key hpcsim reads; did you mean " + meant + "?"
                + (meant.equalsIgnoreCase(written) ? " (keys are case-sensitive)" : ""));
    }

    /**
     * Where the key at {@code path} is written, or its nearest written parent (a missing key is
     * reported where its mapping is); null when the text cannot be followed.
     */
    private JsonLocation locate(KeyPath path) {
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken token = p.nextToken();
            JsonLocation found = p.currentTokenLocation();
            for (Object segment : path.segments()) {
                if (segment instanceof String key) {
                    if (token != JsonToken.START_OBJECT) {
                        return found;
                    }
                    boolean hit = false;
                    while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
                        if (key.equals(p.currentName())) {
                            found = p.currentTokenLocation();
                            token = p.nextToken();
                            hit = true;
                            break;
                        }
                        p.nextToken();
                        p.skipChildren();
                    }
                    if (!hit) {
                        return found;
                    }
                } else {
                    if (token != JsonToken.START_ARRAY) {
                        return found;
                    }
                    int index = (Integer) segment;
                    for (int i = 0; i <= index; i++) {
                        token = p.nextToken();
                        if (token == JsonToken.END_ARRAY) {
                            return found;
                        }
                        if (i < index) {
                            p.skipChildren();
                        }
                    }
                    found = p.currentTokenLocation();
                }
            }
            return found;
        } catch (IOException e) {
            return null;
        }
    }

    private static String where(String origin, JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return origin + ": ";
        }
        return origin + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": ";
    }

    private static String v2Hint(String text) {
        return V2_SECTION.matcher(text).find()
                ? " (this looks like a ParallelCluster v2 INI file; convert it with pcluster3-config-converter)"
                : "";
    }

    /**
     * The parser's explanation on one line. SnakeYAML writes what it was doing, then what it found,
     * each followed by the place ("in 'reader', line 5, column 6:"), a copy of the line and a
     * caret; the places are dropped (the line number is given apart) and the rest joined.
     */
    static String yamlProblem(String message) {
        if (message == null) {
            return "unreadable";
        }
        List<String> lines = message.lines().toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean caretNext = i + 1 < lines.size() && lines.get(i + 1).strip().equals("^");
            if (line.isEmpty() || line.equals("^") || line.startsWith("in 'reader'") || caretNext) {
                continue;
            }
            kept.add(line);
        }
        return kept.isEmpty() ? lines.get(0) : String.join(": ", kept);
    }
}
