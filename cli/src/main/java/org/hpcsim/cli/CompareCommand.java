package org.hpcsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hpcsim.reports.OutputWriters;
import org.hpcsim.reports.charts.ComparisonCharts;
import org.hpcsim.reports.compare.Comparison;
import org.hpcsim.reports.compare.ComparisonJson;
import org.hpcsim.reports.compare.ComparisonTable;
import org.hpcsim.reports.compare.NameClash;
import org.hpcsim.reports.data.OutputFolder;
import org.hpcsim.reports.data.RunOutput;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.run.RunReport;
import org.hpcsim.scenarios.run.ScenarioRunner;
import org.hpcsim.scenarios.spec.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Compares runs, from scenario files run now or from earlier runs' output folders, against the first. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare runs against a baseline: the first input.",
                "Each input is a scenario file, run now into OUT/runs/NAME, or the output folder of an earlier run."
                        + " Prints the headline metrics side by side with each run's change from the baseline,"
                        + " and writes OUT/comparison.json and the comparison charts into OUT/charts/."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // No arity here: picocli's own message for too few names its internal index; ours says what is needed.
    @Parameters(paramLabel = "INPUT", description = "Scenario files (YAML) or output folders; at least two, the first"
            + " is the baseline.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out", "compare");

    /** One input, read but not yet run: a scenario, or a finished run. */
    private record Input(Path path, Scenario scenario, RunOutput run) {
        String name() {
            return scenario != null ? scenario.name() : run.name();
        }
    }

    @Override
    public Integer call() {
        if (inputs.size() < 2) {
            throw new BadFlagException("compare needs at least two inputs (scenario files or output folders), got "
                    + inputs.size() + " (try 'hpcsim compare --help')");
        }
        // Everything is read and checked before anything runs, so a typo in the last input fails at once.
        List<Input> read = new ArrayList<>();
        for (Path p : inputs) {
            read.add(open(p));
        }
        List<String> names = read.stream().map(Input::name).toList();
        List<String> sources = read.stream().map(i -> i.path().toString()).toList();
        NameClash.find(names, sources).ifPresent(c -> {
            throw new BadFlagException(c.message());
        });

        List<RunOutput> runs = new ArrayList<>();
        for (Input in : read) {
            runs.add(in.run() != null ? in.run() : run(in.scenario(), in.path()));
        }
        Comparison comparison = Comparison.of(runs);
        Path json = ComparisonJson.write(comparison, out);
        List<Path> charts = ComparisonCharts.writeAll(runs, out);

        PrintWriter w = spec.commandLine().getOut();
        w.print(ComparisonTable.render(comparison));
        w.println("wrote " + json + " and " + charts.size() + " chart files to " + out.resolve("charts"));
        w.flush();
        return ExitCodes.OK;
    }

    private static Input open(Path p) {
        if (Files.isDirectory(p)) {
            return new Input(p, null, OutputFolder.read(p));
        }
        if (Files.isRegularFile(p)) {
            return new Input(p, new ScenarioLoader().load(p), null);
        }
        throw new InputNotFoundException(p + ": no such scenario file or output folder");
    }

    /** Runs {@code scenario} as {@code hpcsim run} would, into OUT/runs/NAME, and reads the result back. */
    private RunOutput run(Scenario scenario, Path file) {
        Path dir = out.resolve("runs").resolve(scenario.name());
        Path parent = file.toAbsolutePath().getParent();
        Path baseDir = parent != null ? parent : Path.of("").toAbsolutePath();
        OutputWriters outputs = new OutputWriters(dir, scenario.outputs());
        try (outputs) {
            RunReport report = ScenarioRunner.run(scenario, baseDir, outputs::observers);
            outputs.commit(report);
        }
        // Read back rather than built from the report, so a fresh run and an earlier folder are alike.
        return OutputFolder.read(dir);
    }
}
