package org.hpcsim.scenarios.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.cloud.InstanceCatalog;
import org.hpcsim.models.cloud.InstanceType;
import org.hpcsim.models.kube.KubeController;
import org.hpcsim.models.kube.KubeNode;
import org.hpcsim.models.kube.KubeStats;
import org.hpcsim.models.kube.NodeTopology;
import org.hpcsim.models.kube.NodePool;
import org.hpcsim.models.kube.PodPlacer;
import org.hpcsim.models.kube.PodTemplate;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.kube.SchedulerProfile;
import org.hpcsim.models.kube.kueue.KueueConfig;
import org.hpcsim.models.kube.kueue.ResourceFlavor;
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
                        RandomStreams streams, Path baseDir, Consumer<KubeStats> kubeStats) {
        KubernetesSpec spec = scenario.scheduler().kubernetes();
        if ((cluster.dynamicNodes() > 0 && spec.autoscaler() == null) || cluster.spot() != null
                || cluster.failures() != null) {
            throw new ScenarioException("cluster: dynamic nodes, cluster.spot and node failures are not modelled under"
                    + " policy kubernetes; autoscaled node pools (nodePools[].autoscaling, capacityType: spot) are");
        }
        ResourceNames resources = new ResourceNames();
        List<KubeNode> nodes = nodes(cluster, spec, resources);
        PodTemplate template = template(spec, nodes, resources);
        boolean kill = scenario.scheduler().killAtTimeLimit();
        KubeController controller;
        if (spec.scheduler() == KubernetesSpec.Scheduler.VOLCANO) {
            controller = new KubeController(nodes, resources, source, template, kill, observer, streams,
                    spec.volcano());
        } else {
            SchedulerProfile profile = KubeSchedulerConfig.profile(spec.config(), baseDir, resources);
            controller = new KubeController(nodes, resources, PodPlacer.scheduler(profile), source, template, kill,
                    observer, streams, spec.timing(), spec.preemption());
        }
        if (spec.kueue() != null) {
            checkFlavors(spec.kueue(), nodes);
            controller.admitThrough(spec.kueue(), resources);
        }
        if (spec.autoscaler() != null) {
            controller.autoscaleWith(KubeAutoscaling.resolve(cluster, spec), streams);
        }
        List<NodeTopology> topology = topology(cluster, spec);
        if (topology != null) {
            if (spec.scheduler() == KubernetesSpec.Scheduler.VOLCANO || spec.kueue() != null) {
                throw new ScenarioException("scheduler.kubernetes.nodePools: nodeType (kubelet topology management) is"
                        + " modelled under scheduler: default only, not under volcano nor with kueue");
            }
            controller.manageTopology(topology);
        }
        RunStats stats = controller.run();
        kubeStats.accept(controller.stats());
        return stats;
    }

    /** Refuses a ResourceFlavor whose node labels no node carries: its admitted pods could never be placed. */
    static void checkFlavors(KueueConfig kueue, List<KubeNode> nodes) {
        for (ResourceFlavor f : kueue.resourceFlavors()) {
            boolean some = false;
            for (KubeNode n : nodes) {
                some |= n.labels().entrySet().containsAll(f.nodeLabels().entrySet());
            }
            if (!some) {
                throw new ScenarioException("scheduler.kubernetes.kueue.resourceFlavors[" + f.name()
                        + "].nodeLabels: no node carries " + f.nodeLabels() + " (give a nodePools entry these labels)");
            }
        }
    }

    /**
     * The nodes as the kubelet reports them: cpu allocatable of every core (in millicores), memory
     * as the scenario or the instance type says, {@code nvidia.com/gpu} for GPUs, and the labels.
     */
    static List<KubeNode> nodes(ClusterSpec cluster, KubernetesSpec spec, ResourceNames resources) {
        if (!spec.nodePools().isEmpty()) {
            return poolNodes(cluster, spec, resources);
        }
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

    /**
     * The nodes of the spec's pools, in pool order, named {@code <pool>-<i>}: each with the pool's
     * labels and taints and its GPUs as the device plugin advertises them (whole, or MIG slices).
     */
    private static List<KubeNode> poolNodes(ClusterSpec cluster, KubernetesSpec spec, ResourceNames resources) {
        int total = 0;
        for (NodePool p : spec.nodePools()) {
            total += p.nodes();
        }
        if (spec.autoscaler() != null) {
            KubeAutoscaling.checkSizes(cluster, spec);
        } else if (total != cluster.nodes()) {
            throw new ScenarioException("scheduler.kubernetes.nodePools: the pools have " + total
                    + " nodes in all; cluster.nodes is " + cluster.nodes());
        }
        // Every name first, so each node's allocatable array covers every resource.
        boolean anyGpu = false;
        for (NodePool p : spec.nodePools()) {
            for (String r : p.gpuResources(p.gpus(cluster.gpusPerNode())).keySet()) {
                resources.indexOf(r);
                anyGpu = true;
            }
        }
        if (anyGpu) {
            // The controller refuses GPU jobs when nvidia.com/gpu is unknown; a cluster of MIG slices only still has GPUs.
            resources.indexOf(GPU);
        }
        long cpu = cluster.coresPerNode() * 1000L;
        long memory = Math.round(memoryGiB(cluster, spec) * GIB);
        List<KubeNode> nodes = new ArrayList<>(cluster.nodes());
        for (NodePool p : spec.nodePools()) {
            int gpus = p.gpus(cluster.gpusPerNode());
            long[] allocatable = new long[resources.size()];
            // A node type gives the pool its own CPUs (cores; hyperthreads are not modelled), less the
            // reserved ones, which kube-reserved/system-reserved take off allocatable.
            NodeTopology t = p.topology();
            allocatable[ResourceNames.CPU] = t == null ? cpu : (t.cpus() - t.reservedCpus()) * 1000L;
            allocatable[ResourceNames.MEMORY] = memory;
            for (Map.Entry<String, Long> r : p.gpuResources(gpus).entrySet()) {
                allocatable[resources.indexOf(r.getKey())] = r.getValue();
            }
            for (int i = 0; i < p.nodes(); i++) {
                String name = String.format("%s-%05d", p.name(), i);
                nodes.add(new KubeNode(name, allocatable, p.nodeLabels(spec.nodeLabels(), name, gpus), p.taints(),
                        false));
            }
        }
        return nodes;
    }

    /** Each node's topology, in the order of {@link #nodes}, or null when no pool has a node type. */
    static List<NodeTopology> topology(ClusterSpec cluster, KubernetesSpec spec) {
        boolean any = false;
        List<NodeTopology> out = new ArrayList<>();
        for (NodePool p : spec.nodePools()) {
            NodeTopology t = p.nodeTopology(p.gpus(cluster.gpusPerNode()));
            any |= t != null;
            for (int i = 0; i < p.nodes(); i++) {
                out.add(t);
            }
        }
        return any ? out : null;
    }

    /** The spec's pod template with its GPU resource resolved, refused in one line when no node offers it. */
    static PodTemplate template(KubernetesSpec spec, List<KubeNode> nodes, ResourceNames resources) {
        PodTemplate t = spec.template();
        if (t.gpuResource() == null) {
            return t;
        }
        int r = resources.find(t.gpuResource());
        boolean offered = false;
        for (KubeNode n : nodes) {
            offered |= r >= 0 && n.allocatable(r) > 0;
        }
        if (!offered) {
            throw new ScenarioException("scheduler.kubernetes.gpuResource: no node offers " + t.gpuResource()
                    + " (a nodePools entry with mig: strategy mixed and that profile does)");
        }
        return t.resolve(resources);
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
