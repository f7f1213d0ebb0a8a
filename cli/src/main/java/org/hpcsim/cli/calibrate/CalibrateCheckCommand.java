package org.hpcsim.cli.calibrate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hpcsim.models.calibration.CalibratedModels;
import org.hpcsim.models.calibration.PredictionCheck;
import org.hpcsim.reports.JsonText;
import org.hpcsim.reports.calibration.CheckText;
import org.hpcsim.scenarios.calibration.BenchmarkFiles;
import org.hpcsim.scenarios.calibration.ProfileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Re-predicts every measured benchmark with a profile and reports the error per size. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Re-predict each benchmark with a calibration profile and report the error per message size,"
                + " the sizes held out of the fit apart from those it saw."})
final class CalibrateCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder or file with the measurements to predict.")
    Path measurements;

    @Parameters(index = "1", paramLabel = "PROFILE", description = "The profile written by 'hpcsim calibrate fit'.")
    Path profile;

    @Option(names = "--json", description = "Print JSON (rows, summaries, notes) instead of a table.")
    boolean json;

    @Option(names = "--allreduce-ranks", paramLabel = "N",
            description = "Rank count of osu_allreduce outputs that do not say theirs.")
    Integer allreduceRanks;

    @Override
    public Integer call() {
        CalibratedModels models = ProfileReader.read(profile);
        BenchmarkFiles.Loaded loaded = MeasurementPaths.load(List.of(measurements), allreduceRanks);
        PredictionCheck check = PredictionCheck.of(loaded.measurements(), models);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.print(JsonText.render(CheckText.tree(check)));
        } else {
            for (String line : CheckText.lines(check)) {
                stdout.println(line);
            }
        }
        stdout.flush();
        return 0;
    }
}
