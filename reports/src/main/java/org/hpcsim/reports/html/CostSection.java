package org.hpcsim.reports.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.cloud.CostShare;
import org.hpcsim.reports.data.RunOutput;
import org.hpcsim.reports.html.GroupTableHtml.Column;

/** What the run cost: the price, the node-hours paid for (held by jobs and idle), and the cost per user and account. */
final class CostSection {
    private CostSection() {}

    /** Appends the cost section of {@code run}; nothing when the run has no cost. */
    static void append(StringBuilder sb, RunOutput run) {
        CostReport c = run.cost();
        if (c == null) {
            return;
        }
        sb.append("<section id=\"cost\">\n<h2>Cost</h2>\n<dl class=\"facts\">\n");
        if (run.scenario().get("cluster") instanceof Map<?, ?> cluster && cluster.get("instanceType") != null) {
            fact(sb, "Instance type", String.valueOf(cluster.get("instanceType")));
        }
        fact(sb, "Capacity", capacity(c));
        fact(sb, "Price per node-hour", Formats.price(c.perNodeHour()));
        if (c.spot()) {
            fact(sb, "On-Demand price per node-hour", Formats.price(c.onDemandPerNodeHour()));
        }
        int nodes = run.cluster().nodes();
        fact(sb, "Whole cluster per hour", Formats.count(nodes) + (nodes == 1 ? " node × " : " nodes × ")
                + Formats.price(c.perNodeHour()) + " = " + Formats.dollars(nodes * c.perNodeHour()));
        sb.append("</dl>\n");
        paid(sb, c, nodes);
        sb.append("<h3>By user</h3>\n");
        GroupTableHtml.append(sb, table(c.byUser()), CostShare::name, columns(c.busy()), "user", "users",
                "the highest cost", "groups costs");
        sb.append("<h3>By account</h3>\n");
        GroupTableHtml.append(sb, table(c.byAccount()), CostShare::name, columns(c.busy()), "account", "accounts",
                "the highest cost", "groups costs");
        sb.append("<p class=\"note\">The cluster is static: every node is paid for from the first submission to the"
                + " last end, used or not. A job on c of a node’s C cores holds c ÷ C of it for its run time (with"
                + " whole-node allocation, all of each node it holds); node-hours no job holds are idle. Users and"
                + " accounts are sorted by cost, ties by name; their shares are of the cost held by jobs."
                + (c.spot() ? " Spot capacity is priced at its discount throughout; interruptions are not modelled."
                        : "")
                + "</p>\n</section>\n");
    }

    /** "On-Demand", or "Spot, 65.0 % below On-Demand". */
    static String capacity(CostReport c) {
        if (!c.spot()) {
            return "On-Demand";
        }
        return c.onDemandPerNodeHour() > 0 ? String.format(Locale.ROOT, "Spot, %s below On-Demand",
                Formats.percent(1 - c.perNodeHour() / c.onDemandPerNodeHour())) : "Spot";
    }

    private static void fact(StringBuilder sb, String label, String value) {
        sb.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }

    /** Node-hours and cost held by jobs and idle, adding up to the cluster's. */
    private static void paid(StringBuilder sb, CostReport c, int nodes) {
        sb.append("<table class=\"paid\">\n<thead><tr><th></th><th class=\"num\">Node-hours</th>")
                .append("<th class=\"num\">Cost</th><th>Share of cost</th></tr></thead>\n<tbody>\n");
        paidRow(sb, "Held by jobs", c.busyNodeHours(), c.busy(), c.total());
        paidRow(sb, "Idle", c.idleNodeHours(), c.idle(), c.total());
        sb.append("</tbody>\n<tfoot>\n");
        paidRow(sb, "Paid for: all " + Formats.count(nodes) + (nodes == 1 ? " node" : " nodes")
                + ", first submission to last end", c.nodeHours(), c.total(), c.total());
        sb.append("</tfoot>\n</table>\n");
    }

    private static void paidRow(StringBuilder sb, String label, double nodeHours, double cost, double total) {
        sb.append("<tr><td>").append(Html.escape(label)).append("</td>")
                .append(GroupTableHtml.number(Formats.fixed(nodeHours, 1)))
                .append(GroupTableHtml.number(Formats.dollars(cost)))
                .append(GroupTableHtml.share(total > 0 ? cost / total : 0)).append("</tr>\n");
    }

    private static GroupTable<CostShare> table(List<CostShare> shares) {
        return GroupTable.capped(shares, sum(shares), GroupTable.LIMIT, CostSection::sum);
    }

    private static CostShare sum(List<CostShare> shares) {
        long jobs = 0;
        double nodeHours = 0;
        double cost = 0;
        for (CostShare s : shares) {
            jobs += s.jobs();
            nodeHours += s.nodeHours();
            cost += s.cost();
        }
        return new CostShare("", jobs, nodeHours, cost);
    }

    private static List<Column<CostShare>> columns(double busy) {
        return List.of(
                new Column<>("Jobs", true, s -> GroupTableHtml.number(Formats.count(s.jobs()))),
                new Column<>("Node-hours", true, s -> GroupTableHtml.number(Formats.fixed(s.nodeHours(), 1))),
                new Column<>("Cost", true, s -> GroupTableHtml.number(Formats.dollars(s.cost()))),
                new Column<>("Share of jobs’ cost", false, s -> GroupTableHtml.share(busy > 0 ? s.cost() / busy : 0)));
    }
}
