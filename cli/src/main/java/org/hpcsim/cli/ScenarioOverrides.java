package org.hpcsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    @Option(names = "--allocation", paramLabel = "UNIT",
            description = "Jobs get whole nodes (node) or single cores (core).")
    String allocation;

    @Option(names = "--pcluster", paramLabel = "FILE",
            description = "Take the cluster (size, pricing, autoscaling) from this AWS ParallelCluster v3 cluster"
                    + " configuration; the scheduler stays the scenario's.")
    Path pcluster;

    @Option(names = "--pcluster-queue", paramLabel = "NAME",
            description = "With --pcluster: the queue (SlurmQueues Name) to simulate.")
    String pclusterQueue;

    @Option(names = "--pcluster-compute-resource", paramLabel = "NAME",
            description = "With --pcluster: the compute resource (ComputeResources Name) to simulate.")
    String pclusterComputeResource;

    private final List<String> notes = new ArrayList<>();

    /** Notes for the user about what the flags did (what a ParallelCluster import simulates). */
    List<String> notes() {
        return List.copyOf(notes);
    }

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
            case "dynamicNodes":
                return "allocation";
            case "batch":
                return "nodes";
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
                s = new Scenario(nameOf(trace), s.seed(), null, s.scheduler(), s.workload(), s.outputs(), s.storage(),
                        s.hardware());
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
        if (pcluster != null) {
            if (nodes != null || coresPerNode != null) {
                throw new BadFlagException("--pcluster gives the node count and size; --nodes and --cores-per-node"
                        + " do not combine with it (change MinCount, MaxCount or the instance type in the file)");
            }
            boolean slurm = builtin && scheduler == null || s.scheduler().policy() == PolicyName.SLURM;
            s = PclusterOverride.cluster(s, pcluster, pclusterQueue, pclusterComputeResource,
                    allocation == null ? null : allocationUnit(allocation), slurm, notes);
            if (builtin) {
                if (scheduler == null) {
                    // ParallelCluster runs Slurm: without a scenario or --scheduler, model it.
                    s = s.withScheduler(new SchedulerSpec(PolicyName.SLURM, s.scheduler().killAtTimeLimit()));
                }
                String config = nameOf(pcluster);
                s = new Scenario(trace != null ? nameOf(trace) + "-" + config : config, s.seed(), s.cluster(),
                        s.scheduler(), s.workload(), s.outputs(), s.storage(), s.hardware());
            }
            PclusterOverride.noteScheduler(s, scheduler != null ? "--scheduler"
                    : builtin ? "the default with --pcluster" : "the scenario's", notes);
        } else if (pclusterQueue != null || pclusterComputeResource != null) {
            throw new BadFlagException("--" + (pclusterQueue != null ? "pcluster-queue" : "pcluster-compute-resource")
                    + " needs --pcluster FILE");
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
        if (allocation != null && pcluster == null) {
            if (s.cluster() == null) {
                throw new BadFlagException("--allocation needs a cluster to apply to: give --nodes too, or a"
                        + " scenario with a cluster");
            }
            s = s.withCluster(s.cluster().withAllocation(allocationUnit(allocation)));
        }
        if (seed != null) {
            s = s.withSeed(seed);
        }
        return s;
    }

    private static AllocationUnit allocationUnit(String word) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "node":
                return AllocationUnit.NODE;
            case "core":
                return AllocationUnit.CORE;
            default:
                throw new BadFlagException("--allocation: unknown allocation '" + word + "' (allowed: node, core)");
        }
    }

    private static String nameOf(Path file) {
        String n = file.getFileName().toString().replaceAll("(\\.swf|\\.ya?ml)?(\\.gz)?$", "");
        n = n.replaceAll("[^A-Za-z0-9._-]", "_");
        return n.isEmpty() ? "trace" : n;
    }
}
