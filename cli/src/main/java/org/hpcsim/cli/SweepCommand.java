package org.hpcsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hpcsim.cli.sweep.KubernetesExecutor;
import org.hpcsim.cli.sweep.LocalExecutor;
import org.hpcsim.cli.sweep.PointRunner;
import org.hpcsim.cli.sweep.ProcessSlurmClient;
import org.hpcsim.cli.sweep.SlurmExecutor;
import org.hpcsim.cli.sweep.Study;
import org.hpcsim.cli.sweep.TaskCommand;
import org.hpcsim.reports.sweep.SweepOutputs;
import org.hpcsim.reports.sweep.SweepSummaryText;
import org.hpcsim.reports.sweep.SweepTable;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.run.SharedTraces;
import org.hpcsim.scenarios.sweep.SweepLoader;
import org.hpcsim.scenarios.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
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
            description = "Where points run: local (threads here); slurm (job arrays submitted with sbatch and"
                    + " followed with squeue until every point has a result, resubmitting the missing ones up to"
                    + " --retries times; OUT must be on a file system the nodes share); kubernetes (write an Indexed"
                    + " Job manifest to apply, then --merge-only). Default: ${DEFAULT-VALUE}.")
    String executor;

    @Option(names = "--threads", paramLabel = "N", description = "Local threads (default: the cores of this machine).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/NAME).")
    Path out;

    @Option(names = "--merge-only", description = "Run nothing: merge the point results already in OUT/points"
            + " (after a Kubernetes Job, or to rewrite the merged files).")
    boolean mergeOnly;

    @Mixin
    SweepClusterFlags cluster;

    @Override
    public Integer call() {
        if (!List.of("local", "slurm", "kubernetes").contains(executor)) {
            throw new BadFlagException("--executor: unknown executor '" + executor
                    + "' (allowed: local, slurm, kubernetes)");
        }
        SweepSpec sweep = load(sweepFile);
        Path dir = out != null ? out : Path.of("out", sweep.name());
        Study study = new Study(sweep, dir.resolve("points"));
        PrintWriter w = spec.commandLine().getOut();
        if (mergeOnly) {
            return merge(study, dir, w);
        }
        checkFlagsApply();
        List<Integer> pending = study.pending();
        // Every flag is checked before the first line is printed, so bad input prints one line only.
        Runnable work = prepare(sweep, study, dir, pending, w);
        w.printf("sweep %s: %d points x %d replications; %d to run, %d already done%n", sweep.name(),
                sweep.points().size(), sweep.replications(), pending.size(), sweep.points().size() - pending.size());
        w.flush();
        work.run();
        // Kubernetes only wrote the Job: its points run later, and --merge-only merges them.
        return executor.equals("kubernetes") ? ExitCodes.OK : merge(study, dir, w);
    }

    private Runnable prepare(SweepSpec sweep, Study study, Path dir, List<Integer> pending, PrintWriter w) {
        switch (executor) {
            case "local": {
                int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
                if (n < 1) {
                    throw new BadFlagException("--threads: must be 1 or more, got " + n);
                }
                LocalExecutor local = new LocalExecutor(new PointRunner(sweep, new SharedTraces()), study.results(), n);
                return () -> local.run(pending, System.console() != null ? System.err : null);
            }
            case "slurm":
                return new SlurmExecutor(new ProcessSlurmClient(), study, cluster.slurm(),
                        cluster.task(TaskCommand.ofThisJvm()), sweepFile, dir, w, spec.commandLine().getErr())::run;
            case "kubernetes": {
                KubernetesExecutor k8s = new KubernetesExecutor(study, sweepFile.toAbsolutePath().normalize(),
                        dir.toAbsolutePath().normalize(), cluster.image, cluster.pvc, cluster.maxParallel,
                        cluster.retries, cluster.task(new TaskCommand(List.of("hpcsim"))));
                return () -> k8s.write(w);
            }
            default:
                throw new IllegalStateException("executor checked before: " + executor);
        }
    }

    // A flag the chosen executor would ignore is a mistake worth one line, not a silent default.
    private void checkFlagsApply() {
        if (!List.of("local", "slurm", "kubernetes").contains(executor)) {
            throw new BadFlagException("--executor: unknown executor '" + executor
                    + "' (allowed: local, slurm, kubernetes)");
        }
        List<String> wrong = new ArrayList<>();
        if (!executor.equals("local")) {
            wrong.add("--threads");
        }
        if (!executor.equals("slurm")) {
            wrong.addAll(SweepClusterFlags.SLURM_ONLY);
        }
        if (!executor.equals("kubernetes")) {
            wrong.addAll(SweepClusterFlags.KUBERNETES_ONLY);
        }
        if (executor.equals("local")) {
            wrong.addAll(SweepClusterFlags.CLUSTER);
        }
        ParseResult parsed = spec.commandLine().getParseResult();
        List<String> ignored = new ArrayList<>();
        for (String flag : wrong) {
            if (parsed.hasMatchedOption(flag)) {
                ignored.add(flag);
            }
        }
        if (!ignored.isEmpty()) {
            throw new BadFlagException(String.join(", ", ignored) + ": not used by --executor " + executor);
        }
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
