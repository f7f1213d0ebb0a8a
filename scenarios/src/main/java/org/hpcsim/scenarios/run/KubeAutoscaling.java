package org.hpcsim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.cloud.InstanceCatalog;
import org.hpcsim.models.cloud.InstanceType;
import org.hpcsim.models.kube.AutoscalerConfig;
import org.hpcsim.models.kube.NodeGroup;
import org.hpcsim.models.kube.NodePool;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.KubernetesSpec;
import org.hpcsim.scenarios.spec.PricingSpec;

/** The Cluster Autoscaler's settings completed from the cluster: node counts checked, boot time and prices. */
final class KubeAutoscaling {
    private KubeAutoscaling() {}

    /**
     * The cluster's node counts as the pools set them: {@code nodes} the nodes up at the start
     * (fixed pools and each group's minSize), {@code dynamicNodes} the rest up to the groups' maxSize.
     */
    static void checkSizes(ClusterSpec cluster, KubernetesSpec spec) {
        int start = 0;
        int all = 0;
        for (NodePool p : spec.nodePools()) {
            NodeGroup g = group(spec, p.name());
            start += g == null ? p.nodes() : g.minSize();
            all += p.nodes();
        }
        if (cluster.nodes() != start || cluster.dynamicNodes() != all - start) {
            throw new ScenarioException("cluster.nodes and cluster.dynamicNodes: with autoscaled node pools they are "
                    + start + " (fixed pools' nodes plus each minSize) and " + (all - start)
                    + " (the rest up to each maxSize), got " + cluster.nodes() + " and " + cluster.dynamicNodes());
        }
    }

    /**
     * The spec's autoscaler with the cluster's boot time (cluster.bootTime: shared/REFERENCE.md's
     * 4-5 minutes from an EC2 launch request to running jobs, the same launch path an EKS managed
     * node group's Auto Scaling group takes; fixed, or drawn per new node) and each group's price: On-Demand from cluster.pricing
     * or the instance type's catalog price, Spot at cluster.pricing's discount.
     */
    static AutoscalerConfig resolve(ClusterSpec cluster, KubernetesSpec spec) {
        AutoscalerConfig ca = spec.autoscaler();
        PricingSpec p = cluster.pricing();
        boolean spotPricing = p != null && "spot".equals(p.capacity());
        if (p != null && p.spotPrices() != null) {
            throw new ScenarioException("cluster.pricing.spotPrices: a Spot price series is not modelled with"
                    + " autoscaled node pools; give spotDiscount");
        }
        double onDemand = p == null ? 0 : p.perNodeHour() > 0 ? p.perNodeHour()
                : InstanceCatalog.find(cluster.instanceType()).map(InstanceType::onDemandPerHour).orElse(0.0);
        List<NodeGroup> priced = new ArrayList<>();
        for (NodeGroup g : ca.groups()) {
            if (p != null && g.spot() != spotPricing) {
                // summary.json's cost block prices every node-hour at cluster.pricing: one capacity type only.
                throw new ScenarioException("scheduler.kubernetes.nodePools[" + g.pool() + "].capacityType: "
                        + (g.spot() ? "spot" : "on-demand") + ", but cluster.pricing.capacity is "
                        + p.capacity() + "; the cost block prices one capacity type, so every autoscaled pool"
                        + " must be " + (spotPricing ? "spot" : "on-demand"));
            }
            priced.add(g.withPrice(g.spot() ? onDemand * (1 - (spotPricing ? p.spotDiscount() : 0)) : onDemand));
        }
        return new AutoscalerConfig(priced, ca.scanInterval(), BootTimes.fixed(cluster.bootTime()), ca.expander(),
                ca.maxNodesTotal(), ca.unneededTime(), ca.delayAfterAdd(), BootTimes.drawn(cluster.bootTime()),
                ca.scaleDown());
    }

    private static NodeGroup group(KubernetesSpec spec, String pool) {
        for (NodeGroup g : spec.autoscaler().groups()) {
            if (g.pool().equals(pool)) {
                return g;
            }
        }
        return null;
    }
}
