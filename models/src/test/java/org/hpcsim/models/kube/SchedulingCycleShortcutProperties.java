package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.kube.plugins.BalancedAllocationArgs;
import org.hpcsim.models.kube.plugins.NodeResourcesFitArgs;
import org.hpcsim.models.kube.plugins.Plugins;
import org.hpcsim.models.kube.plugins.PodTopologySpread;
import org.hpcsim.models.kube.plugins.ResourceSpec;
import org.hpcsim.models.kube.plugins.ScoringStrategyType;
import org.hpcsim.models.kube.plugins.UtilizationShapePoint;

/**
 * The cycle's shortcuts (filters skipped where they pass every node, constant scores added once,
 * batch scoring over the table's rows) pick exactly the nodes the plain path picks, and count the
 * same rejections, on random clusters with taints, cordons, labels and extended resources and
 * random pods with tolerations, selectors, affinity and spread constraints.
 */
class SchedulingCycleShortcutProperties {
    private static final String ZONE = "topology.kubernetes.io/zone";

    @Property(tries = 150)
    void shortcutsPickTheSameNodesAsThePlainPath(@ForAll @IntRange(min = 1, max = 250) int nodeCount,
                                                 @ForAll @IntRange(min = 0, max = 100) int percentage,
                                                 @ForAll @IntRange(min = 0, max = 5) int clusterKind,
                                                 @ForAll @IntRange(min = 0, max = 3) int profileKind,
                                                 @ForAll long seed) {
        RandomStream rng = new RandomStreams(seed).stream("shortcut-test");
        ResourceNames names = new ResourceNames();
        int gpu = names.indexOf("nvidia.com/gpu");
        List<KubeNode> ns = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            long cpu = 1_000L * (1 + rng.nextInt(32));
            long mem = (1L << 30) * (1 + rng.nextInt(128));
            long gpus = rng.nextInt(3) == 0 ? 1 + rng.nextInt(4) : 0;
            List<Taint> taints = new ArrayList<>();
            boolean cordoned = false;
            // Kinds 0 and 1: no taints, no cordons (the shortcuts' home ground); the others mix them in.
            if (clusterKind >= 2 && rng.nextInt(4) == 0) {
                taints.add(new Taint("dedicated", rng.nextInt(2) == 0 ? "gpu" : "", TaintEffect.values()[rng.nextInt(3)]));
            }
            if (clusterKind >= 3 && rng.nextInt(5) == 0) {
                taints.add(new Taint("soft", "", TaintEffect.PREFER_NO_SCHEDULE));
            }
            if (clusterKind >= 4 && rng.nextInt(6) == 0) {
                cordoned = true;
            }
            Map<String, String> labels = clusterKind % 3 == 2 && rng.nextInt(10) == 0 ? Map.of("disk", "ssd")
                    : Map.of(ZONE, "z" + rng.nextInt(4), "disk", rng.nextInt(2) == 0 ? "ssd" : "hdd");
            ns.add(new KubeNode("n" + i, new long[] {cpu, mem, gpus}, labels, taints, cordoned));
        }
        NodeTable fastTable = new NodeTable(ns, names.size());
        NodeTable plainTable = new NodeTable(ns, names.size());
        SchedulingCycle fast = new SchedulingCycle(profile(profileKind, percentage, names, true), fastTable,
                new RandomStreams(seed).stream("kube.tie-break"), true);
        SchedulingCycle plain = new SchedulingCycle(profile(profileKind, percentage, names, false), plainTable,
                new RandomStreams(seed).stream("kube.tie-break"), false);
        List<PodSpec> bound = new ArrayList<>();
        List<Integer> boundOn = new ArrayList<>();
        for (int k = 0; k < 120; k++) {
            PodSpec pod = randomPod(rng, clusterKind, gpu);
            int a = fast.schedule(pod);
            int b = plain.schedule(pod);
            assertEquals(b, a, "pod " + k + " " + pod);
            assertEquals(plain.lastFeasibleCount(), fast.lastFeasibleCount());
            assertEquals(plain.lastProcessedCount(), fast.lastProcessedCount());
            assertEquals(plain.nextStartNodeIndex(), fast.nextStartNodeIndex());
            for (String f : Plugins.FILTERS) {
                assertEquals(plain.lastRejectedBy(f), fast.lastRejectedBy(f), f);
            }
            if (a >= 0) {
                fastTable.bind(pod, a);
                plainTable.bind(pod, b);
                bound.add(pod);
                boundOn.add(a);
            }
            if (!bound.isEmpty() && rng.nextInt(4) == 0) { // pods leave too, so the running totals go down
                int j = rng.nextInt(bound.size());
                fastTable.unbind(bound.get(j), boundOn.get(j));
                plainTable.unbind(bound.get(j), boundOn.get(j));
                bound.remove(j);
                boundOn.remove(j);
            }
        }
    }

    // The plain profile's PodTopologySpread counts node by node instead of reading the table's running totals.
    private static SchedulerProfile profile(int kind, int percentage, ResourceNames names, boolean shortcuts) {
        SchedulerProfile d = Plugins.defaultProfile();
        List<ResourceSpec> resources = kind == 3
                ? List.of(new ResourceSpec("cpu", 1), new ResourceSpec("memory", 1))
                : List.of(new ResourceSpec("cpu", 2), new ResourceSpec("memory", 1), new ResourceSpec("nvidia.com/gpu", 3));
        ScoringStrategyType type = ScoringStrategyType.values()[Math.max(kind, 1) - 1];
        List<UtilizationShapePoint> shape = List.of(new UtilizationShapePoint(0, 0), new UtilizationShapePoint(100, 10));
        NodeResourcesFitArgs fitArgs = new NodeResourcesFitArgs(type, resources, shape);
        List<WeightedScore> scores = new ArrayList<>();
        for (WeightedScore w : d.scores()) {
            String name = w.plugin().name();
            if (name.equals(PodTopologySpread.NAME)) {
                scores.add(new WeightedScore(new PodTopologySpread(shortcuts), w.weight()));
            } else if (kind == 0) {
                scores.add(w);
            } else if (name.equals("NodeResourcesFit")) {
                scores.add(new WeightedScore(Plugins.scoreByName(name, fitArgs, names), w.weight()));
            } else if (name.equals("NodeResourcesBalancedAllocation")) {
                scores.add(new WeightedScore(Plugins.scoreByName(name, new BalancedAllocationArgs(resources), names), w.weight()));
            } else {
                scores.add(new WeightedScore(Plugins.scoreByName(name, null, names), w.weight()));
            }
        }
        List<FilterPlugin> filters = new ArrayList<>();
        for (FilterPlugin f : d.filters()) {
            filters.add(f.name().equals(PodTopologySpread.NAME) ? new PodTopologySpread(shortcuts) : f);
        }
        return new SchedulerProfile("p" + kind, filters, scores, percentage);
    }

    private static PodSpec randomPod(RandomStream rng, int clusterKind, int gpu) {
        long[] req = new long[gpu + 1];
        if (rng.nextInt(8) != 0) { // some pods request nothing
            req[0] = 100L * rng.nextInt(80);
            req[1] = (1L << 28) * rng.nextInt(64);
        }
        if (rng.nextInt(5) == 0) {
            req[gpu] = 1 + rng.nextInt(2);
        }
        List<Toleration> tolerations = new ArrayList<>();
        if (rng.nextInt(3) == 0) {
            tolerations.add(new Toleration("dedicated", true, "", null));
        }
        if (rng.nextInt(6) == 0) {
            tolerations.add(new Toleration("node.kubernetes.io/unschedulable", true, "", TaintEffect.NO_SCHEDULE));
        }
        Map<String, String> selector = clusterKind % 2 == 1 && rng.nextInt(5) == 0 ? Map.of("disk", "ssd") : null;
        List<NodeSelectorTerm> required = null;
        List<PreferredTerm> preferred = null;
        if (clusterKind % 2 == 1 && rng.nextInt(5) == 0) {
            required = List.of(new NodeSelectorTerm(List.of(
                    new NodeSelectorRequirement(ZONE, SelectorOperator.IN, List.of("z0", "z1", "z2")))));
        }
        if (rng.nextInt(4) == 0) {
            preferred = List.of(new PreferredTerm(1 + rng.nextInt(100), new NodeSelectorTerm(List.of(
                    new NodeSelectorRequirement("disk", SelectorOperator.IN, List.of("ssd"))))));
        }
        String group = "g" + rng.nextInt(3);
        List<SpreadConstraint> spread = new ArrayList<>();
        if (rng.nextInt(3) == 0) {
            spread.add(new SpreadConstraint(1 + rng.nextInt(3), ZONE, rng.nextInt(3) == 0, group));
        }
        if (rng.nextInt(3) == 0) {
            spread.add(new SpreadConstraint(1 + rng.nextInt(3), "kubernetes.io/hostname", rng.nextInt(4) == 0,
                    rng.nextInt(4) == 0 ? "other" : group));
        }
        return new PodSpec(req, null, 0, selector, required, preferred, tolerations, spread, group);
    }
}
