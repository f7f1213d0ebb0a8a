package org.hpcsim.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.cloud.CostShare;
import org.hpcsim.models.cloud.StorageCost;
import org.hpcsim.reports.data.RunOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cost section, header box and cost charts of a priced run, against the numbers in {@link ReportFixtures#priced}. */
class CostSectionTest {
    private static final Pattern FACT = Pattern.compile("<dt>([^<]*)</dt><dd>([^<]*)</dd>");

    @TempDir
    Path tmp;

    private static String page(RunOutput run) {
        return HtmlReport.render(run, List.of());
    }

    private static List<List<String>> facts(String html) {
        List<List<String>> facts = new ArrayList<>();
        Matcher m = FACT.matcher(html);
        while (m.find()) {
            facts.add(List.of(m.group(1), m.group(2).replace("&amp;", "&")));
        }
        return facts;
    }

    @Test
    void shouldStateHowTheNodesArePriced() {
        String section = PageText.section(page(ReportFixtures.priced(tmp)), "cost");
        assertEquals(List.of(
                List.of("Instance type", "c5n.18xlarge"),
                List.of("Capacity", "Spot, 50.0 % below On-Demand"),
                List.of("Price per node-hour", "$3.60"),
                List.of("On-Demand price per node-hour", "$7.20"),
                List.of("Whole cluster per hour", "4 nodes × $3.60 = $14.40")), facts(section));
        assertTrue(section.contains("interruptions are not modelled"), section);
    }

    @Test
    void shouldSplitTheCostIntoHeldByJobsAndIdle() {
        List<List<String>> rows = PageText.rows(PageText.section(page(ReportFixtures.priced(tmp)), "cost"));
        assertEquals(List.of(
                List.of("", "Node-hours", "Cost", "Share of cost"),
                // 10.80 / 22 = 49.1 %, 11.20 / 22 = 50.9 %.
                List.of("Held by jobs", "3.0", "$10.80", "49.1 %"),
                List.of("Idle", "3.1", "$11.20", "50.9 %"),
                List.of("Paid for: all 4 nodes, first submission to last end", "6.1", "$22.00", "100.0 %")),
                rows.subList(0, 4));
    }

    @Test
    void shouldListTheCostPerUserAndPerAccount() {
        List<List<String>> rows = PageText.rows(PageText.section(page(ReportFixtures.priced(tmp)), "cost"));
        assertEquals(List.of(
                List.of("#", "User", "Jobs", "Node-hours", "Cost", "Share of jobs’ cost"),
                List.of("1", "alice", "2", "2.0", "$7.20", "66.7 %"),
                List.of("2", ReportFixtures.EVIL_USER, "1", "0.5", "$1.80", "16.7 %"),
                List.of("3", "bob", "1", "0.5", "$1.80", "16.7 %"),
                List.of("", "All jobs", "4", "3.0", "$10.80", "100.0 %"),
                List.of("#", "Account", "Jobs", "Node-hours", "Cost", "Share of jobs’ cost"),
                List.of("1", "acct", "4", "3.0", "$10.80", "100.0 %"),
                List.of("", "All jobs", "4", "3.0", "$10.80", "100.0 %")), rows.subList(4, rows.size()));
    }

    @Test
    void shouldCapTheUsersAtFiftyAndSumTheRestAsOthers() {
        RunOutput base = ReportFixtures.priced(tmp);
        List<CostShare> users = new ArrayList<>();
        for (int i = 53; i >= 1; i--) {
            // u53 spent $53, ..., u01 $1: $1,431 in all; the last three $6.
            users.add(new CostShare(String.format("u%02d", i), 1, i / 2.0, i));
        }
        CostReport c = base.cost();
        CostReport many = new CostReport("USD", 2, 2, false, 1000, 715.5, 284.5, 2000, 1431, 569, users,
                c.byAccount());
        RunOutput run = new RunOutput(tmp, base.name(), base.policy(), base.cluster(), base.scenario(), base.workload(),
                base.metrics(), base.jobs(), base.series(), many);
        String section = PageText.section(page(run), "cost");
        assertTrue(section.contains("53 users; the 50 with the highest cost listed, the other 3 summed as “others”."),
                section);
        List<List<String>> rows = PageText.rows(section);
        int header = rows.indexOf(List.of("#", "User", "Jobs", "Node-hours", "Cost", "Share of jobs’ cost"));
        assertEquals(List.of("1", "u53", "1", "26.5", "$53.00", "3.7 %"), rows.get(header + 1));
        assertEquals(List.of("50", "u04"), rows.get(header + 50).subList(0, 2));
        assertEquals(List.of("", "others (3 users)", "3", "3.0", "$6.00", "0.4 %"), rows.get(header + 51));
        assertEquals(List.of("", "All jobs", "53", "715.5", "$1,431.00", "100.0 %"), rows.get(header + 52));
        assertFalse(facts(section).toString().contains("On-Demand price"), "On-Demand nodes need no second price");
        assertEquals(List.of("Capacity", "On-Demand"), facts(section).get(1));
    }

    @Test
    void shouldAddATotalCostBoxAndAContentsLink() {
        String page = page(ReportFixtures.priced(tmp));
        assertTrue(page.contains("<div class=\"tile\"><div class=\"label\">Total cost</div><div class=\"value\">$22.00"
                + "</div></div>"), page);
        assertTrue(page.contains("<a href=\"#metrics\">Metrics</a><a href=\"#cost\">Cost</a>"), page);
        assertTrue(page.indexOf("<section id=\"metrics\">") < page.indexOf("<section id=\"cost\">")
                && page.indexOf("<section id=\"cost\">") < page.indexOf("<section id=\"charts\">"));
    }

    @Test
    void shouldRoundALargeTotalToWholeDollarsInItsBox() {
        RunOutput base = ReportFixtures.priced(tmp);
        CostReport c = base.cost();
        CostReport big = new CostReport("USD", 3.888, 3.888, false, 11_737.88, 3881.26, 7856.62, 45_636.0, 15_090.3,
                30_545.7, c.byUser(), c.byAccount());
        String page = page(new RunOutput(tmp, base.name(), base.policy(), base.cluster(), base.scenario(),
                base.workload(), base.metrics(), base.jobs(), base.series(), big));
        assertTrue(page.contains("<div class=\"label\">Total cost</div><div class=\"value\">$45,636</div>"), page);
        assertTrue(PageText.section(page, "cost").contains("$45,636.00"));
    }

    @Test
    void shouldShowBootingTheCapacitySplitAndTheStorageWhenTheRunHasThem() {
        // 4 nodes over 6.111 node-hours: 3 held ($10.80), 0.5 booting ($1.80), 2.611 idle ($9.40);
        // 2 Spot nodes at $1.80 and 2 On-Demand at $5.40 ($3.60 on average): $5.50 + $16.50; and
        // 730 GiB of EFS at $0.30 per GiB-month over 5500 s: $0.458333; $22.458333 in all.
        RunOutput base = ReportFixtures.priced(tmp);
        double up = 4 * 5500 / 3600.0;
        double storage = 730 * 0.30 * (5500 / 3600.0) / 730;
        CostReport c = new CostReport("USD", 3.6, 5.4, true, up, 3, up - 3.5, up * 3.6 + storage, 10.8,
                (up - 3.5) * 3.6, base.cost().byUser(), base.cost().byAccount(), 0.5, 1.8, up / 2, up / 2 * 1.8,
                up / 2, up / 2 * 5.4, storage, List.of(new StorageCost("home", "efs", 730, 0.30, 5500 / 3600.0,
                storage)), 0, 0, (up - 3.5) * 3.6);
        RunOutput run = new RunOutput(tmp, base.name(), base.policy(), base.cluster(), base.scenario(), base.workload(),
                base.metrics(), base.jobs(), base.series(), c);
        String section = PageText.section(page(run), "cost");
        List<List<String>> rows = PageText.rows(section);
        assertEquals(List.of(
                List.of("", "Node-hours", "Cost", "Share of cost"),
                List.of("Held by jobs", "3.0", "$10.80", "48.1 %"),
                List.of("Booting", "0.5", "$1.80", "8.0 %"),
                List.of("Idle", "2.6", "$9.40", "41.9 %"),
                List.of("Storage: home (efs, 730 GiB at $0.30 per GiB-month)", "", "$0.46", "2.0 %"),
                List.of("Paid for: all 4 nodes and the storage, first submission to last end", "6.1", "$22.46",
                        "100.0 %"),
                List.of("", "Node-hours", "Cost", "Share of cost"),
                List.of("Spot nodes", "3.1", "$5.50", "25.0 %"),
                List.of("On-Demand nodes", "3.1", "$16.50", "75.0 %")), rows.subList(0, 9));
        assertEquals(List.of("Capacity", "Spot and On-Demand (50.0 % of node-hours Spot), on average 33.3 % below"
                + " On-Demand"), facts(section).get(1));
        assertTrue(section.contains("A node booting"), section);
    }

    @Test
    void shouldLeaveCostOutOfAPageWithoutIt() {
        String page = page(ReportFixtures.run(tmp));
        assertFalse(page.contains("id=\"cost\""));
        assertFalse(page.contains("Total cost"));
        assertFalse(page.contains("#cost"));
    }

    @Test
    void shouldEmbedTheCostChartsAfterTheQueueChart() throws IOException {
        String page = Files.readString(HtmlReport.write(ReportFixtures.priced(tmp), tmp));
        List<String> order = List.of("utilization", "queue", "cost-rate", "cost-cumulative", "wait-cdf",
                "slowdown-by-size", "gantt");
        int at = 0;
        for (String name : order) {
            int next = page.indexOf("<figure id=\"chart-" + name + "\">");
            assertTrue(next > at, name + " missing or out of order");
            at = next;
        }
        assertTrue(page.contains("<figcaption><strong>Cumulative cost.</strong> The running totals end at the total"),
                page);
        for (String ref : PageText.references(page)) {
            assertTrue(ref.startsWith("data:") || ref.startsWith("#"), "external reference: " + ref);
        }
    }
}
