package org.hpcsim.scenarios.run;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.cloud.NodeGroup;
import org.hpcsim.models.cloud.Pricing;
import org.hpcsim.models.run.NodeFailures;
import org.hpcsim.scenarios.spec.ClusterSpec;

/**
 * A Slurm cluster of one instance type whose {@code cluster.spot.share} makes its last nodes Spot
 * and whose cloud nodes power up and down: two node groups for the cost, the On-Demand nodes and
 * the Spot ones, each priced node by node as its nodes go up and down.
 */
final class MixedFleetGroups {
    private MixedFleetGroups() {}

    /**
     * The On-Demand and Spot groups of {@code spec} run on {@code slurm}'s nodes, or null when the
     * fleet is not mixed, has no cloud nodes, or prices Spot by a series (refused later).
     */
    static List<NodeGroup> of(ClusterSpec spec, SlurmRuns.Setup slurm) {
        if (slurm == null || slurm.power() == null || spec.pricing() == null || spec.spot() == null
                || spec.pricing().spotPrices() != null) {
            return null;
        }
        int n = slurm.config().nodes().size();
        NodeFailures failures = spec.nodeFailures(n);
        int firstSpot = n;
        for (FailureProcess p : failures.processes()) {
            if (FailureProcess.SPOT.equals(p.kind())) {
                firstSpot = p.firstNode();
                if (p.firstNode() + p.nodes() != n) {
                    return null; // Spot nodes are the last ones; anything else is priced as one fleet
                }
            }
        }
        if (firstSpot == 0 || firstSpot == n) {
            return null;
        }
        Pricing spot = spec.pricing().resolve(spec.instanceType());
        Pricing onDemand = Pricing.onDemand(spot.onDemandPerHour());
        BitSet cloud = slurm.power().cloud();
        int cpus = spec.coresPerNode();
        List<NodeGroup> groups = new ArrayList<>();
        groups.add(new NodeGroup("ondemand", spec.instanceType(), 0, staticCount(cloud, 0, firstSpot),
                firstSpot - staticCount(cloud, 0, firstSpot), cpus, onDemand));
        groups.add(new NodeGroup("spot", spec.instanceType(), firstSpot, staticCount(cloud, firstSpot, n),
                n - firstSpot - staticCount(cloud, firstSpot, n), cpus, spot));
        return groups;
    }

    private static int staticCount(BitSet cloud, int from, int to) {
        return to - from - cloud.get(from, to).cardinality();
    }
}
