package org.hpcsim.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.SpotInterruptions;
import org.hpcsim.models.kube.AutoscalerConfig;
import org.hpcsim.models.kube.MigLayout;
import org.hpcsim.models.kube.NodeGroup;
import org.hpcsim.models.kube.NodePool;
import org.hpcsim.models.kube.NodeTopology;
import org.hpcsim.models.kube.PodTemplate;
import org.hpcsim.models.kube.Taint;
import org.hpcsim.models.kube.Toleration;
import org.hpcsim.models.kube.WorkloadSettings;
import org.hpcsim.scenarios.spec.KubernetesSpec;

/** The {@code scheduler.kubernetes} block as scenario files write it. */
final class KubernetesWriter {
    private static final double GIB = 1024.0 * 1024 * 1024;

    private KubernetesWriter() {}

    static Map<String, Object> toMap(KubernetesSpec k) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (k.config() != null) {
            m.put("config", k.config());
        }
        PodTemplate t = k.template();
        m.put("workload", k.workloadWord());
        m.put("workerCpu", switch (t.workerCpu()) {
            case NODE_FRACTION -> "node";
            case JOB_PROCESSORS -> "processors";
            case SLOTS -> "slots";
        });
        workloadBlock(t, m);
        m.put("nodeFraction", t.nodeFraction());
        m.put("memoryPerCpuGiB", t.memoryPerCpu() / GIB);
        Map<String, Object> launcher = new LinkedHashMap<>();
        launcher.put("cpu", t.launcherCpuMillis() / 1000.0);
        launcher.put("memoryGiB", t.launcherMemory() / GIB);
        m.put("launcher", launcher);
        m.put("priority", t.priority());
        if (t.guaranteed()) {
            m.put("guaranteed", true);
        }
        if (!t.qosPriorities().isEmpty()) {
            m.put("priorities", t.qosPriorities());
        }
        if (k.nodeMemoryGiB() > 0) {
            m.put("nodeMemoryGiB", k.nodeMemoryGiB());
        }
        if (!k.nodeLabels().isEmpty()) {
            m.put("nodeLabels", k.nodeLabels());
        }
        if (t.gpuResource() != null) {
            m.put("gpuResource", t.gpuResource());
        }
        if (!t.nodeSelector().isEmpty()) {
            m.put("nodeSelector", t.nodeSelector());
        }
        if (!t.tolerations().isEmpty()) {
            List<Map<String, Object>> tols = new ArrayList<>();
            for (Toleration tol : t.tolerations()) {
                Map<String, Object> e = new LinkedHashMap<>();
                if (!tol.key().isEmpty()) {
                    e.put("key", tol.key());
                }
                e.put("operator", tol.exists() ? "Exists" : "Equal");
                if (!tol.exists()) {
                    e.put("value", tol.value());
                }
                if (tol.effect() != null) {
                    e.put("effect", KubernetesSpec.effectWord(tol.effect()));
                }
                tols.add(e);
            }
            m.put("tolerations", tols);
        }
        if (!k.nodePools().isEmpty()) {
            List<Map<String, Object>> pools = new ArrayList<>();
            for (NodePool p : k.nodePools()) {
                pools.add(pool(p, group(k, p.name())));
            }
            m.put("nodePools", pools);
        }
        if (k.autoscaler() != null) {
            AutoscalerConfig a = k.autoscaler();
            Map<String, Object> ca = new LinkedHashMap<>();
            ca.put("scanInterval", SimTime.toSeconds(a.scanInterval()));
            ca.put("expander", a.expander().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            ca.put("maxNodesTotal", a.maxNodesTotal());
            ca.put("scaleDownUnneededTime", SimTime.toSeconds(a.unneededTime()));
            ca.put("scaleDownDelayAfterAdd", SimTime.toSeconds(a.delayAfterAdd()));
            ca.put("scaleDownUtilizationThreshold", a.scaleDown().utilizationThreshold());
            ca.put("scaleDownGpuUtilizationThreshold", a.scaleDown().gpuUtilizationThreshold());
            ca.put("skipNodesWithCustomControllerPods", a.scaleDown().skipCustomControllerPods());
            ca.put("maxDrainParallelism", a.scaleDown().maxDrainParallelism());
            m.put("autoscaler", ca);
        }
        m.put("cycleTimeMs", k.cycleTimeMs());
        m.put("preemptionPolicy", k.preemption() ? "PreemptLowerPriority" : "Never");
        m.put("scheduler", k.scheduler() == KubernetesSpec.Scheduler.VOLCANO ? "volcano" : "default");
        if (k.scheduler() == KubernetesSpec.Scheduler.VOLCANO) {
            m.put("volcano", KubeQueuesWriter.volcano(k));
        }
        if (k.kueue() != null) {
            m.put("kueue", KubeQueuesWriter.kueue(k.kueue()));
        }
        return m;
    }

    /** The workload kind's own block: job, pytorch or mpi, when it says anything. */
    private static void workloadBlock(PodTemplate t, Map<String, Object> m) {
        WorkloadSettings s = t.settings();
        Map<String, Object> b = new LinkedHashMap<>();
        switch (t.shape()) {
            case JOB -> {
                b.put("parallelism", s.parallelism() == 0 ? "all" : String.valueOf(s.parallelism()));
                b.put("completionMode", s.indexed() ? "Indexed" : "NonIndexed");
                m.put("job", b);
            }
            case PYTORCHJOB -> {
                if (s.masterCpuMillis() >= 0) {
                    b.put("masterCpu", s.masterCpuMillis() / 1000.0);
                }
                if (s.masterMemory() >= 0) {
                    b.put("masterMemoryGiB", s.masterMemory() / GIB);
                }
                if (!b.isEmpty()) {
                    m.put("pytorch", b);
                }
            }
            case MPIJOB -> {
                if (s.slotsPerWorker() > 0) {
                    b.put("slotsPerWorker", s.slotsPerWorker());
                }
                if (s.launcherAsWorker()) {
                    b.put("runLauncherAsWorker", true);
                }
                if (!b.isEmpty()) {
                    m.put("mpi", b);
                }
            }
            default -> { }
        }
    }

    private static NodeGroup group(KubernetesSpec k, String pool) {
        if (k.autoscaler() != null) {
            for (NodeGroup g : k.autoscaler().groups()) {
                if (g.pool().equals(pool)) {
                    return g;
                }
            }
        }
        return null;
    }

    private static Map<String, Object> pool(NodePool p, NodeGroup g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        if (g == null) {
            m.put("nodes", p.nodes());
        } else {
            Map<String, Object> sizes = new LinkedHashMap<>(); // Map.of's order changes from run to run
            sizes.put("minSize", g.minSize());
            sizes.put("maxSize", g.maxSize());
            m.put("autoscaling", sizes);
            m.put("capacityType", g.spot() ? "spot" : "on-demand");
            if (g.spot()) {
                // Back to the monthly fraction the rate came from.
                m.put("interruptionRate", -Math.expm1(-g.interruptionRate() * SpotInterruptions.MONTH_SECONDS));
            }
        }
        if (!p.labels().isEmpty()) {
            m.put("labels", p.labels());
        }
        if (!p.taints().isEmpty()) {
            List<Map<String, Object>> taints = new ArrayList<>();
            for (Taint t : p.taints()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("key", t.key());
                e.put("value", t.value());
                e.put("effect", KubernetesSpec.effectWord(t.effect()));
                taints.add(e);
            }
            m.put("taints", taints);
        }
        if (p.gpusPerNode() >= 0) {
            m.put("gpusPerNode", p.gpusPerNode());
        }
        if (p.gpuModel() != null) {
            m.put("gpu", p.gpuModel());
        }
        if (p.topology() != null) {
            NodeTopology topo = p.topology();
            m.put("nodeType", topo.nodeType());
            m.put("topologyManagerPolicy", topo.policy().word());
            m.put("topologyManagerScope", topo.podScope() ? "pod" : "container");
            m.put("cpuManagerPolicy", topo.staticCpu() ? "static" : "none");
            m.put("reservedCpus", topo.reservedCpus());
        }
        if (p.mig() != null) {
            // Always the explicit layout: a lone profile was expanded to its count when read, and reads back equal.
            Map<String, Object> mig = new LinkedHashMap<>();
            mig.put("strategy", p.mig().strategy() == MigLayout.Strategy.MIXED ? "mixed" : "single");
            mig.put("layout", p.mig().layout());
            m.put("mig", mig);
        }
        return m;
    }
}
