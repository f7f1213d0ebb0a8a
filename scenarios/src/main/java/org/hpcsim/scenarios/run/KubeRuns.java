package org.hpcsim.scenarios.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.cloud.InstanceCatalog;
import org.hpcsim.models.cloud.InstanceType;
import org.hpcsim.models.kube.KubeController;
import org.hpcsim.models.kube.KubeNode;
import org.hpcsim.models.kube.PodPlacer;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.kube.SchedulerProfile;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.KubernetesSpec;
import org.hpcsim.scenarios.spec.Scenario;

/** Builds and runs the Kubernetes replay a scenario with policy kubernetes describes. */
final class KubeRuns {
    /** The extended resource the NVIDIA device plugin advertises for whole GPUs. */
    static final String GPU = "nvidia.com/gpu";
    private static final double GIB = 1024.0 * 1024 * 1024;

    private KubeRuns() {}

    /** Runs the scenario's workload through kube-scheduler, or Volcano when the scenario picks it, on its cluster's nodes. */
    static RunStats run(Scenario scenario, ClusterSpec cluster, JobSource source, RunObserver observer,
                        RandomStreams streams, Path baseDir) {
        if (cluster.dynamicNodes() > 0 || cluster.spot() != null || cluster.failures() != null) {
            throw new ScenarioException("cluster: dynamic nodes, Spot interruptions and node failures are not yet"
                    + " modelled under policy kubernetes (Cluster Autoscaler is to come)");
        }
        KubernetesSpec spec = scenario.scheduler().kubernetes();
        ResourceNames resources = new ResourceNames();
        List<KubeNode> nodes = nodes(cluster, spec, resources);
        boolean kill = scenario.scheduler().killAtTimeLimit();
        if (spec.scheduler() == KubernetesSpec.Scheduler.VOLCANO) {
            return new KubeController(nodes, resources, source, spec.template(), kill, observer, streams,
                    spec.volcano()).run();
        }
        SchedulerProfile profile = KubeSchedulerConfig.profile(spec.config(), baseDir, resources);
        KubeController controller = new KubeController(nodes, resources, PodPlacer.scheduler(profile), source,
                spec.template(), kill, observer, streams, spec.timing());
        return controller.run();
    }

    /**
     * The nodes as the kubelet reports them: cpu allocatable of every core (in millicores), memory
     * as the scenario or the instance type says, {@code nvidia.com/gpu} for GPUs, and the labels.
     */
    static List<KubeNode> nodes(ClusterSpec cluster, KubernetesSpec spec, ResourceNames resources) {
        int gpu = cluster.gpusPerNode() > 0 ? resources.indexOf(GPU) : -1;
        long[] allocatable = new long[resources.size()];
        allocatable[ResourceNames.CPU] = cluster.coresPerNode() * 1000L;
        allocatable[ResourceNames.MEMORY] = Math.round(memoryGiB(cluster, spec) * GIB);
        if (gpu >= 0) {
            allocatable[gpu] = cluster.gpusPerNode();
        }
        List<KubeNode> nodes = new ArrayList<>(cluster.nodes());
        for (int i = 0; i < cluster.nodes(); i++) {
            Map<String, String> labels = new TreeMap<>(spec.nodeLabels());
            String name = String.format("node-%05d", i);
            labels.put("kubernetes.io/hostname", name);
            nodes.add(new KubeNode(name, allocatable, labels, List.of(), false));
        }
        return nodes;
    }

    private static double memoryGiB(ClusterSpec cluster, KubernetesSpec spec) {
        if (spec.nodeMemoryGiB() > 0) {
            return spec.nodeMemoryGiB();
        }
        InstanceType type = cluster.instanceType() == null ? null
                : InstanceCatalog.find(cluster.instanceType()).orElse(null);
        return type != null ? type.memoryGib() : cluster.coresPerNode() * KubernetesSpec.DEFAULT_GIB_PER_CORE;
    }
}
