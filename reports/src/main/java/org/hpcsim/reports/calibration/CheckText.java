package org.hpcsim.reports.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hpcsim.models.calibration.PredictionCheck;
import org.hpcsim.models.calibration.PredictionError;

/**
 * A check of measurements against a profile as text: one row per benchmark and size (measured,
 * predicted, error, held out or fitted), then each benchmark's error summary; or the same as
 * JSON-ready maps.
 */
public final class CheckText {
    private CheckText() {}

    /** The table's lines. */
    public static List<String> lines(PredictionCheck check) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-22s %12s %14s %14s %9s  %s", "benchmark", "size", "measured",
                "predicted", "error", "sizes"));
        for (PredictionError e : check.errors()) {
            out.add(String.format(Locale.ROOT, "%-22s %12s %14s %14s %8.1f%%  %s", e.benchmark(), size(e),
                    value(e, e.measured()), value(e, e.predicted()), 100 * e.relativeError(),
                    e.heldOut() ? "held out" : "fitted"));
        }
        for (PredictionCheck.Summary s : check.summaries()) {
            out.add(s.benchmark() + ": mean |error| " + Units.percent(s.meanError()) + " over " + s.points()
                    + " sizes; held out: " + (s.heldOutPoints() == 0 ? "none"
                    : s.heldOutPoints() + " sizes, mean |error| " + Units.percent(s.heldOutMean()) + ", max "
                    + Units.percent(s.heldOutMax())));
        }
        for (String n : check.notes()) {
            out.add("note: " + n);
        }
        return out;
    }

    /** The check as maps and lists for JSON: rows, summaries, notes. */
    public static Map<String, Object> tree(PredictionCheck check) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> rows = new ArrayList<>();
        for (PredictionError e : check.errors()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("benchmark", e.benchmark());
            r.put("bytes", e.benchmark().startsWith("gpu ") ? null : (long) e.bytes());
            r.put("elements", e.benchmark().startsWith("gpu ") ? (long) e.bytes() : null);
            r.put("measured", e.measured());
            r.put("predicted", e.predicted());
            r.put("relativeError", e.relativeError());
            r.put("heldOut", e.heldOut());
            rows.add(r);
        }
        root.put("rows", rows);
        List<Object> sums = new ArrayList<>();
        for (PredictionCheck.Summary s : check.summaries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("benchmark", s.benchmark());
            m.put("points", s.points());
            m.put("meanAbsRelativeError", finite(s.meanError()));
            m.put("heldOutPoints", s.heldOutPoints());
            m.put("heldOutMeanAbsRelativeError", finite(s.heldOutMean()));
            m.put("heldOutMaxAbsRelativeError", finite(s.heldOutMax()));
            sums.add(m);
        }
        root.put("summaries", sums);
        root.put("notes", check.notes());
        return root;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String size(PredictionError e) {
        return e.benchmark().startsWith("gpu ") ? String.format(Locale.ROOT, "n=%d", (long) e.bytes())
                : Units.bytes(e.bytes());
    }

    private static String value(PredictionError e, double v) {
        return e.benchmark().equals("bandwidth") ? String.format(Locale.ROOT, "%.4g MB/s", v / 1e6)
                : Units.micros(v);
    }
}
