package org.hpcsim.models.calibration;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Memory bandwidth between NUMA nodes: row i is what node i's cores get from each node's memory,
 * in bytes per second and relative to their own node's memory.
 *
 * @param nodes      the node numbers, ascending; rows and columns follow them
 * @param bandwidth  bytes per second, NaN where a pair was not measured
 * @param relative   bandwidth over the row's local bandwidth, NaN where either is missing
 * @param distances  the firmware's distance matrix, empty when unknown
 */
public record NumaMatrix(List<Integer> nodes, double[][] bandwidth, double[][] relative,
                         List<List<Integer>> distances) {
    /** The matrix of {@code triads} (the last run of a pair wins) with {@code distances}. */
    public static NumaMatrix of(List<NumaTriad> triads, List<List<Integer>> distances) {
        TreeSet<Integer> set = new TreeSet<>();
        for (NumaTriad t : triads) {
            set.add(t.cpuNode());
            set.add(t.memoryNode());
        }
        List<Integer> nodes = List.copyOf(set);
        int n = nodes.size();
        double[][] bw = new double[n][n];
        for (double[] row : bw) {
            Arrays.fill(row, Double.NaN);
        }
        for (NumaTriad t : triads) {
            bw[nodes.indexOf(t.cpuNode())][nodes.indexOf(t.memoryNode())] = t.result().bytesPerSecond();
        }
        return of(nodes, bw, distances);
    }

    /** The matrix of {@code bandwidth} (NaN where unmeasured) between {@code nodes}, with {@code distances}. */
    public static NumaMatrix of(List<Integer> nodes, double[][] bandwidth, List<List<Integer>> distances) {
        int n = nodes.size();
        double[][] bw = new double[n][];
        for (int i = 0; i < n; i++) {
            bw[i] = bandwidth[i].clone();
        }
        double[][] rel = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rel[i][j] = bw[i][j] / bw[i][i];
            }
        }
        return new NumaMatrix(List.copyOf(nodes), bw, rel, distances.stream().map(List::copyOf).toList());
    }

    /** Mean over the rows of remote over local bandwidth, NaN with one node. */
    public double meanRemoteRatio() {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < relative.length; i++) {
            for (int j = 0; j < relative.length; j++) {
                if (i != j && !Double.isNaN(relative[i][j])) {
                    sum += relative[i][j];
                    count++;
                }
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
