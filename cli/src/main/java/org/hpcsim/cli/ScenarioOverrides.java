package org.hpcsim.cli;

import java.nio.file.Path;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.InvalidFieldException;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SchedulerSpec;
import org.hpcsim.scenarios.spec.SlurmSpec;
import org.hpcsim.scenarios.spec.WorkloadSpec;
import picocli.CommandLine.Option;

/** Command-line flags that override the common parts of a scenario. */
final class ScenarioOverrides {
    @Option(names = "--trace", paramLabel = "FILE", description = "Replay this SWF trace (.swf or .swf.gz).")
    Path trace;

    @Option(names = "--scheduler", paramLabel = "POLICY",
            description = "Scheduling policy: fcfs, easy, conservative or slurm.")
    String scheduler;

    @Option(names = "--slurm-conf", paramLabel = "FILE",
            description = "Schedule with policy slurm on the cluster and controller this slurm.conf describes.")
    Path slurmConf;

    @Option(names = "--nodes", paramLabel = "N", description = "Number of nodes.")
    Integer nodes;

    @Option(names = "--cores-per-node", paramLabel = "C", description = "Cores in each node.")
    Integer coresPerNode;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of every random stream.")
    Long seed;

    /**
     * The scenario with these flags applied. With {@code builtin} (no scenario file), a trace
     * replaces the default cluster by the trace header's machine and names the run after the trace.
     */
    Scenario applyTo(Scenario s, boolean builtin) {
        try {
            return apply(s, builtin);
        } catch (InvalidFieldException e) {
            throw new BadFlagException("--" + flagOf(e.field()) + ": " + e.getMessage());
        }
    }

    private static String flagOf(String field) {
        switch (field) {
            case "coresPerNode":
                return "cores-per-node";
            case "policy":
                return "scheduler";
            default:
                return field;
        }
    }

    private Scenario apply(Scenario s, boolean builtin) {
        if (trace != null) {
            if (!trace.toFile().isFile()) {
                throw new InputNotFoundException(trace + ": no such trace file");
            }
            s = s.withWorkload(WorkloadSpec.ofTrace(trace.toString()));
            if (builtin) {
                s = new Scenario(nameOf(trace), s.seed(), null, s.scheduler(), s.workload(), s.outputs());
            }
        }
        if (scheduler != null) {
            s = s.withScheduler(new SchedulerSpec(PolicyName.parse(scheduler), s.scheduler().killAtTimeLimit()));
        }
        if (slurmConf != null) {
            if (!slurmConf.toFile().isFile()) {
                throw new InputNotFoundException(slurmConf + ": no such slurm.conf");
            }
            SlurmSpec base = s.scheduler().slurm() != null ? s.scheduler().slurm() : SlurmSpec.defaults();
            s = s.withScheduler(new SchedulerSpec(PolicyName.SLURM, s.scheduler().killAtTimeLimit(),
                    base.withConf(slurmConf.toAbsolutePath().toString())));
        }
        if (nodes != null || coresPerNode != null) {
            ClusterSpec base = s.cluster();
            if (nodes == null && base == null) {
                throw new BadFlagException("--cores-per-node needs --nodes when the cluster comes from the trace header");
            }
            int n = nodes != null ? nodes : base.nodes();
            int c = coresPerNode != null ? coresPerNode : base != null ? base.coresPerNode() : 1;
            AllocationUnit unit = base != null ? base.allocation() : AllocationUnit.CORE;
            s = s.withCluster(base != null
                    ? base.withSize(n, c)
                    : new ClusterSpec(n, c, unit));
        }
        if (seed != null) {
            s = s.withSeed(seed);
        }
        return s;
    }

    private static String nameOf(Path trace) {
        String n = trace.getFileName().toString().replaceAll("(\\.swf)?(\\.gz)?$", "");
        n = n.replaceAll("[^A-Za-z0-9._-]", "_");
        return n.isEmpty() ? "trace" : n;
    }
}
