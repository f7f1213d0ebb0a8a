package org.hpcsim.reports.html;

import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.reports.data.RunOutput;
import org.hpcsim.reports.data.RunOutput.ClusterShape;

/** The top of the page: the scenario's name, what ran on what, a few key figures and the contents. */
final class HeaderSection {
    private HeaderSection() {}

    /** Appends the header of {@code run}. */
    static void append(StringBuilder sb, RunOutput run) {
        RunMetrics m = run.metrics();
        sb.append("<header>\n<h1><span class=\"kicker\">hpcsim run report</span>").append(Html.escape(run.name()))
                .append("</h1>\n");
        sb.append("<p class=\"lede\">").append(Html.escape(lede(run))).append("</p>\n");
        sb.append("<div class=\"tiles\">\n");
        tile(sb, "Jobs completed", Formats.count(m.jobs()));
        tile(sb, "Makespan", Formats.duration(m.makespan()));
        tile(sb, "Utilization", Formats.percent(m.utilization()));
        tile(sb, "Mean wait", Formats.duration(m.meanWait()));
        tile(sb, "95th-percentile wait", Formats.duration(m.p95Wait()));
        tile(sb, "Mean bounded slowdown", Formats.fixed(m.meanBoundedSlowdown(), 2));
        if (run.cost() != null) {
            // Whole dollars from $1,000 up, so the figure fits its box; the cost section has the cents.
            double total = run.cost().total();
            tile(sb, "Total cost", Math.abs(total) >= 1000 ? "$" + Formats.fixed(total, 0) : Formats.dollars(total));
        }
        sb.append("</div>\n<nav aria-label=\"Contents\">");
        link(sb, "scenario", "Scenario");
        link(sb, "workload", "Workload");
        link(sb, "metrics", "Metrics");
        if (run.cost() != null) {
            link(sb, "cost", "Cost");
        }
        link(sb, "charts", "Charts");
        link(sb, "partitions", "By partition");
        link(sb, "users", "By user");
        sb.append("</nav>\n</header>\n");
    }

    /** "Policy easy on 128 nodes × 32 cores (4,096 cores), node allocation · seed 42". */
    static String lede(RunOutput run) {
        ClusterShape c = run.cluster();
        StringBuilder s = new StringBuilder("Policy ").append(run.policy()).append(" on ")
                .append(Formats.count(c.nodes())).append(c.nodes() == 1 ? " node × " : " nodes × ")
                .append(Formats.count(c.coresPerNode())).append(c.coresPerNode() == 1 ? " core (" : " cores (")
                .append(Formats.count(c.cores())).append(" cores");
        if (c.gpus() > 0) {
            s.append(", ").append(Formats.count(c.gpus())).append(" GPUs");
        }
        s.append("), ").append(c.allocation()).append(" allocation");
        Object seed = run.scenario().get("seed");
        if (seed != null) {
            s.append(" · seed ").append(seed);
        }
        return s.toString();
    }

    private static void tile(StringBuilder sb, String label, String value) {
        sb.append("<div class=\"tile\"><div class=\"label\">").append(Html.escape(label))
                .append("</div><div class=\"value\">").append(Html.escape(value)).append("</div></div>\n");
    }

    private static void link(StringBuilder sb, String id, String text) {
        sb.append("<a href=\"#").append(id).append("\">").append(text).append("</a>");
    }
}
