package org.hpcsim.cli.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.hpcsim.reports.sweep.PointResult;
import org.hpcsim.scenarios.run.RunReport;
import org.hpcsim.scenarios.run.ScenarioRunner;
import org.hpcsim.scenarios.run.SharedTraces;
import org.hpcsim.scenarios.sweep.SweepPoint;
import org.hpcsim.scenarios.sweep.SweepSpec;

/**
 * Runs one point of a sweep, every replication, and gives its result. Runs share {@code traces},
 * so a trace is parsed once per process however many points replay it.
 */
public final class PointRunner {
    private final SweepSpec sweep;
    private final SharedTraces traces;

    /** A runner of {@code sweep}'s points that reads traces through {@code traces}. */
    public PointRunner(SweepSpec sweep, SharedTraces traces) {
        this.sweep = sweep;
        this.traces = traces;
    }

    /** The sweep. */
    public SweepSpec sweep() {
        return sweep;
    }

    /** Runs point {@code index}'s replications, one after the other. */
    public PointResult run(int index) {
        SweepPoint point = sweep.point(index);
        List<PointResult.Replication> reps = new ArrayList<>();
        for (int r = 0; r < sweep.replications(); r++) {
            RunReport report = ScenarioRunner.run(sweep.scenarioOf(index, r), sweep.baseDir(), context -> List.of(),
                    traces);
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (HeadlineMetric m : HeadlineMetric.values()) {
                metrics.put(m.key(), m.of(report.metrics(), report.cost()));
            }
            reps.add(new PointResult.Replication(r, sweep.seedOf(index, r), metrics));
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int d = 0; d < sweep.parameters().size(); d++) {
            params.put(sweep.parameters().get(d).name(), point.text(d));
        }
        return new PointResult(sweep.name(), sweep.fingerprint(), index, params, reps);
    }
}
