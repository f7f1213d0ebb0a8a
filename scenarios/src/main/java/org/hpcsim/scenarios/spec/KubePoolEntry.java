package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.hardware.GpuModel;
import org.hpcsim.models.hardware.HardwareCatalog;
import org.hpcsim.models.kube.MigLayout;
import org.hpcsim.models.kube.NodePool;
import org.hpcsim.models.kube.Taint;

/** One entry of {@code nodePools}. */
record KubePoolEntry(String name, Integer nodes, Map<String, String> labels, List<Map<String, String>> taints,
            Integer gpusPerNode, String gpu, KubeMigEntry mig) {
    @JsonCreator
    static KubePoolEntry fromFile(@JsonProperty("name") String name, @JsonProperty("nodes") Integer nodes,
                         @JsonProperty("labels") Map<String, String> labels,
                         @JsonProperty("taints") List<Map<String, String>> taints,
                         @JsonProperty("gpusPerNode") Integer gpusPerNode, @JsonProperty("gpu") String gpu,
                         @JsonProperty("mig") KubeMigEntry mig) {
        return new KubePoolEntry(name, nodes, labels, taints, gpusPerNode, gpu, mig);
    }

    NodePool pool() {
        InvalidFieldException.require(name != null && !name.isEmpty(), "nodePools.name", "is required");
        String f = "nodePools[" + name + "]";
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
        return new NodePool(name, nodes, labels, ts, gpusPerNode == null ? -1 : gpusPerNode, gpu, layout);
    }
}
