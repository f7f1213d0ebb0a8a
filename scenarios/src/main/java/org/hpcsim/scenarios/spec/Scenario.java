package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A complete, validated scenario: cluster, scheduler, workload, seed and outputs.
 *
 * @param name      a short name, used for the default output folder
 * @param seed      the seed every random stream derives from
 * @param cluster   the cluster, or null to take it from the trace's header (MaxNodes, MaxProcs)
 * @param scheduler the scheduler
 * @param workload  the jobs
 * @param outputs   what to write and where
 * @param storage   shared file systems paid for over the run (empty: none)
 * @param hardware  the nodes' hardware, network and the jobs' application profiles, or null for a
 *                  replay of recorded runtimes on counted nodes
 */
public record Scenario(String name, long seed, ClusterSpec cluster, SchedulerSpec scheduler, WorkloadSpec workload,
                       OutputSpec outputs, List<StorageSpec> storage, HardwareSpec hardware) {
    /** Validates the scenario as a whole. */
    public Scenario {
        storage = storage == null ? List.of() : List.copyOf(storage);
        InvalidFieldException.require(name != null && name.matches("[A-Za-z0-9._-]+"), "name",
                "must be letters, digits, '.', '_' or '-', got '" + name + "'");
        InvalidFieldException.require(scheduler != null, "scheduler", "is required");
        InvalidFieldException.require(workload != null, "workload", "is required");
        InvalidFieldException.require(cluster != null || workload.trace() != null
                        || (scheduler.slurm() != null && scheduler.slurm().conf() != null), "cluster",
                "is required for a synthetic workload (only a trace's header or a slurm.conf can stand in for it)");
        InvalidFieldException.require(outputs != null, "outputs", "is required");
        if (hardware != null) {
            checkHardware(cluster, scheduler, hardware);
        }
        // With autoscaled pools the run checks nodes and dynamicNodes against minSize and maxSize (KubeAutoscaling).
        if (cluster != null && scheduler.kubernetes() != null && !scheduler.kubernetes().nodePools().isEmpty()
                && scheduler.kubernetes().autoscaler() == null) {
            int pooled = scheduler.kubernetes().nodePools().stream().mapToInt(p -> p.nodes()).sum();
            InvalidFieldException.require(pooled == cluster.nodes(), "scheduler.kubernetes.nodePools",
                    "hold " + pooled + " nodes in all; cluster.nodes is " + cluster.nodes() + " (they must agree)");
        }
    }

    /** A scenario without a hardware model. */
    public Scenario(String name, long seed, ClusterSpec cluster, SchedulerSpec scheduler, WorkloadSpec workload,
                    OutputSpec outputs, List<StorageSpec> storage) {
        this(name, seed, cluster, scheduler, workload, outputs, storage, null);
    }

    private static void checkHardware(ClusterSpec cluster, SchedulerSpec scheduler, HardwareSpec hardware) {
        InvalidFieldException.require(scheduler.policy() != PolicyName.KUBERNETES, "hardware",
                "is not yet modelled under policy kubernetes (allowed: fcfs, easy, conservative, slurm)");
        boolean slurmConf = scheduler.slurm() != null && scheduler.slurm().conf() != null;
        InvalidFieldException.require(cluster != null || slurmConf, "cluster",
                "is required with hardware (its node count), unless a slurm.conf gives the nodes");
        if (cluster == null) {
            return; // the slurm.conf's nodes are checked against the node type when it is read
        }
        InvalidFieldException.require(cluster.allocation() == org.hpcsim.models.cluster.AllocationUnit.NODE,
                "cluster.allocation", "must be node with hardware (jobs are placed on whole nodes)");
        InvalidFieldException.require(cluster.spot() == null && cluster.failures() == null, "hardware",
                "is modelled without Spot interruptions or node failures (not yet with them)");
        var node = hardware.nodeType().resolve();
        InvalidFieldException.require(cluster.coresPerNode() == node.cores(), "cluster.coresPerNode",
                "is " + cluster.coresPerNode() + " but node type " + node.name() + " has " + node.cores()
                        + " cores (give coresPerNode: " + node.cores() + ")");
        InvalidFieldException.require(cluster.gpusPerNode() == node.gpus(), "cluster.gpusPerNode",
                "is " + cluster.gpusPerNode() + " but node type " + node.name() + " has " + node.gpus()
                        + " GPUs (give gpusPerNode: " + node.gpus() + ")");
    }

    /** A scenario without storage. */
    public Scenario(String name, long seed, ClusterSpec cluster, SchedulerSpec scheduler, WorkloadSpec workload,
                    OutputSpec outputs) {
        this(name, seed, cluster, scheduler, workload, outputs, List.of(), null);
    }

    // storage: one entry may be written without the list around it.
    @JsonCreator
    static Scenario fromFile(@JsonProperty("name") String name,
                             @JsonProperty("seed") Long seed,
                             @JsonProperty("cluster") ClusterSpec cluster,
                             @JsonProperty("scheduler") SchedulerSpec scheduler,
                             @JsonProperty("workload") WorkloadSpec workload,
                             @JsonProperty("outputs") OutputSpec outputs,
                             @JsonProperty("storage")
                             @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                             List<StorageSpec> storage,
                             @JsonProperty("hardware") HardwareSpec hardware) {
        String n = name == null ? "scenario" : name;
        return new Scenario(n, seed == null ? 1 : seed, cluster,
                scheduler == null ? SchedulerSpec.fromFile(null, null, null, null) : scheduler,
                workload, outputs == null ? OutputSpec.defaults() : outputs, storage, hardware);
    }

    /** The output folder: the one named in outputs, else {@code out/NAME}. */
    public String outputDir() {
        return outputs.dir() != null ? outputs.dir() : "out/" + name;
    }

    /** This scenario with another cluster. */
    public Scenario withCluster(ClusterSpec c) {
        return new Scenario(name, seed, c, scheduler, workload, outputs, storage, hardware);
    }

    /** This scenario with another scheduler. */
    public Scenario withScheduler(SchedulerSpec s) {
        return new Scenario(name, seed, cluster, s, workload, outputs, storage, hardware);
    }

    /** This scenario with another workload. */
    public Scenario withWorkload(WorkloadSpec w) {
        return new Scenario(name, seed, cluster, scheduler, w, outputs, storage, hardware);
    }

    /** This scenario with other outputs. */
    public Scenario withOutputs(OutputSpec o) {
        return new Scenario(name, seed, cluster, scheduler, workload, o, storage, hardware);
    }

    /** This scenario with another seed. */
    public Scenario withSeed(long s) {
        return new Scenario(name, s, cluster, scheduler, workload, outputs, storage, hardware);
    }

    /** This scenario with other hardware (null for none). */
    public Scenario withHardware(HardwareSpec h) {
        return new Scenario(name, seed, cluster, scheduler, workload, outputs, storage, h);
    }

    /** This scenario with other storage. */
    public Scenario withStorage(List<StorageSpec> st) {
        return new Scenario(name, seed, cluster, scheduler, workload, outputs, st, hardware);
    }
}
