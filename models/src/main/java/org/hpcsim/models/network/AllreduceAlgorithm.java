package org.hpcsim.models.network;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The allreduce algorithms {@link Collectives} times, by the names scenario files use. */
public enum AllreduceAlgorithm {
    /** Reduce-scatter then allgather around a ring: bandwidth-optimal, p-1 latencies each way. */
    RING("ring"),
    /** Binomial reduce then binomial broadcast. */
    TREE("tree"),
    /** Recursive doubling: few steps, whole buffer each step; for small messages. */
    RECURSIVE_DOUBLING("recursive-doubling"),
    /** Rabenseifner: recursive halving then doubling; power-of-two rank counts only. */
    RABENSEIFNER("rabenseifner");

    private final String fileName;

    AllreduceAlgorithm(String fileName) {
        this.fileName = fileName;
    }

    /** The name scenario files use. */
    public String fileName() {
        return fileName;
    }

    /** Seconds this algorithm takes over {@code p} ranks of {@code n} bytes each. */
    public double time(int p, double n, LinkCost c) {
        return switch (this) {
            case RING -> Collectives.allreduceRing(p, n, c);
            case TREE -> Collectives.allreduceTree(p, n, c);
            case RECURSIVE_DOUBLING -> Collectives.allreduceRecursiveDoubling(p, n, c);
            case RABENSEIFNER -> Collectives.allreduceRabenseifner(p, n, c);
        };
    }

    /** The algorithm a scenario file names, case aside; unknown names list the allowed ones. */
    public static AllreduceAlgorithm fromName(String name) {
        for (AllreduceAlgorithm a : values()) {
            if (a.fileName.equalsIgnoreCase(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown allreduce algorithm '" + name + "' (allowed: "
                + Arrays.stream(values()).map(AllreduceAlgorithm::fileName).collect(Collectors.joining(", ")) + ")");
    }
}
