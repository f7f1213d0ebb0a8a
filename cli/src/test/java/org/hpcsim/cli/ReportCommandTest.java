package org.hpcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code report} command end to end: a small scenario run through {@link Main#execute}, then
 * reported; the page checked in headless Chromium where it is installed.
 */
class ReportCommandTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String SCENARIO = """
            name: tiny-report
            seed: 3
            cluster: {nodes: 8, coresPerNode: 4}
            workload:
              synthetic: {model: poisson, jobs: 120, load: 0.8}
            """;
    // Appended by the test, never by hpcsim: records on the body, once everything has loaded,
    // how many images decoded out of how many there are.
    private static final String DECODE_CHECK = "<script>window.addEventListener('load', function () {"
            + " var im = document.images, ok = 0;"
            + " for (var i = 0; i < im.length; i++) { if (im[i].complete && im[i].naturalWidth > 0) ok++; }"
            + " document.body.dataset.decoded = ok + '/' + im.length; });</script>\n";
    private static final Pattern DECODED = Pattern.compile("<body[^>]*\\bdata-decoded=\"(\\d+)/(\\d+)\"");

    @TempDir
    Path tmp;

    /** Runs the scenario into a fresh folder and reports it; returns the folder. */
    private Path runAndReport() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO);
        Path out = tmp.resolve("run");
        Cli.ok("run", scenario, "--out", out, "--quiet");
        Cli.Result r = Cli.ok("report", out);
        assertEquals(out.resolve("report.html").toString(), r.out().strip(), "prints the page's path");
        return out;
    }

    private static List<Path> pngs(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("charts"))) {
            return files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }

    @Test
    void shouldAddTheCostSectionAndChartsForAPricedCluster() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("priced.yaml"), SCENARIO.replace(
                "cluster: {nodes: 8, coresPerNode: 4}",
                "cluster: {nodes: 8, coresPerNode: 4, pricing: {capacity: spot, perNodeHour: 2, spotDiscount: 0.5}}"));
        Path out = tmp.resolve("priced");
        Cli.ok("run", scenario, "--out", out, "--quiet");
        Cli.ok("report", out);
        String page = Files.readString(out.resolve("report.html"));
        assertEquals(7, pngs(out).size(), "the five charts and the two cost charts: " + pngs(out));
        assertTrue(page.contains("<section id=\"cost\">"), page);
        assertTrue(page.contains("<dt>Price per node-hour</dt><dd>$1.00</dd>"), page);
        assertTrue(page.contains("<figure id=\"chart-cost-cumulative\">"));
        assertTrue(page.contains("<div class=\"label\">Total cost</div>"));
    }

    @Test
    void shouldWriteTheChartsAndASelfContainedPage() throws IOException {
        Path out = runAndReport();
        String page = Files.readString(out.resolve("report.html"));
        List<Path> pngs = pngs(out);
        assertEquals(5, pngs.size(), "utilization, queue, wait CDF, slowdown by size, Gantt: " + pngs);
        try (Stream<Path> files = Files.list(out.resolve("charts"))) {
            assertEquals(5, files.filter(p -> p.toString().endsWith(".svg")).count());
        }
        assertEquals(pngs.size(), page.split("<img src=\"data:image/png;base64,", -1).length - 1);
        assertTrue(page.contains("<h1><span class=\"kicker\">hpcsim run report</span>tiny-report</h1>"));
        assertTrue(page.contains("<td><code>meanBoundedSlowdown</code></td>"));
        assertTrue(page.contains("<section id=\"users\">") && page.contains("<section id=\"partitions\">"));
    }

    @Test
    void shouldWriteTheSamePageAgain() throws IOException {
        Path out = runAndReport();
        byte[] first = Files.readAllBytes(out.resolve("report.html"));
        Cli.ok("report", out);
        assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8),
                Files.readString(out.resolve("report.html")));
    }

    @Test
    void shouldExitNoInputForAFolderWithoutSummary() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        String line = Cli.failure(Cli.hpcsim("report", empty), ExitCodes.NO_INPUT);
        assertEquals("hpcsim: " + empty + ": not an hpcsim output folder (no summary.json)", line);
        Cli.failure(Cli.hpcsim("report", tmp.resolve("missing")), ExitCodes.NO_INPUT);
        assertEquals(List.of("empty"), fileNames(tmp), "writes nothing");
    }

    @Test
    void shouldExitUsageWithoutAFolder() {
        String line = Cli.failure(Cli.hpcsim("report"), ExitCodes.USAGE);
        assertTrue(line.contains("OUTDIR") && line.endsWith("(try 'hpcsim report --help')"), line);
    }

    @Test
    void shouldRenderInHeadlessChromiumWithEveryImageDecoded() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is not installed; skipping the browser check");
        Path out = runAndReport();
        Path page = out.resolve("report.html");
        int images = pngs(out).size();

        Path screenshot = tmp.resolve("report.png");
        chromium("--screenshot=" + screenshot, "--window-size=1600,4000", "--hide-scrollbars", page.toUri().toString());
        BufferedImage shot = ImageIO.read(screenshot.toFile());
        assertEquals(1600, shot.getWidth());
        assertTrue(colours(shot) > 50, "the screenshot is nearly blank");
        // Kept beside the build for a person (or CI) to look at; overwritten by the next run.
        if (Files.isDirectory(Path.of("target"))) {
            Files.copy(screenshot, Path.of("target", "report-review.png"), StandardCopyOption.REPLACE_EXISTING);
        }

        Path check = out.resolve("decode-check.html");
        Files.writeString(check, Files.readString(page).replace("</body>", DECODE_CHECK + "</body>"));
        assertEquals(images + "/" + images, decoded(check), "every chart decodes");
        assertTrue(images > 0);

        // The check itself can fail: a broken image counts as not decoded.
        Path broken = out.resolve("broken-check.html");
        Files.writeString(broken, "<!DOCTYPE html><html><body><img src=\"data:image/png;base64,AAAA\" alt=\"x\">"
                + DECODE_CHECK + "</body></html>");
        assertEquals("0/1", decoded(broken));
    }

    private String decoded(Path html) throws Exception {
        String dom = chromium("--virtual-time-budget=5000", "--dump-dom", html.toUri().toString());
        Matcher m = DECODED.matcher(dom);
        assertTrue(m.find(), "no data-decoded on the body of the dumped DOM: "
                + dom.substring(0, Math.min(500, dom.length())));
        return m.group(1) + "/" + m.group(2);
    }

    /** Runs headless Chromium with a fresh profile; returns its standard output, failing after 60 s. */
    private String chromium(String... args) throws Exception {
        Path profile = Files.createTempDirectory(tmp, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(tmp, "chromium", ".out");
        Path stderr = Files.createTempFile(tmp, "chromium", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            // Chromium starts helper processes; stop them too, or they outlive the test.
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("chromium did not finish in 60 s: " + command);
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(stderr));
        return Files.readString(stdout);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
