package org.hpcsim.reports.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.reports.JsonText;
import org.hpcsim.reports.compare.HeadlineMetric;

/** A study's results as {@code sweep.json}: the study, then per point its values and metric summaries. */
public final class SweepJson {
    private SweepJson() {}

    /** The text of sweep.json; {@code study} describes the study (sampling, replications, seeds...). */
    public static String render(SweepTable table, Map<String, Object> study) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("sweep", table.name());
        tree.putAll(study);
        tree.put("points", table.points());
        tree.put("pointsWithResults", table.rows().size());
        tree.put("missing", table.missing());
        tree.put("confidence", MetricSummary.CONFIDENCE);
        List<Object> rows = new ArrayList<>();
        for (SweepTable.Row row : table.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("point", row.index());
            r.put("parameters", row.parameters());
            r.put("replications", row.replications());
            Map<String, Object> metrics = new LinkedHashMap<>();
            for (HeadlineMetric m : HeadlineMetric.values()) {
                MetricSummary s = row.metric(m);
                if (s.n() == 0) {
                    continue;
                }
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("mean", s.mean());
                v.put("stdDev", s.stdDev());
                v.put("ci95Low", s.low());
                v.put("ci95High", s.high());
                metrics.put(m.key(), v);
            }
            r.put("metrics", metrics);
            rows.add(r);
        }
        tree.put("results", rows);
        return JsonText.render(tree);
    }
}
