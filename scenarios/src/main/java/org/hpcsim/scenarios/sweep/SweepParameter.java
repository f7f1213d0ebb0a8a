package org.hpcsim.scenarios.sweep;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hpcsim.scenarios.spec.InvalidFieldException;

/**
 * One dimension of a sweep: a place in the scenario and the values it takes, either listed
 * levels (given as {@code values}, a stepped {@code range} or a {@code logRange} with a count)
 * or, for random and Latin hypercube sampling, a continuous interval (a range without a step, a
 * log range without a count).
 *
 * @param path    where the value goes
 * @param name    the short name in tables and charts (default: the path's last field)
 * @param levels  the values, or null for a continuous interval
 * @param from    the interval's low end (continuous only)
 * @param to      the interval's high end (continuous only)
 * @param log     whether the interval is sampled log-uniformly (continuous only)
 * @param integer whether sampled values are rounded to whole numbers (continuous only)
 */
public record SweepParameter(ParameterPath path, String name, List<JsonNode> levels, double from, double to,
                             boolean log, boolean integer) {
    /** The most levels one parameter may list: a sweep is run point by point, so more is a mistake. */
    static final int MAX_LEVELS = 100_000;

    /** Validates the dimension. */
    public SweepParameter {
        InvalidFieldException.require(path != null, "path", "is required (for example cluster.nodes)");
        name = name == null ? lastField(path.text()) : name;
        InvalidFieldException.require(name.matches("[A-Za-z0-9._-]+"), "name",
                "must be letters, digits, '.', '_' or '-', got '" + name + "'");
        if (levels != null) {
            InvalidFieldException.require(!levels.isEmpty(), "values", "must list at least one value");
            levels = List.copyOf(levels);
        } else {
            InvalidFieldException.require(Double.isFinite(from) && Double.isFinite(to) && from <= to, "range",
                    "needs from <= to, got from " + from + ", to " + to);
            InvalidFieldException.require(!log || from > 0, "logRange", "needs from > 0, got " + from);
        }
    }

    /** Whether the values are listed (a grid can use them) rather than a continuous interval. */
    public boolean discrete() {
        return levels != null;
    }

    /** The value at {@code u} in [0, 1) of the continuous interval. */
    public JsonNode sample(double u) {
        if (integer) {
            double lo = Math.ceil(from);
            double hi = Math.floor(to);
            if (log) {
                double v = Math.exp(Math.log(lo) + u * (Math.log(hi + 1) - Math.log(lo)));
                return LongNode.valueOf((long) Math.min(hi, Math.floor(v)));
            }
            return LongNode.valueOf((long) Math.min(hi, Math.floor(lo + u * (hi - lo + 1))));
        }
        double v = log ? Math.exp(Math.log(from) + u * (Math.log(to) - Math.log(from))) : from + u * (to - from);
        return DoubleNode.valueOf(v);
    }

    /** Listed values, as written. */
    public static SweepParameter listed(String path, String name, List<JsonNode> values) {
        return new SweepParameter(new ParameterPath(path), name, values, 0, 0, false, false);
    }

    /** A continuous interval, linear or logarithmic. */
    public static SweepParameter interval(String path, String name, double from, double to, boolean log,
                                          boolean integer) {
        return new SweepParameter(new ParameterPath(path), name, null, from, to, log, integer);
    }

    /** {@code from}, {@code from + step}, ... up to {@code to}: whole numbers when all three are. */
    static List<JsonNode> stepped(double from, double to, double step) {
        InvalidFieldException.require(Double.isFinite(from) && Double.isFinite(to) && from <= to, "range",
                "needs from <= to, got from " + from + ", to " + to);
        InvalidFieldException.require(step > 0 && Double.isFinite(step), "range.step", "must be positive, got " + step);
        long count = (long) Math.floor((to - from) / step * (1 + 1e-12)) + 1;
        InvalidFieldException.require(count <= MAX_LEVELS, "range",
                "gives " + count + " values; at most " + MAX_LEVELS + " are allowed");
        boolean whole = isWhole(from) && isWhole(step);
        List<JsonNode> values = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            values.add(whole ? LongNode.valueOf((long) from + i * (long) step) : decimal(from + i * step));
        }
        return values;
    }

    /** {@code count} values spaced evenly on a log scale from {@code from} to {@code to}. */
    static List<JsonNode> logSpaced(double from, double to, int count, boolean integer) {
        InvalidFieldException.require(from > 0 && Double.isFinite(to) && from <= to, "logRange",
                "needs 0 < from <= to, got from " + from + ", to " + to);
        InvalidFieldException.require(count >= 1 && count <= MAX_LEVELS, "logRange.count",
                "must be 1 to " + MAX_LEVELS + ", got " + count);
        LinkedHashSet<JsonNode> values = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            double v = count == 1 ? from : Math.exp(Math.log(from) + i * (Math.log(to) - Math.log(from)) / (count - 1));
            values.add(integer ? LongNode.valueOf(Math.round(v)) : decimal(v));
        }
        return new ArrayList<>(values);
    }

    // Twelve significant digits: 0.1 + 2 x 0.1 is written 0.3, not 0.30000000000000004.
    private static JsonNode decimal(double v) {
        return DoubleNode.valueOf(new BigDecimal(v).round(new MathContext(12)).doubleValue());
    }

    private static boolean isWhole(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15;
    }

    private static String lastField(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    /** A stepped or continuous linear interval as the sweep file writes it. */
    record Range(Double from, Double to, Double step) {
        @JsonCreator
        Range(@JsonProperty("from") Double from, @JsonProperty("to") Double to, @JsonProperty("step") Double step) {
            InvalidFieldException.require(from != null, "from", "is required");
            InvalidFieldException.require(to != null, "to", "is required");
            this.from = from;
            this.to = to;
            this.step = step;
        }
    }

    /** A log-spaced or continuous log-uniform interval as the sweep file writes it. */
    record LogRange(Double from, Double to, Integer count) {
        @JsonCreator
        LogRange(@JsonProperty("from") Double from, @JsonProperty("to") Double to,
                 @JsonProperty("count") Integer count) {
            InvalidFieldException.require(from != null, "from", "is required");
            InvalidFieldException.require(to != null, "to", "is required");
            this.from = from;
            this.to = to;
            this.count = count;
        }
    }

    @JsonCreator
    static SweepParameter fromFile(@JsonProperty("path") String path, @JsonProperty("name") String name,
                                   @JsonProperty("values") List<JsonNode> values, @JsonProperty("range") Range range,
                                   @JsonProperty("logRange") LogRange logRange,
                                   @JsonProperty("integer") Boolean integer) {
        InvalidFieldException.require(path != null, "path", "is required (for example cluster.nodes)");
        int given = (values != null ? 1 : 0) + (range != null ? 1 : 0) + (logRange != null ? 1 : 0);
        InvalidFieldException.require(given == 1, "values",
                "give exactly one of values, range or logRange for '" + path + "' (got " + given + ")");
        boolean whole = integer != null && integer;
        if (values != null) {
            return listed(path, name, values);
        }
        if (range != null) {
            return range.step() != null ? listed(path, name, stepped(range.from(), range.to(), range.step()))
                    : interval(path, name, range.from(), range.to(), false, whole);
        }
        return logRange.count() != null
                ? listed(path, name, logSpaced(logRange.from(), logRange.to(), logRange.count(), whole))
                : interval(path, name, logRange.from(), logRange.to(), true, whole);
    }
}
