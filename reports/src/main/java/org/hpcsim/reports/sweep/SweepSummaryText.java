package org.hpcsim.reports.sweep;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.hpcsim.reports.compare.MetricFormat;
import org.hpcsim.reports.AlignedColumns;

/** A study's results as a short terminal table: each point's values and its key metrics' means ± CI. */
public final class SweepSummaryText {
    /** Rows printed at most; the rest are in sweep.csv. */
    static final int MAX_ROWS = 20;

    private static final HeadlineMetric[] SHOWN = {HeadlineMetric.MEAN_WAIT, HeadlineMetric.P95_WAIT,
        HeadlineMetric.UTILIZATION, HeadlineMetric.MAKESPAN, HeadlineMetric.TOTAL_COST};

    private SweepSummaryText() {}

    /** The table, one line per point (the first {@value #MAX_ROWS}), columns aligned. */
    public static String render(SweepTable table) {
        List<String[]> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(table.parameters());
        List<HeadlineMetric> shown = new ArrayList<>();
        for (HeadlineMetric m : SHOWN) {
            if (table.rows().stream().anyMatch(r -> r.metric(m).n() > 0)) {
                shown.add(m);
                header.add(m.label());
            }
        }
        lines.add(header.toArray(new String[0]));
        for (SweepTable.Row row : table.rows().subList(0, Math.min(MAX_ROWS, table.rows().size()))) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(row.index())));
            for (String p : table.parameters()) {
                cells.add(row.parameters().get(p));
            }
            for (HeadlineMetric m : shown) {
                MetricSummary s = row.metric(m);
                String v = MetricFormat.value(m.unit(), s.mean());
                cells.add(s.n() > 1 && s.halfWidth() > 0 ? v + " ± " + MetricFormat.value(m.unit(), s.halfWidth()) : v);
            }
            lines.add(cells.toArray(new String[0]));
        }
        StringBuilder sb = new StringBuilder(AlignedColumns.render(lines, 1 + table.parameters().size()));
        if (table.rows().size() > MAX_ROWS) {
            sb.append("... ").append(table.rows().size() - MAX_ROWS).append(" more points in sweep.csv\n");
        }
        return sb.toString();
    }
}
