package org.hpcsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hpcsim.cli.sweep.LocalExecutor;
import org.hpcsim.cli.sweep.PointRunner;
import org.hpcsim.cli.sweep.Study;
import org.hpcsim.reports.sweep.SweepOutputs;
import org.hpcsim.reports.sweep.SweepSummaryText;
import org.hpcsim.reports.sweep.SweepTable;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.run.SharedTraces;
import org.hpcsim.scenarios.sweep.SweepLoader;
import org.hpcsim.scenarios.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs every point of a sweep and merges the results. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a what-if study: every point of a sweep file, each an independent simulation,"
                + " replicated with independent seeds; then merge the points into OUT/sweep.csv, OUT/runs.csv,"
                + " OUT/sweep.json and charts in OUT/charts/.",
                "Each point's result is kept in OUT/points/; points with a result are skipped, so a study resumes"
                        + " where it stopped."})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep file (YAML), or a scenario with a sweep: block.")
    Path sweepFile;

    @Option(names = "--executor", paramLabel = "KIND", defaultValue = "local",
            description = "Where points run: local (threads here), slurm (a job array), kubernetes (write an"
                    + " Indexed Job manifest). Default: ${DEFAULT-VALUE}.")
    String executor;

    @Option(names = "--threads", paramLabel = "N", description = "Local threads (default: the cores of this machine).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/NAME).")
    Path out;

    @Override
    public Integer call() {
        if (!List.of("local", "slurm", "kubernetes").contains(executor)) {
            throw new BadFlagException("--executor: unknown executor '" + executor
                    + "' (allowed: local, slurm, kubernetes)");
        }
        SweepSpec sweep = load(sweepFile);
        Path dir = out != null ? out : Path.of("out", sweep.name());
        Study study = new Study(sweep, dir.resolve("points"));
        List<Integer> pending = study.pending();
        PrintWriter w = spec.commandLine().getOut();
        w.printf("sweep %s: %d points x %d replications; %d to run, %d already done%n", sweep.name(),
                sweep.points().size(), sweep.replications(), pending.size(), sweep.points().size() - pending.size());
        w.flush();
        switch (executor) {
            case "local":
                int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
                if (n < 1) {
                    throw new BadFlagException("--threads: must be 1 or more, got " + n);
                }
                new LocalExecutor(new PointRunner(sweep, new SharedTraces()), study.results(), n)
                        .run(pending, System.console() != null ? System.err : null);
                break;
            default:
                throw new BadFlagException("--executor: unknown executor '" + executor
                        + "' (allowed: local, slurm, kubernetes)");
        }
        return merge(study, dir, w);
    }

    /** Merges the point results into the study's files and prints the table. */
    static int merge(Study study, Path dir, PrintWriter w) {
        List<String> skipped = new ArrayList<>();
        SweepTable table = study.table(skipped);
        for (String s : skipped) {
            System.err.println("hpcsim: note: " + study.results().dir() + "/" + s + "; not merged");
        }
        List<String> files = SweepOutputs.write(dir, table, study.description());
        w.print(SweepSummaryText.render(table));
        List<String> data = files.stream().filter(f -> !f.startsWith("charts/")).toList();
        long charts = files.stream().filter(f -> f.startsWith("charts/") && f.endsWith(".png")).count();
        w.println("wrote " + String.join(", ", data) + (charts > 0 ? " and " + charts + " charts (PNG and SVG) in charts/"
                : "") + " to " + dir);
        w.flush();
        if (!table.complete()) {
            System.err.println("hpcsim: " + table.missing().size() + " of " + table.points()
                    + " points have no result (first: point " + table.missing().get(0) + "); run the sweep again to"
                    + " resume");
            return ExitCodes.SOFTWARE;
        }
        return ExitCodes.OK;
    }

    /** The sweep in {@code file}, or a one-line error. */
    static SweepSpec load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputNotFoundException(file + ": no such sweep file");
        }
        return new SweepLoader().load(file);
    }
}
