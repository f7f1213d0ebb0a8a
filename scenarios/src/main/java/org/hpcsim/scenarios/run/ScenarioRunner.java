package org.hpcsim.scenarios.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.run.ClusterRun;
import org.hpcsim.models.run.MetricsCollector;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.run.RunObservers;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.models.scheduling.EasyBackfillPolicy;
import org.hpcsim.models.scheduling.FcfsPolicy;
import org.hpcsim.models.scheduling.SchedulingPolicy;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.Scenario;

/** Builds the simulation a scenario describes, runs it to the end and reports what happened. */
public final class ScenarioRunner {
    private ScenarioRunner() {}

    /**
     * Runs {@code scenario}; relative trace paths are resolved against {@code baseDir}; every
     * observer in {@code observers} sees the run after the metrics collector.
     */
    public static RunReport run(Scenario scenario, Path baseDir, List<? extends RunObserver> observers) {
        RandomStreams streams = new RandomStreams(scenario.seed());
        try (OpenWorkload workload = OpenWorkload.open(scenario, baseDir, streams)) {
            HomogeneousCluster cluster = OpenWorkload.toCluster(workload.cluster());
            MetricsCollector metrics = new MetricsCollector(cluster.totalCores());
            List<RunObserver> all = new ArrayList<>();
            all.add(metrics);
            all.addAll(observers);
            ClusterRun run = new ClusterRun(cluster, policy(scenario.scheduler().policy()), workload.source(),
                    scenario.scheduler().killAtTimeLimit(), scenario.workload().dependencies(), RunObservers.of(all));
            RunStats stats = run.run();
            return new RunReport(scenario.withCluster(workload.cluster()), workload.report(), metrics.metrics(), stats);
        }
    }

    static SchedulingPolicy policy(PolicyName name) {
        switch (name) {
            case FCFS:
                return new FcfsPolicy();
            case EASY:
                return new EasyBackfillPolicy();
            default:
                throw new IllegalArgumentException("no policy " + name);
        }
    }
}
