package org.hpcsim.models.hardware;

import java.util.Arrays;

/**
 * The NUMA domains of a node: how many, the cores and memory of each, the memory bandwidth each
 * delivers to its own cores, and the distance matrix {@code numactl -H} prints (10 local).
 *
 * @param sockets            processor sockets
 * @param coresPerDomain     cores in each domain
 * @param memoryPerDomain    bytes of memory in each domain
 * @param bandwidthPerDomain bytes per second one domain's memory delivers to its own cores
 * @param distances          distances[i][j] from domain i to domain j (10 on the diagonal)
 */
public record NumaLayout(int sockets, int coresPerDomain, long memoryPerDomain, double bandwidthPerDomain,
                         int[][] distances) {
    /** The distance the kernel reports from a domain to itself. */
    public static final int LOCAL_DISTANCE = 10;

    /** Validates the layout. */
    public NumaLayout {
        if (sockets < 1 || coresPerDomain < 1 || memoryPerDomain <= 0 || !(bandwidthPerDomain > 0)
                || distances == null || distances.length < 1) {
            throw new IllegalArgumentException("NUMA layout: impossible figures");
        }
        int n = distances.length;
        int[][] copy = new int[n][];
        for (int i = 0; i < n; i++) {
            if (distances[i].length != n || distances[i][i] != LOCAL_DISTANCE) {
                throw new IllegalArgumentException("NUMA distances must be a square matrix with "
                        + LOCAL_DISTANCE + " on the diagonal");
            }
            for (int j = 0; j < n; j++) {
                if (distances[i][j] < LOCAL_DISTANCE) {
                    throw new IllegalArgumentException("NUMA distance " + i + "->" + j + " is under "
                            + LOCAL_DISTANCE);
                }
            }
            copy[i] = distances[i].clone();
        }
        distances = copy;
    }

    /** Domains in the node. */
    public int domains() {
        return distances.length;
    }

    /** Cores in the node. */
    public int cores() {
        return domains() * coresPerDomain;
    }

    /**
     * The share of local bandwidth a core in domain {@code from} gets from memory in domain
     * {@code to}: local distance over the distance, as the SLIT distances are relative latencies
     * (1 when local; 10/21 = 0.48 for a typical two-socket remote, near REFERENCE's 50-70%).
     */
    public double remoteFactor(int from, int to) {
        return LOCAL_DISTANCE / (double) distances[from][to];
    }

    /** The distance matrix (a copy). */
    @Override
    public int[][] distances() {
        int[][] copy = new int[distances.length][];
        for (int i = 0; i < distances.length; i++) {
            copy[i] = distances[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumaLayout l && l.sockets == sockets && l.coresPerDomain == coresPerDomain
                && l.memoryPerDomain == memoryPerDomain && l.bandwidthPerDomain == bandwidthPerDomain
                && Arrays.deepEquals(l.distances, distances);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(distances) + Integer.hashCode(coresPerDomain);
    }
}
