package org.hpcsim.scenarios.run;

import java.util.List;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.kube.KubeStats;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.scenarios.spec.Scenario;

/**
 * Everything a finished run reports.
 *
 * @param scenario the scenario as run, its cluster resolved (from the trace header if need be)
 * @param workload where the jobs came from and what was dropped
 * @param metrics  the headline metrics
 * @param engine   the engine's counters
 * @param cost     what the run cost, or null when the cluster has no pricing
 * @param notes    one-line notes for the user about the input (keys of a slurm.conf that were
 *                 ignored, jobs the scheduler refused)
 * @param kubernetes what kube-scheduler and the kubelets did, or null for a run under another policy
 */
public record RunReport(Scenario scenario, WorkloadReport workload, RunMetrics metrics, RunStats engine,
                        CostReport cost, List<String> notes, KubeStats kubernetes) {
    /** Copies the notes. */
    public RunReport {
        notes = List.copyOf(notes);
    }

    /** A report of a run under another policy than kubernetes. */
    public RunReport(Scenario scenario, WorkloadReport workload, RunMetrics metrics, RunStats engine,
                     CostReport cost, List<String> notes) {
        this(scenario, workload, metrics, engine, cost, notes, null);
    }

    /** A report with no notes. */
    public RunReport(Scenario scenario, WorkloadReport workload, RunMetrics metrics, RunStats engine,
                     CostReport cost) {
        this(scenario, workload, metrics, engine, cost, List.of());
    }
}
