package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.hardware.GpuModel;
import org.hpcsim.models.hardware.HardwareCatalog;
import org.hpcsim.models.cloud.SpotInterruptions;
import org.hpcsim.models.kube.MigLayout;
import org.hpcsim.models.kube.NodeGroup;
import org.hpcsim.models.kube.NodePool;
import org.hpcsim.models.kube.NodeTopology;
import org.hpcsim.models.kube.Taint;

/** One entry of {@code nodePools}. */
record KubePoolEntry(String name, Integer nodes, Map<String, String> labels, List<Map<String, String>> taints,
            Integer gpusPerNode, String gpu, KubeMigEntry mig, Autoscaling autoscaling, String capacityType,
            String interruptionFrequency, Double interruptionRate, KubeTopologyEntry topology) {
    @JsonCreator
    static KubePoolEntry fromFile(@JsonProperty("name") String name, @JsonProperty("nodes") Integer nodes,
                         @JsonProperty("labels") Map<String, String> labels,
                         @JsonProperty("taints") List<Map<String, String>> taints,
                         @JsonProperty("gpusPerNode") Integer gpusPerNode, @JsonProperty("gpu") String gpu,
                         @JsonProperty("mig") KubeMigEntry mig, @JsonProperty("autoscaling") Autoscaling autoscaling,
                         @JsonProperty("capacityType") String capacityType,
                         @JsonProperty("interruptionFrequency") String interruptionFrequency,
                         @JsonProperty("interruptionRate") Double interruptionRate,
                         @JsonProperty("nodeType") String nodeType,
                         @JsonProperty("topologyManagerPolicy") String topologyManagerPolicy,
                         @JsonProperty("topologyManagerScope") String topologyManagerScope,
                         @JsonProperty("cpuManagerPolicy") String cpuManagerPolicy,
                         @JsonProperty("reservedCpus") Integer reservedCpus) {
        return new KubePoolEntry(name, nodes, labels, taints, gpusPerNode, gpu, mig, autoscaling, capacityType,
                interruptionFrequency, interruptionRate, new KubeTopologyEntry(nodeType, topologyManagerPolicy,
                        topologyManagerScope, cpuManagerPolicy, reservedCpus));
    }

    /** The {@code autoscaling} block: the node group's sizes under the Cluster Autoscaler. */
    record Autoscaling(Integer minSize, Integer maxSize) {
        @JsonCreator
        static Autoscaling fromFile(@JsonProperty("minSize") Integer minSize, @JsonProperty("maxSize") Integer maxSize) {
            return new Autoscaling(minSize, maxSize);
        }
    }

    /**
     * The pool's node group when it is autoscaled, else null (priced later, from the cluster's
     * instance type and pricing).
     */
    NodeGroup group() {
        String f = "nodePools[" + name + "]";
        boolean spot = "spot".equals(capacityType);
        InvalidFieldException.require(capacityType == null || spot || "on-demand".equals(capacityType),
                f + ".capacityType", "must be spot or on-demand, got '" + capacityType + "'");
        InvalidFieldException.require(spot || (interruptionFrequency == null && interruptionRate == null),
                f + ".interruptionFrequency", "applies only with capacityType: spot");
        InvalidFieldException.require(autoscaling != null || capacityType == null, f + ".capacityType",
                "applies to autoscaled pools (give autoscaling: {minSize, maxSize})");
        if (autoscaling == null) {
            return null;
        }
        InvalidFieldException.require(nodes == null, f + ".nodes",
                "is not given for an autoscaled pool: autoscaling.minSize and maxSize set its size");
        Integer min = autoscaling.minSize() == null ? Integer.valueOf(0) : autoscaling.minSize();
        Integer max = autoscaling.maxSize();
        InvalidFieldException.require(max != null && max >= 1, f + ".autoscaling.maxSize",
                "is required, 1 or more, got " + max);
        InvalidFieldException.require(min >= 0 && min <= max, f + ".autoscaling.minSize",
                "must be 0 to maxSize (" + max + "), got " + min);
        InvalidFieldException.require(interruptionFrequency == null || interruptionRate == null,
                f + ".interruptionRate", "give interruptionFrequency (a band) or interruptionRate, not both");
        double fraction = 0;
        if (interruptionFrequency != null) {
            fraction = SpotInterruptions.bandFraction(interruptionFrequency);
            InvalidFieldException.require(fraction >= 0, f + ".interruptionFrequency",
                    "unknown band '" + interruptionFrequency + "' (allowed: " + SpotInterruptions.BANDS + ")");
        } else if (interruptionRate != null) {
            fraction = interruptionRate;
            InvalidFieldException.require(fraction >= 0 && fraction < 1, f + ".interruptionRate",
                    "must be a monthly fraction in [0, 1), got " + fraction);
        } else if (spot) {
            // Without a figure of the user's: the Spot Instance Advisor's lowest band, as cluster.spot does.
            fraction = SpotInterruptions.bandFraction("<5%");
        }
        return new NodeGroup(name, min, max, spot, SpotInterruptions.rateForMonthlyFraction(fraction), 0);
    }

    NodePool pool() {
        InvalidFieldException.require(name != null && !name.isEmpty(), "nodePools.name", "is required");
        String f = "nodePools[" + name + "]";
        Integer nodes = autoscaling != null && autoscaling.maxSize() != null ? autoscaling.maxSize() : this.nodes;
        InvalidFieldException.require(nodes != null && nodes >= 1, f + ".nodes", "must be 1 or more, got " + nodes);
        InvalidFieldException.require(gpusPerNode == null || gpusPerNode >= 0, f + ".gpusPerNode",
                "must be 0 or more, got " + gpusPerNode);
        List<Taint> ts = new ArrayList<>();
        if (taints != null) {
            for (Map<String, String> t : taints) {
                InvalidFieldException.require(t != null && t.get("key") != null && !t.get("key").isEmpty(),
                        f + ".taints", "each taint needs a key");
                InvalidFieldException.require(t.get("effect") != null, f + ".taints.effect",
                        "is required: NoSchedule, PreferNoSchedule or NoExecute");
                InvalidFieldException.require(t.keySet().stream().allMatch(
                        k -> k.equals("key") || k.equals("value") || k.equals("effect")), f + ".taints",
                        "entries take key, value and effect, got " + t.keySet());
                ts.add(new Taint(t.get("key"), t.get("value"),
                        KubernetesSpec.effect(t.get("effect"), f + ".taints.effect")));
            }
        }
        GpuModel model = null;
        if (gpu != null) {
            model = HardwareCatalog.gpu(gpu).orElseThrow(() -> new InvalidFieldException(f + ".gpu",
                    "'" + gpu + "' is not in the hardware catalog (" + HardwareCatalog.gpuNames() + ")"));
        }
        MigLayout layout = null;
        if (mig != null) {
            InvalidFieldException.require(model != null, f + ".mig", "needs the pool's gpu: (a catalog name)"
                    + " to check its profiles");
            InvalidFieldException.require(gpusPerNode == null || gpusPerNode > 0, f + ".mig",
                    "needs GPUs: gpusPerNode is 0");
            layout = mig.layout(f + ".mig", model);
            try {
                layout.validateFor(model);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(f + ".mig", e.getMessage());
            }
        }
        NodeTopology numa = topology == null ? null : topology.topology(f);
        InvalidFieldException.require(numa == null || mig == null, f + ".mig",
                "MIG slices with nodeType (kubelet topology management) are not modelled; give one or the other");
        return new NodePool(name, nodes, labels, ts, gpusPerNode == null ? -1 : gpusPerNode, gpu, layout, numa);
    }
}
