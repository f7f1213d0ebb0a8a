package org.hpcsim.cli.calibrate;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hpcsim.cli.BadFlagException;
import org.hpcsim.models.calibration.CalibrationFitter;
import org.hpcsim.models.calibration.CalibrationProfile;
import org.hpcsim.models.calibration.FitOptions;
import org.hpcsim.reports.AtomicFile;
import org.hpcsim.reports.calibration.CalibrationText;
import org.hpcsim.reports.charts.CalibrationCharts;
import org.hpcsim.scenarios.calibration.BenchmarkFiles;
import org.hpcsim.scenarios.calibration.ProfileYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Fits the calibration models to measurements and writes the profile and its charts. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Fit hpcsim's models to benchmark outputs: a folder from 'hpcsim calibrate run', or OSU"
                + " (osu_latency, osu_bw, osu_allreduce) and IMB (PingPong, Allreduce) outputs from any cluster.",
                "Writes the profile (YAML) and a fit chart and a residual chart per model."})
final class CalibrateFitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders or files with benchmark outputs.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The profile to write (default: profile.yaml in the first folder given, else here).")
    Path out;

    @Option(names = "--charts", paramLabel = "DIR", description = "Where the charts go (default: charts/ beside the"
            + " profile).")
    Path charts;

    @Option(names = "--no-charts", description = "Write no charts.")
    boolean noCharts;

    @Option(names = "--max-segments", paramLabel = "N", defaultValue = "3",
            description = "Most pieces of a piecewise model, 1 to 6 (default: ${DEFAULT-VALUE}); BIC picks how many.")
    int maxSegments;

    @Option(names = "--min-points", paramLabel = "N", defaultValue = "4",
            description = "Fewest sizes per piece, at least 3 (default: ${DEFAULT-VALUE}).")
    int minPoints;

    @Option(names = "--hold-out-every", paramLabel = "N", defaultValue = "4",
            description = "Hold every N-th size out of each fit, for 'calibrate check'; 0 holds none out"
                    + " (default: ${DEFAULT-VALUE}).")
    int holdOutEvery;

    @Option(names = "--loggp", description = "Also fit LogGP (Levenberg-Marquardt) to latency and bandwidth.")
    boolean logGp;

    @Option(names = "--allreduce-ranks", paramLabel = "N",
            description = "Rank count of osu_allreduce outputs that do not say theirs.")
    Integer allreduceRanks;

    @Override
    public Integer call() {
        if (maxSegments < 1 || maxSegments > 6) {
            throw new BadFlagException("--max-segments: expected 1 to 6, got " + maxSegments);
        }
        if (minPoints < 3) {
            throw new BadFlagException("--min-points: expected 3 or more (two parameters and the noise), got " + minPoints);
        }
        if (holdOutEvery == 1 || holdOutEvery < 0) {
            throw new BadFlagException("--hold-out-every: expected 0 (none) or 2 and more, got " + holdOutEvery);
        }
        if (allreduceRanks != null && allreduceRanks < 1) {
            throw new BadFlagException("--allreduce-ranks: expected 1 or more, got " + allreduceRanks);
        }
        BenchmarkFiles.Loaded loaded = MeasurementPaths.load(paths, allreduceRanks);
        CalibrationProfile profile = CalibrationFitter.fit(loaded.measurements(),
                new FitOptions(maxSegments, minPoints, holdOutEvery, logGp));
        Path target = out != null ? out : (Files.isDirectory(paths.get(0)) ? paths.get(0) : Path.of("."))
                .resolve("profile.yaml");
        AtomicFile.write(target, ProfileYaml.render(profile));
        PrintWriter stdout = spec.commandLine().getOut();
        for (String s : loaded.skipped()) {
            stdout.println("skipped " + s);
        }
        for (String line : CalibrationText.lines(profile)) {
            stdout.println(line);
        }
        stdout.println("wrote " + target);
        if (!noCharts) {
            Path dir = charts != null ? charts : target.toAbsolutePath().getParent().resolve("charts");
            List<Path> files = CalibrationCharts.write(dir, loaded.measurements(), profile);
            stdout.println("wrote " + files.size() / 2 + " charts (PNG and SVG) to " + dir);
        }
        stdout.flush();
        return 0;
    }
}
