package org.hpcsim.scenarios.run;

import java.util.List;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.models.slurm.SchedulerParams;
import org.hpcsim.models.slurm.SelectType;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.models.slurm.SlurmController;
import org.hpcsim.models.slurm.SlurmNode;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SlurmSpec;

/** Builds and runs the Slurm controller a scenario with policy slurm describes. */
final class SlurmRuns {
    private SlurmRuns() {}

    static RunStats run(Scenario scenario, ClusterSpec cluster, JobSource source, RunObserver observer) {
        if (cluster.dynamicNodes() > 0) {
            throw new ScenarioException("cluster.dynamicNodes: autoscaling is not yet modelled under policy slurm"
                    + " (allowed: 0 dynamic nodes with policy slurm, or policy fcfs/easy)");
        }
        SlurmConfig config = config(scenario.scheduler().slurm(), cluster)
                .withMultifactor(scenario.scheduler().slurm().multifactor());
        return new SlurmController(config, source, scenario.scheduler().killAtTimeLimit(), observer).run();
    }

    /** The Slurm cluster: the scenario's nodes, n1..nN, in one default partition. */
    static SlurmConfig config(SlurmSpec spec, ClusterSpec cluster) {
        SelectType select = spec.select() != null ? spec.select()
                : cluster.allocation() == AllocationUnit.NODE ? SelectType.LINEAR : SelectType.CONS_TRES;
        SchedulerParams params = spec.params();
        SlurmConfig uniform = SlurmConfig.uniform(cluster.nodes(), cluster.coresPerNode(), spec.scheduler(), select,
                params);
        if (cluster.gpusPerNode() == 0) {
            return uniform;
        }
        List<SlurmNode> nodes = uniform.nodes().stream()
                .map(n -> new SlurmNode(n.name(), n.cpus(), n.memoryMb(), cluster.gpusPerNode(), "", n.weight(),
                        n.features()))
                .toList();
        return new SlurmConfig(nodes, uniform.partitions(), spec.scheduler(), select, params, false, null);
    }
}
