package org.hpcsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.reports.OutputWriters;
import org.hpcsim.reports.TerminalSummary;
import org.hpcsim.scenarios.BuiltinScenarios;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.run.RunReport;
import org.hpcsim.scenarios.run.ScenarioRunner;
import org.hpcsim.scenarios.spec.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs one scenario (a file, or the built-in default) and writes its outputs. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario file, or the built-in default scenario when none is given.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path scenarioFile;

    @Mixin
    ScenarioOverrides overrides;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: the scenario's, out/NAME).")
    Path out;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--report-peak-heap", hidden = true, description = "Print the peak heap use at the end (for bench).")
    boolean reportPeakHeap;

    @Override
    public Integer call() {
        Path baseDir = Path.of("").toAbsolutePath();
        Scenario scenario;
        if (scenarioFile != null) {
            if (!Files.isRegularFile(scenarioFile)) {
                throw new InputNotFoundException(scenarioFile + ": no such scenario file");
            }
            scenario = new ScenarioLoader().load(scenarioFile);
            Path parent = scenarioFile.toAbsolutePath().getParent();
            baseDir = overrides.trace == null && parent != null ? parent : baseDir;
        } else {
            scenario = BuiltinScenarios.defaultScenario();
        }
        scenario = overrides.applyTo(scenario, scenarioFile == null);
        Path dir = out != null ? out : Path.of(scenario.outputDir());

        RunReport report;
        OutputWriters outputs = new OutputWriters(dir, scenario.outputs());
        try (outputs) {
            boolean terminal = !quiet && System.console() != null;
            long total = scenario.workload().synthetic() != null ? scenario.workload().synthetic().jobs() : -1;
            report = ScenarioRunner.run(scenario, baseDir, context -> {
                List<RunObserver> observers = new ArrayList<>(outputs.observers(context));
                if (terminal) {
                    observers.add(new ProgressBar(System.err, total));
                }
                return observers;
            });
            outputs.commit(report);
        }
        for (String note : overrides.notes()) {
            System.err.println("hpcsim: note: " + TerminalText.oneLine(note));
        }
        for (String note : report.notes()) {
            System.err.println("hpcsim: note: " + TerminalText.oneLine(note));
        }
        if (!quiet) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(TerminalSummary.render(report));
            if (report.workload().jobsDropped() > 0) {
                w.println("note: " + report.workload().jobsDropped() + " of " + report.workload().jobsRead()
                        + " jobs dropped; reasons in summary.json");
            }
            w.println("wrote " + outputs.fileNames() + " to " + dir);
            w.flush();
        }
        if (reportPeakHeap) {
            PrintWriter w = spec.commandLine().getOut();
            w.printf(java.util.Locale.ROOT, "peak heap <= %.0f MiB%n", PeakHeap.bytes() / 1048576.0);
            w.flush();
        }
        return ExitCodes.OK;
    }
}
