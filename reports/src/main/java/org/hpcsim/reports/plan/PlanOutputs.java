package org.hpcsim.reports.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hpcsim.reports.AtomicFile;

/** Writes a plan's outcome into its output folder: plan.json and plan.csv (the charts are PlanChart's). */
public final class PlanOutputs {
    private PlanOutputs() {}

    /** Writes the files for {@code result} into {@code dir}; gives their names. */
    public static List<String> write(Path dir, PlanResult result, Map<String, Object> plan) {
        AtomicFile.write(dir.resolve("plan.json"), PlanJson.render(result, plan));
        AtomicFile.write(dir.resolve("plan.csv"), PlanCsv.render(result));
        return List.of("plan.json", "plan.csv");
    }
}
