package org.hpcsim.reports.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.reports.charts.RunCharts;
import org.hpcsim.reports.data.JobRow;
import org.hpcsim.reports.data.RunOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page of the hand-checkable run of {@link ReportFixtures}: content, escaping, self-containment, determinism. */
class HtmlReportTest {
    private static final Pattern IMG = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" alt=\"([^\"]+)\"");

    @TempDir
    Path tmp;

    private String page(Path dir) throws IOException {
        Path file = HtmlReport.write(ReportFixtures.run(dir), dir);
        assertEquals(dir.resolve("report.html"), file);
        return Files.readString(file);
    }

    @Test
    void shouldListEveryMetricWithReadableAndExactValues() throws IOException {
        List<List<String>> rows = PageText.rows(PageText.section(page(tmp), "metrics"));
        assertEquals(List.of(
                List.of("Metric", "Value", "Exact", "summary.json"),
                List.of("Jobs completed", "4 jobs", "4 jobs", "jobs"),
                List.of("Killed at their time limit", "0 jobs", "0 jobs", "killedAtLimit"),
                List.of("First submit (simulation time)", "0 s", "0 s", "firstSubmit"),
                List.of("Last end (simulation time)", "1 h 32 min", "5500 s", "lastEnd"),
                List.of("Makespan (last end − first submit)", "1 h 32 min", "5500 s", "makespan"),
                List.of("Utilization (core-seconds held ÷ cluster core-seconds)", "49.1 %", "0.4909090909090909",
                        "utilization"),
                List.of("Mean wait", "25 min", "1500 s", "meanWait"),
                List.of("Median wait", "20 min", "1200 s", "medianWait"),
                List.of("95th-percentile wait", "55 min 30 s", "3330 s", "p95Wait"),
                List.of("Longest wait", "1 h", "3600 s", "maxWait"),
                List.of("Mean bounded slowdown (10 s floor)", "1.83", "1.8333333333333333", "meanBoundedSlowdown"),
                List.of("Throughput", "2.62 jobs/h", "2.618181818181818 jobs/h", "throughputPerHour"),
                List.of("Mean queue length (time-averaged)", "0.4 jobs", "0.4 jobs", "meanQueueLength"),
                List.of("Longest queue", "2 jobs", "2 jobs", "maxQueueLength"),
                List.of("Core-hours held by jobs", "12.0 core-h", "12 core-h", "coreHours")), rows);
    }

    @Test
    void shouldHaveARowForEveryRunMetricsField() throws IOException {
        List<String> fields = PageText.rows(PageText.section(page(tmp), "metrics")).stream().skip(1)
                .map(r -> r.get(3)).toList();
        List<String> components = Stream.of(RunMetrics.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();
        assertEquals(components, fields);
    }

    @Test
    void shouldBreakDownByUserSortedByCoreHoursWithTiesByName() throws IOException {
        // Wait and slowdown by hand from the table in ReportFixtures; alice's p95 is 0 + 0.95 x 600 = 570 s.
        assertEquals(List.of(
                List.of("#", "User", "Jobs", "Core-hours", "Share of core-hours", "Mean wait", "p95 wait",
                        "Mean bounded slowdown"),
                List.of("1", "alice", "2", "8.0", "66.7 %", "5 min", "9 min 30 s", "1.17"),
                List.of("2", ReportFixtures.EVIL_USER, "1", "2.0", "16.7 %", "1 h", "1 h", "3.00"),
                List.of("3", "bob", "1", "2.0", "16.7 %", "30 min", "30 min", "2.00"),
                // All four waits 0, 600, 1800, 3600: p95 at rank 2.85 is 1800 + 0.85 x 1800 = 3330 s.
                List.of("", "All jobs", "4", "12.0", "100.0 %", "25 min", "55 min 30 s", "1.83")),
                PageText.rows(PageText.section(page(tmp), "users")));
    }

    @Test
    void shouldBreakDownByPartition() throws IOException {
        String section = PageText.section(page(tmp), "partitions");
        // gpu: waits 1800 and 3600, p95 = 1800 + 0.95 x 1800 = 3510 s; slowdowns 2 and 3.
        assertEquals(List.of(
                List.of("1", "batch", "2", "8.0", "66.7 %", "5 min", "9 min 30 s", "1.17"),
                List.of("2", "gpu", "2", "4.0", "33.3 %", "45 min", "58 min 30 s", "2.50"),
                List.of("", "All jobs", "4", "12.0", "100.0 %", "25 min", "55 min 30 s", "1.83")),
                PageText.rows(section).subList(1, 4));
        assertTrue(section.contains("2 partitions."), section);
    }

    @Test
    void shouldCapAGroupTableAtFiftyRowsAndSumTheRestAsOthers() {
        List<JobRow> jobs = new ArrayList<>();
        for (int i = 1; i <= 53; i++) {
            // One job each of i minutes on one 4-core node: i / 15 core-hours, so u53 first and u01 last.
            jobs.add(ReportFixtures.job(i, 0, 0, 60.0 * i, 1, String.format("u%02d", i), "batch"));
        }
        String section = PageText.section(HtmlReport.render(ReportFixtures.withJobs(tmp, jobs), List.of()), "users");
        List<List<String>> rows = PageText.rows(section);
        assertEquals(1 + 50 + 1 + 1, rows.size(), "header, 50 users, others, all");
        assertEquals(List.of("1", "u53"), rows.get(1).subList(0, 2));
        assertEquals(List.of("50", "u04"), rows.get(50).subList(0, 2));
        // u01 to u03: (1 + 2 + 3) / 15 = 0.4 core-hours of 1431 / 15 = 95.4.
        assertEquals(List.of("", "others (3 users)", "3", "0.4", "0.4 %"), rows.get(51).subList(0, 5));
        assertEquals(List.of("", "All jobs", "53", "95.4", "100.0 %"), rows.get(52).subList(0, 5));
        assertTrue(section.contains("53 users; the 50 with the most core-hours listed, the other 3 summed as “others”."),
                section);
    }

    @Test
    void shouldShowTheScenarioAndTheWorkloadsProvenance() throws IOException {
        String page = page(tmp);
        String scenario = PageText.section(page, "scenario");
        assertTrue(scenario.contains("<span class=\"k\">nodes</span>: 4\n"), scenario);
        assertTrue(scenario.contains("<span class=\"k\">trace</span>: &quot;jobs &lt;1&gt;.swf&quot;\n"), scenario);
        assertTrue(scenario.contains("    - <span class=\"k\">window</span>:\n        <span class=\"k\">from</span>: 0.0\n"),
                scenario);
        String workload = PageText.section(page, "workload");
        assertTrue(workload.contains("<dt>Source</dt><dd>jobs &lt;1&gt;.swf</dd>"), workload);
        assertTrue(workload.contains("<dt>Jobs dropped</dt><dd>1 (20.0 % of those read)</dd>"), workload);
        assertEquals(List.of(List.of("Reason", "Jobs", "Share of jobs read"),
                List.of("unknown run time", "1", "20.0 %"), List.of("larger than the machine", "0", "0.0 %")),
                PageText.rows(workload));
        assertTrue(workload.contains("<h3>Changed on the way in, by kind</h3>\n<p class=\"none\">None.</p>"), workload);
        assertTrue(page.contains("<p class=\"lede\">Policy easy on 4 nodes × 4 cores (16 cores), node allocation"
                + " · seed 7</p>"), page);
    }

    @Test
    void shouldEmbedEveryChartAsAPngWithAltTextAndCaption() throws IOException {
        String page = page(tmp);
        List<Path> pngs;
        try (Stream<Path> files = Files.list(tmp.resolve(RunCharts.FOLDER))) {
            pngs = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        assertEquals(5, pngs.size(), "utilization, queue, wait CDF, slowdown by size and Gantt: " + pngs);
        Matcher m = IMG.matcher(page);
        List<String> alts = new ArrayList<>();
        while (m.find()) {
            alts.add(m.group(2));
            if (alts.size() == 1) {
                assertArrayEquals(Files.readAllBytes(tmp.resolve("charts/utilization.png")),
                        Base64.getDecoder().decode(m.group(1)));
            }
        }
        assertEquals(5, alts.size());
        assertTrue(alts.stream().allMatch(a -> a.endsWith("for tiny &amp; &lt;small&gt; (easy)."))
                && alts.get(0).startsWith("Line chart of busy cores"), alts.toString());
        assertEquals(5, page.split("<figcaption><strong>", -1).length - 1);
        List<String> order = List.of("utilization", "queue", "wait-cdf", "slowdown-by-size", "gantt");
        int at = 0;
        for (String name : order) {
            int next = page.indexOf("<figure id=\"chart-" + name + "\">");
            assertTrue(next > at, name + " out of order");
            at = next;
        }
    }

    @Test
    void shouldReferToNothingOutsideThePage() throws IOException {
        String page = page(tmp);
        List<String> refs = PageText.references(page);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("data:") || ref.startsWith("#"), "external reference: " + ref);
        }
        for (String banned : List.of("http:", "https:", "url(", "@import", "<link", "<script", "<iframe", "<object",
                "@font-face")) {
            assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains(banned), banned);
        }
    }

    @Test
    void shouldEscapeEveryTextFromTheData() throws IOException {
        String page = page(tmp);
        assertFalse(page.contains("<script"), "a user named <script> must not become a script");
        assertFalse(page.contains("<small>"));
        assertTrue(page.contains("<td class=\"name\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td>"), page);
        assertTrue(page.contains("<title>tiny &amp; &lt;small&gt; · hpcsim report</title>"));
        assertTrue(page.contains("</span>tiny &amp; &lt;small&gt;</h1>"));
    }

    @Test
    void shouldWriteTheSameBytesForTheSameFolder() throws IOException {
        RunOutput run = ReportFixtures.run(tmp);
        // First with the charts drawn for it, then from the charts already in the folder, then from a fresh set.
        byte[] first = Files.readAllBytes(HtmlReport.write(run, tmp));
        byte[] second = Files.readAllBytes(HtmlReport.write(run, tmp));
        byte[] third = Files.readAllBytes(HtmlReport.write(run, tmp, RunCharts.writeAll(run, tmp)));
        assertArrayEquals(first, second);
        assertArrayEquals(first, third);
        Path other = Files.createDirectory(tmp.resolve("elsewhere"));
        assertArrayEquals(first, Files.readAllBytes(HtmlReport.write(ReportFixtures.run(other), other)),
                "the page holds no path, so another folder with the same run gives the same page");
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "no temporary files left");
        }
    }

    @Test
    void shouldSaySoWhereTheRunHasNoJobsOrSeries() {
        RunOutput full = ReportFixtures.run(tmp);
        RunOutput bare = new RunOutput(tmp, full.name(), full.policy(), full.cluster(), full.scenario(), full.workload(),
                full.metrics(), List.of(), List.of());
        String page = HtmlReport.render(bare, List.of());
        assertTrue(page.contains("No charts: the run's folder has neither jobs.csv nor timeseries.csv."));
        assertTrue(PageText.section(page, "users").contains("no jobs.csv"));
        assertTrue(PageText.section(page, "partitions").contains("no jobs.csv"));
        assertEquals(16, PageText.rows(PageText.section(page, "metrics")).size());
    }
}
