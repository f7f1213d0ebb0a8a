package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A complete, validated scenario: cluster, scheduler, workload, seed and outputs.
 *
 * @param name      a short name, used for the default output folder
 * @param seed      the seed every random stream derives from
 * @param cluster   the cluster, or null to take it from the trace's header (MaxNodes, MaxProcs)
 * @param scheduler the scheduler
 * @param workload  the jobs
 * @param outputs   what to write and where
 */
public record Scenario(String name, long seed, ClusterSpec cluster, SchedulerSpec scheduler, WorkloadSpec workload,
                       OutputSpec outputs) {
    /** Validates the scenario as a whole. */
    public Scenario {
        InvalidFieldException.require(name != null && name.matches("[A-Za-z0-9._-]+"), "name",
                "must be letters, digits, '.', '_' or '-', got '" + name + "'");
        InvalidFieldException.require(scheduler != null, "scheduler", "is required");
        InvalidFieldException.require(workload != null, "workload", "is required");
        InvalidFieldException.require(cluster != null || workload.trace() != null
                        || (scheduler.slurm() != null && scheduler.slurm().conf() != null), "cluster",
                "is required for a synthetic workload (only a trace's header or a slurm.conf can stand in for it)");
        InvalidFieldException.require(outputs != null, "outputs", "is required");
    }

    @JsonCreator
    static Scenario fromFile(@JsonProperty("name") String name,
                             @JsonProperty("seed") Long seed,
                             @JsonProperty("cluster") ClusterSpec cluster,
                             @JsonProperty("scheduler") SchedulerSpec scheduler,
                             @JsonProperty("workload") WorkloadSpec workload,
                             @JsonProperty("outputs") OutputSpec outputs) {
        String n = name == null ? "scenario" : name;
        return new Scenario(n, seed == null ? 1 : seed, cluster,
                scheduler == null ? SchedulerSpec.fromFile(null, null, null) : scheduler,
                workload, outputs == null ? OutputSpec.defaults() : outputs);
    }

    /** The output folder: the one named in outputs, else {@code out/NAME}. */
    public String outputDir() {
        return outputs.dir() != null ? outputs.dir() : "out/" + name;
    }

    /** This scenario with another cluster. */
    public Scenario withCluster(ClusterSpec c) {
        return new Scenario(name, seed, c, scheduler, workload, outputs);
    }

    /** This scenario with another scheduler. */
    public Scenario withScheduler(SchedulerSpec s) {
        return new Scenario(name, seed, cluster, s, workload, outputs);
    }

    /** This scenario with another workload. */
    public Scenario withWorkload(WorkloadSpec w) {
        return new Scenario(name, seed, cluster, scheduler, w, outputs);
    }

    /** This scenario with other outputs. */
    public Scenario withOutputs(OutputSpec o) {
        return new Scenario(name, seed, cluster, scheduler, workload, o);
    }

    /** This scenario with another seed. */
    public Scenario withSeed(long s) {
        return new Scenario(name, s, cluster, scheduler, workload, outputs);
    }
}
