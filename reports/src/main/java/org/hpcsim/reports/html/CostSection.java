package org.hpcsim.reports.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.cloud.CostShare;
import org.hpcsim.models.cloud.StorageCost;
import org.hpcsim.reports.data.RunOutput;
import org.hpcsim.reports.html.GroupTableHtml.Column;

/**
 * What the run cost: the price, the node-hours paid for (held by jobs, booting and idle), Spot and
 * On-Demand apart on a mixed fleet, the storage, and the cost per user and account.
 */
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
        Object series = pricing(run).get("spotPrices");
        fact(sb, "Capacity", capacity(c));
        if (series != null) {
            fact(sb, "Spot prices", "the series in " + series);
        }
        fact(sb, series != null ? "Average price per node-hour" : "Price per node-hour",
                Formats.price(c.perNodeHour()));
        if (c.spot()) {
            fact(sb, "On-Demand price per node-hour", Formats.price(c.onDemandPerNodeHour()));
        }
        int nodes = run.cluster().nodes();
        fact(sb, "Whole cluster per hour", Formats.count(nodes) + (nodes == 1 ? " node × " : " nodes × ")
                + Formats.price(c.perNodeHour()) + " = " + Formats.dollars(nodes * c.perNodeHour()));
        if (c.lost() > 0) {
            fact(sb, "Wasted: idle and work lost to node failures", Formats.dollars(c.idle()) + " + "
                    + Formats.dollars(c.lost()) + " = " + Formats.dollars(c.idle() + c.lost()));
        }
        sb.append("</dl>\n");
        paid(sb, c, nodes);
        if (c.mixedFleet()) {
            byCapacity(sb, c);
        }
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
                + (c.bootingNodeHours() > 0 ? " A node booting (a dynamic node powering up, or the replacement of an"
                        + " interrupted Spot node) is paid but runs nothing." : "")
                + (c.spot() ? spotNote(run, series) : "")
                + "</p>\n</section>\n");
    }

    private static String spotNote(RunOutput run, Object series) {
        String price = series != null ? " Spot nodes are priced by the series, hour by hour;"
                : " Spot capacity is priced at its discount throughout;";
        return price + (run.scenario().get("cluster") instanceof Map<?, ?> cluster && cluster.get("spot") != null
                ? " interruptions are modelled (cluster.spot)." : " interruptions are not modelled.");
    }

    private static Map<?, ?> pricing(RunOutput run) {
        return run.scenario().get("cluster") instanceof Map<?, ?> cluster
                && cluster.get("pricing") instanceof Map<?, ?> p ? p : Map.of();
    }

    /** Node-hours and cost of the Spot and the On-Demand nodes, exact for the fleet. */
    private static void byCapacity(StringBuilder sb, CostReport c) {
        sb.append("<h3>By capacity</h3>\n<table class=\"paid\">\n")
                .append("<thead><tr><th></th><th class=\"num\">Node-hours</th>")
                .append("<th class=\"num\">Cost</th><th>Share of cost</th></tr></thead>\n<tbody>\n");
        double nodesCost = c.spotCost() + c.onDemandCost();
        paidRow(sb, "Spot nodes", c.spotNodeHours(), c.spotCost(), nodesCost);
        paidRow(sb, "On-Demand nodes", c.onDemandNodeHours(), c.onDemandCost(), nodesCost);
        sb.append("</tbody>\n</table>\n");
    }

    /** "On-Demand", "Spot, 65.0 % below On-Demand", or for a mixed fleet its Spot share too. */
    static String capacity(CostReport c) {
        if (!c.spot()) {
            return "On-Demand";
        }
        if (c.mixedFleet() && c.onDemandPerNodeHour() > 0) {
            return String.format(Locale.ROOT, "Spot and On-Demand (%s of node-hours Spot), on average %s below"
                    + " On-Demand", Formats.percent(c.spotNodeHours() / c.nodeHours()),
                    Formats.percent(1 - c.perNodeHour() / c.onDemandPerNodeHour()));
        }
        return c.onDemandPerNodeHour() > 0 ? String.format(Locale.ROOT, "Spot, %s below On-Demand",
                Formats.percent(1 - c.perNodeHour() / c.onDemandPerNodeHour())) : "Spot";
    }

    private static void fact(StringBuilder sb, String label, String value) {
        sb.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }

    /** Node-hours and cost held by jobs, booting and idle, and the storage, adding up to the total. */
    private static void paid(StringBuilder sb, CostReport c, int nodes) {
        sb.append("<table class=\"paid\">\n<thead><tr><th></th><th class=\"num\">Node-hours</th>")
                .append("<th class=\"num\">Cost</th><th>Share of cost</th></tr></thead>\n<tbody>\n");
        paidRow(sb, "Held by jobs", c.busyNodeHours(), c.busy(), c.total());
        if (c.bootingNodeHours() > 0) {
            paidRow(sb, "Booting", c.bootingNodeHours(), c.booting(), c.total());
        }
        paidRow(sb, "Idle", c.idleNodeHours(), c.idle(), c.total());
        for (StorageCost st : c.storage()) {
            paidRow(sb, "Storage: " + st.name() + " (" + st.type() + ", " + Formats.fixed(st.capacityGiB(), 0)
                    + " GiB at " + Formats.price(st.pricePerGiBMonth()) + " per GiB-month)", Double.NaN, st.cost(),
                    c.total());
        }
        sb.append("</tbody>\n<tfoot>\n");
        paidRow(sb, "Paid for: all " + Formats.count(nodes) + (nodes == 1 ? " node" : " nodes")
                + (c.storage().isEmpty() ? "" : " and the storage") + ", first submission to last end", c.nodeHours(),
                c.total(), c.total());
        sb.append("</tfoot>\n</table>\n");
    }

    private static void paidRow(StringBuilder sb, String label, double nodeHours, double cost, double total) {
        sb.append("<tr><td>").append(Html.escape(label)).append("</td>")
                .append(GroupTableHtml.number(Double.isNaN(nodeHours) ? "" : Formats.fixed(nodeHours, 1)))
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
