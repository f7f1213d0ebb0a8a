package org.hpcsim.reports;

import java.util.Locale;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.cloud.GroupCost;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.scenarios.run.RunReport;
import org.hpcsim.scenarios.spec.ClusterSpec;

/** A short Markdown table of a run's headline metrics, for the terminal. */
public final class TerminalSummary {
    private TerminalSummary() {}

    /** The table, one metric a row. */
    public static String render(RunReport r) {
        RunMetrics m = r.metrics();
        ClusterSpec c = r.scenario().cluster();
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(r.scenario().name()).append(" | ")
                .append(r.scenario().scheduler().policy().word()).append(" on ")
                .append(c.nodes()).append(c.dynamicNodes() > 0 ? " + " + c.dynamicNodes() + " dynamic" : "")
                .append(" nodes x ").append(c.coresPerNode()).append(" cores |\n");
        sb.append("|---|---:|\n");
        row(sb, "jobs", String.format(Locale.ROOT, "%d run, %d dropped, %d killed at limit",
                m.jobs(), r.workload().jobsDropped(), m.killedAtLimit()));
        row(sb, "makespan", duration(m.makespan()));
        row(sb, "utilization", String.format(Locale.ROOT, "%.1f %%", 100 * m.utilization()));
        row(sb, "wait mean / median / p95", duration(m.meanWait()) + " / " + duration(m.medianWait()) + " / "
                + duration(m.p95Wait()));
        row(sb, "wait max", duration(m.maxWait()));
        row(sb, "bounded slowdown (mean)", String.format(Locale.ROOT, "%.2f", m.meanBoundedSlowdown()));
        row(sb, "throughput", String.format(Locale.ROOT, "%.1f jobs/h", m.throughputPerHour()));
        row(sb, "queue length mean / max", String.format(Locale.ROOT, "%.1f / %d", m.meanQueueLength(),
                m.maxQueueLength()));
        if (r.cost() != null) {
            CostReport k = r.cost();
            double total = k.total();
            // A share that rounds to 0.0 % (a Spot replacement or two) stays in summary.json only.
            String booting = total > 0 && k.booting() / total >= 0.0005
                    ? String.format(Locale.ROOT, ", %.1f %% booting", 100 * k.booting() / total) : "";
            String storage = (k.storageCost() > 0 ? String.format(Locale.ROOT, ", storage $%,.2f", k.storageCost()) : "")
                    + (k.headNodeCost() > 0 ? String.format(Locale.ROOT, ", head node $%,.2f", k.headNodeCost()) : "");
            row(sb, "cost (idle share)", String.format(Locale.ROOT, "$%,.2f (%.1f %% idle%s%s)%s", total,
                    total == 0 ? 0 : 100 * k.idle() / total, booting, storage, capacity(k)));
            for (GroupCost g : k.groups()) {
                row(sb, "  " + g.name() + " (" + g.instanceType() + ", " + g.capacity() + ")",
                        String.format(Locale.ROOT, "$%,.2f (%,.1f node-h up, %.1f %% idle)", g.cost(), g.nodeHours(),
                                g.nodeHours() == 0 ? 0 : 100 * g.idleNodeHours() / g.nodeHours()));
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String value) {
        sb.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    /** Seconds as a short human duration: 42 s, 12.5 min, 3.2 h, 4.1 d. */
    static String duration(double seconds) {
        double a = Math.abs(seconds);
        if (a < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (a < 7200) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        if (a < 172_800) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1f d", seconds / 86_400);
    }

    /** ", Spot" when the nodes are Spot; a cluster of node groups may mix both. */
    private static String capacity(CostReport k) {
        if (!k.spot()) {
            return "";
        }
        boolean allSpot = k.groups().stream().allMatch(g -> g.capacity().equals("spot"));
        return allSpot ? ", Spot" : ", Spot and On-Demand";
    }
}
