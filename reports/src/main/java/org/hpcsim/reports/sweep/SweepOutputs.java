package org.hpcsim.reports.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.reports.AtomicFile;
import org.hpcsim.reports.charts.RunCharts;

/** Writes a study's merged results into its output folder: sweep.csv, runs.csv, sweep.json and charts/. */
public final class SweepOutputs {
    private SweepOutputs() {}

    /** Writes the files for {@code table} into {@code dir}; gives their names, the charts' as {@code charts/NAME}. */
    public static List<String> write(Path dir, SweepTable table, Map<String, Object> study) {
        List<String> names = new ArrayList<>();
        AtomicFile.write(dir.resolve("sweep.csv"), SweepCsvWriter.points(table));
        names.add("sweep.csv");
        AtomicFile.write(dir.resolve("runs.csv"), SweepCsvWriter.runs(table));
        names.add("runs.csv");
        AtomicFile.write(dir.resolve("sweep.json"), SweepJson.render(table, study));
        names.add("sweep.json");
        for (Path chart : SweepCharts.writeAll(table, dir)) {
            names.add(RunCharts.FOLDER + "/" + chart.getFileName());
        }
        return names;
    }
}
