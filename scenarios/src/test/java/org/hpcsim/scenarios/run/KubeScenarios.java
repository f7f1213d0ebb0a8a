package org.hpcsim.scenarios.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;

/** Test support: a scenario under policy kubernetes with the given cluster and kubernetes blocks, replaying jobs.csv. */
final class KubeScenarios {
    private KubeScenarios() {}

    /** The scenario of {@code cluster} and {@code kubernetes} (YAML flow maps), its trace jobs.csv beside it. */
    static Scenario scenario(String cluster, String kubernetes) {
        return new ScenarioLoader().parse("""
                name: k
                cluster: %s
                scheduler:
                  policy: kubernetes
                  killAtTimeLimit: false
                  kubernetes: %s
                workload: {trace: jobs.csv}
                """.formatted(cluster, kubernetes), "inline");
    }

    /** Writes {@code jobsCsv}'s rows (id, submit, run, requested, processors, nodes, GPUs) to {@code dir} and runs. */
    static RunReport run(Path dir, String jobsCsv, String cluster, String kubernetes) throws IOException {
        Files.writeString(dir.resolve("jobs.csv"), "job_id,submit_s,run_s,requested_s,processors,nodes,gpus\n" + jobsCsv);
        return ScenarioRunner.run(scenario(cluster, kubernetes), dir, List.of());
    }
}
