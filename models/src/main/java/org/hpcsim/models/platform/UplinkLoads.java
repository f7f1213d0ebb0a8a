package org.hpcsim.models.platform;

import java.util.Arrays;
import org.hpcsim.models.network.Topology;
import org.hpcsim.models.perf.HaloGrid;
import org.hpcsim.models.perf.Traffic;

/**
 * The shared links a job's network traffic crosses and how much: for each uplink (a leaf's, or a
 * pod's), the share of one node's injection rate that leaves that group. Links are numbered
 * level by level (every leaf, then every pod), and the file system after them.
 */
final class UplinkLoads {
    private final Topology topology;
    private final int[] base;
    private final double[] scratch;
    private final int linkCount;

    UplinkLoads(Topology topology) {
        this.topology = topology;
        int levels = topology.uplinkLevels();
        base = new int[levels + 1];
        int most = 0;
        for (int level = 0; level < levels; level++) {
            base[level + 1] = base[level] + topology.groups(level);
            most = Math.max(most, topology.groups(level));
        }
        linkCount = base[levels];
        scratch = new double[most];
    }

    /** Each uplink's capacity, bytes per second, in link order. */
    double[] capacities() {
        double[] c = new double[linkCount];
        for (int level = 0; level < base.length - 1; level++) {
            for (int g = 0; g < topology.groups(level); g++) {
                c[base[level] + g] = topology.uplinkCapacity(level, g);
            }
        }
        return c;
    }

    /**
     * The uplinks a job on {@code nodes} (in rank order) loads with {@code traffic}, and the share
     * of a node's rate each carries.
     */
    Loads of(int[] nodes, Traffic traffic) {
        int n = nodes.length;
        int[] links = new int[0];
        double[] weights = new double[0];
        if (n < 2) {
            return new Loads(links, weights);
        }
        int[] strides = HaloGrid.strides(n, traffic.haloDimensions());
        int side = HaloGrid.side(n, traffic.haloDimensions());
        for (int level = 0; level < base.length - 1; level++) {
            int groups = topology.groups(level);
            Arrays.fill(scratch, 0, groups, 0);
            int[] group = new int[n];
            int[] count = new int[groups];
            for (int k = 0; k < n; k++) {
                group[k] = topology.groupOf(nodes[k], level);
                count[group[k]]++;
            }
            for (int k = 0; k < n; k++) {
                int g = group[k];
                if (traffic.ring() > 0 && group[(k + 1) % n] != g) {
                    scratch[g] += traffic.ring();
                }
                if (traffic.halo() > 0) {
                    haloOut(k, group, traffic, strides, side);
                }
            }
            if (traffic.allToAll() > 0) {
                for (int g = 0; g < groups; g++) {
                    scratch[g] += traffic.allToAll() * count[g] * (double) (n - count[g]) / (n - 1);
                }
            }
            int used = 0;
            for (int g = 0; g < groups; g++) {
                if (scratch[g] > 0) {
                    used++;
                }
            }
            int at = links.length;
            links = Arrays.copyOf(links, at + used);
            weights = Arrays.copyOf(weights, at + used);
            for (int g = 0; g < groups; g++) {
                if (scratch[g] > 0) {
                    links[at] = base[level] + g;
                    weights[at++] = scratch[g];
                }
            }
        }
        return new Loads(links, weights);
    }

    /** Adds to {@code scratch} the share of node {@code k}'s halo bytes that leave its group. */
    private void haloOut(int k, int[] group, Traffic traffic, int[] strides, int side) {
        int n = group.length;
        int neighbours = 0;
        for (int stride : strides) {
            for (int sign = -1; sign <= 1; sign += 2) {
                if (HaloGrid.hasNeighbour(k, sign * stride, stride, n, side)) {
                    neighbours++;
                }
            }
        }
        if (neighbours == 0) {
            return;
        }
        double each = traffic.halo() / neighbours;
        for (int stride : strides) {
            for (int sign = -1; sign <= 1; sign += 2) {
                if (HaloGrid.hasNeighbour(k, sign * stride, stride, n, side) && group[k + sign * stride] != group[k]) {
                    scratch[group[k]] += each;
                }
            }
        }
    }

    /** Links and the weight on each, in increasing link order. */
    record Loads(int[] links, double[] weights) {}
}
