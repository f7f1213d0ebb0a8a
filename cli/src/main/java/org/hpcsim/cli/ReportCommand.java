package org.hpcsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hpcsim.reports.charts.RunCharts;
import org.hpcsim.reports.data.OutputFolder;
import org.hpcsim.reports.data.RunOutput;
import org.hpcsim.reports.html.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a finished run's charts and its self-contained report.html into its output folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write charts/ and report.html, one self-contained page of a finished run, into its output folder"
                + " and print the page's path.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTDIR", description = "A run's output folder (holding summary.json).")
    Path dir;

    @Option(names = "--open-charts", description = "Then open the page, charts and all, in the desktop's default viewer.")
    boolean open;

    @Override
    public Integer call() {
        RunOutput run = OutputFolder.read(dir);
        // Redrawn every time rather than reused, so the page never shows charts of an earlier run.
        List<Path> charts = RunCharts.writeAll(run, dir);
        Path page = HtmlReport.write(run, dir, charts);
        PrintWriter out = spec.commandLine().getOut();
        out.println(page);
        out.flush();
        if (open) {
            openInViewer(page);
        }
        return ExitCodes.OK;
    }

    // A launcher program rather than java.awt.Desktop: drawing the charts has already made this JVM
    // headless, and a headless JVM has no Desktop. The page is written either way, so failing to
    // open it is a note on standard error, not a failed command.
    private void openInViewer(Path page) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String file = page.toAbsolutePath().toString();
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", file)
                : os.contains("mac") ? List.of("open", file) : List.of("xdg-open", file);
        try {
            new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("hpcsim: cannot open " + file + " (" + command.get(0) + ": " + e.getMessage() + ")");
            err.flush();
        }
    }
}
