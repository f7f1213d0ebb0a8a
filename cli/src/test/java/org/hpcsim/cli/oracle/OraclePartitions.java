package org.hpcsim.cli.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Overlapping partitions of different priority for the oracle's multifactor configuration, on a
 * cluster of {@code n1..nN}: {@code high} on the first half of the nodes with a higher
 * PriorityJobFactor and PriorityTier, {@code low} on the last three quarters, and the generated
 * default partition {@code all}. Jobs name one of them, both, or none (the default partition).
 */
public final class OraclePartitions {
    private final int nodes;

    /** The partitions of a cluster of {@code nodes} nodes (at least 4). */
    public OraclePartitions(int nodes) {
        if (nodes < 4) {
            throw new IllegalArgumentException("the oracle's partitions need at least 4 nodes");
        }
        this.nodes = nodes;
    }

    private int highLast() {
        return nodes / 2;
    }

    private int lowFirst() {
        return nodes / 4 + 1;
    }

    /** The PartitionName lines that slurm.conf gets besides its default partition. */
    public List<String> confLines() {
        // slurm.conf(5): PriorityJobFactor feeds the multifactor partition factor (normalised by
        // the highest); PriorityTier orders partitions before any job priority.
        return List.of(
                "PartitionName=high Nodes=n[1-" + highLast() + "] PriorityJobFactor=10 PriorityTier=2"
                        + " MaxTime=INFINITE State=UP",
                "PartitionName=low Nodes=n[" + lowFirst() + "-" + nodes + "] PriorityJobFactor=1"
                        + " MaxTime=INFINITE State=UP");
    }

    /**
     * {@code jobs}, each given partitions it fits in, drawn from {@code seed}: a job wider than a
     * partition never names it, so Slurm accepts every submission.
     */
    public List<OracleJob> assign(List<OracleJob> jobs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<OracleJob> out = new ArrayList<>(jobs.size());
        for (OracleJob job : jobs) {
            List<String> choices = new ArrayList<>(List.of(""));
            boolean high = job.nodes() <= highLast();
            boolean low = job.nodes() <= nodes - lowFirst() + 1;
            if (high) {
                choices.add("high");
            }
            if (low) {
                choices.add("low");
            }
            if (high && low) {
                choices.add("high,low");
            }
            out.add(job.inPartitions(choices.get(random.nextInt(choices.size()))));
        }
        return out;
    }
}
