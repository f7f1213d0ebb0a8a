package org.hpcsim.scenarios;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.hpcsim.scenarios.spec.InvalidFieldException;
import org.hpcsim.scenarios.spec.RuntimeSpec;
import org.hpcsim.scenarios.spec.SizeSpec;
import org.hpcsim.scenarios.spec.SyntheticSpec;
import org.hpcsim.scenarios.spec.Scenario;

/**
 * Reads a scenario file (YAML, or JSON which is YAML too) into a validated {@link Scenario}, turning
 * every problem into a one-line {@link ScenarioException} that names the file, the line or field,
 * what is wrong and what is allowed.
 */
public final class ScenarioLoader {
    private final ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    /** Reads and validates the scenario in {@code file}. */
    public Scenario load(Path file) {
        return parse(readText(file), file.toString());
    }

    /** The text of {@code file}, or a one-line error when it is missing or unreadable. */
    public static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputNotFoundException(file + ": no such file");
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Parses and validates scenario text; {@code origin} names it in error messages. */
    public Scenario parse(String text, String origin) {
        Scenario s = mapped(text, origin, SCENARIO, () -> mapper.readValue(text, Scenario.class));
        if (s == null) {
            throw new ScenarioException(origin + ": " + SCENARIO.empty());
        }
        return s;
    }

    /**
     * Binds a scenario given as a YAML tree (a base scenario with a sweep's values set into it);
     * errors name the field but no line, as a tree has none.
     */
    public Scenario bind(JsonNode tree, String origin) {
        return mapped(null, origin, SCENARIO, () -> mapper.treeToValue(tree, Scenario.class));
    }

    /** The YAML tree of {@code text}; a syntax error is one line naming {@code origin} and the line. */
    public JsonNode readTree(String text, String origin) {
        JsonNode tree = mapped(text, origin, OTHER, () -> mapper.readTree(text));
        return tree == null ? mapper.missingNode() : tree;
    }

    /**
     * Reads {@code text} as a {@code type} (a record read through its creator, validating as it
     * is built), with the scenario's strictness and one-line errors; null for an empty text.
     */
    public <T> T read(String text, String origin, Class<T> type) {
        return mapped(text, origin, OTHER, () -> mapper.readValue(text, type));
    }

    /** Reads a {@code type} from a YAML tree, as {@link #read} does from text. */
    public <T> T read(JsonNode tree, String origin, Class<T> type) {
        return mapped(null, origin, OTHER, () -> mapper.treeToValue(tree, type));
    }

    /** A Jackson reading that may fail. */
    @FunctionalInterface
    private interface Reading<T> {
        T read() throws IOException;
    }

    /** How a kind of document is named when it is empty or is not a mapping. */
    private record Kind(String notMapping, String empty) {}

    private static final Kind SCENARIO = new Kind("expected a mapping of scenario fields",
            "the file is empty; a scenario needs at least 'workload'");
    private static final Kind OTHER = new Kind("expected a mapping of fields", "the file is empty");

    // text is null for a tree, which has no lines to point at.
    private <T> T mapped(String text, String origin, Kind kind, Reading<T> reading) {
        try {
            return reading.read();
        } catch (UnrecognizedPropertyException e) {
            JsonLocation at = text == null ? null : keyLocation(text, e.getPath(), e.getLocation());
            if (kind == SCENARIO && path(e.getPath()).equals("sweep")) {
                throw new ScenarioException(where(origin, at) + "this scenario has a 'sweep:' block: run it with"
                        + " 'hpcsim sweep FILE' (a run is one scenario)");
            }
            throw new ScenarioException(where(origin, at)
                    + "unknown field '" + path(e.getPath())
                    + "' (allowed here: " + allowed(e.getKnownPropertyIds()) + ")");
        } catch (ValueInstantiationException e) {
            throw fieldProblem(origin, e);
        } catch (InvalidTypeIdException e) {
            throw new ScenarioException(where(origin, e.getLocation()) + kindProblem(path(e.getPath()), e.getTypeId()));
        } catch (InvalidFormatException e) {
            throw new ScenarioException(where(origin, e.getLocation()) + "field '" + path(e.getPath())
                    + "': expected " + typeName(e.getTargetType()) + ", got '" + e.getValue() + "'");
        } catch (MismatchedInputException e) {
            String field = path(e.getPath());
            if (field.isEmpty()) {
                throw new ScenarioException(text == null || hasContent(text)
                        ? where(origin, e.getLocation()) + kind.notMapping()
                        : origin + ": " + kind.empty());
            }
            throw new ScenarioException(where(origin, e.getLocation()) + "field '" + field + "': expected "
                    + typeName(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw new ScenarioException(where(origin, e.getLocation()) + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new ScenarioException(where(origin, e.getLocation()) + "not valid YAML: "
                    + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioException(origin + ": cannot read: " + e.getMessage());
        }
    }

    /** Whether the text holds any YAML value (not only blanks and comments). */
    private boolean hasContent(String text) {
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            return p.nextToken() != null;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Where the key at {@code refs} is written. Jackson reports an unknown key of a record built
     * through its creator only once the whole mapping has been read, at the mapping's end, so the
     * key is looked up again; {@code fallback} when it cannot be found.
     */
    private JsonLocation keyLocation(String text, List<JsonMappingException.Reference> refs, JsonLocation fallback) {
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return fallback;
            }
            for (int i = 0; i < refs.size(); i++) {
                String name = refs.get(i).getFieldName();
                if (name == null) {
                    return fallback;
                }
                while (true) {
                    if (p.nextToken() != JsonToken.FIELD_NAME) {
                        return fallback;
                    }
                    if (name.equals(p.currentName())) {
                        break;
                    }
                    p.nextToken();
                    p.skipChildren();
                }
                if (i == refs.size() - 1) {
                    return p.currentTokenLocation();
                }
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return fallback;
                }
            }
        } catch (IOException e) {
            return fallback;
        }
        return fallback;
    }

    private static ScenarioException fieldProblem(String origin, ValueInstantiationException e) {
        Throwable cause = e.getCause();
        String parent = path(e.getPath());
        if (cause instanceof InvalidFieldException f) {
            String field = parent.isEmpty() ? f.field() : parent + "." + f.field();
            return new ScenarioException(origin + ": " + field + ": " + f.getMessage());
        }
        return new ScenarioException(origin + ": " + (parent.isEmpty() ? "" : parent + ": ")
                + (cause != null ? cause.getMessage() : firstLine(e.getOriginalMessage())));
    }

    // A missing or unknown 'model:' or 'distribution:' names the choices.
    private static String kindProblem(String path, String given) {
        boolean runtime = path.endsWith("runtime") || path.endsWith("bootTime");
        boolean size = path.endsWith("size");
        String key = runtime || size ? "distribution" : "model";
        String allowed = runtime ? RuntimeSpec.DISTRIBUTIONS : size ? SizeSpec.DISTRIBUTIONS : SyntheticSpec.MODELS;
        String field = (path.isEmpty() ? "" : path + ".") + key;
        return given == null
                ? "field '" + field + "' is required (allowed: " + allowed + ")"
                : "field '" + field + "': unknown " + key + " '" + given + "' (allowed: " + allowed + ")";
    }

    private static String where(String origin, JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 0) {
            return origin + ": ";
        }
        return origin + ":" + loc.getLineNr() + ":" + loc.getColumnNr() + ": ";
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String allowed(Collection<Object> known) {
        TreeSet<String> names = new TreeSet<>();
        for (Object k : known) {
            names.add(String.valueOf(k));
        }
        return String.join(", ", names);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text value";
        }
        return "a mapping of " + type.getSimpleName().replace("Spec", "").toLowerCase() + " fields";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
