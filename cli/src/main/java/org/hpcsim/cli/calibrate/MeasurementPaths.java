package org.hpcsim.cli.calibrate;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.calibration.BenchmarkFiles;

/** Reads measurement paths for fit and check, refusing a set in which nothing was measured. */
final class MeasurementPaths {
    private MeasurementPaths() {}

    /** The measurements of {@code paths}; none at all is a one-line error listing what was skipped. */
    static BenchmarkFiles.Loaded load(List<Path> paths, Integer allreduceRanks) {
        BenchmarkFiles.Loaded loaded = BenchmarkFiles.load(paths, allreduceRanks);
        if (loaded.measurements().isEmpty()) {
            String where = String.join(", ", paths.stream().map(Path::toString).toList());
            throw new ScenarioException(where + ": no benchmark measurements found (expected OSU osu_latency, osu_bw"
                    + " or osu_allreduce, IMB PingPong or Allreduce, or a folder from 'hpcsim calibrate run')"
                    + (loaded.skipped().isEmpty() ? "" : "; skipped " + String.join("; ", loaded.skipped())));
        }
        return loaded;
    }
}
