package org.hpcsim.models.kube.plugins;

import java.util.List;
import org.hpcsim.models.kube.FilterPlugin;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.kube.SchedulerProfile;
import org.hpcsim.models.kube.ScorePlugin;
import org.hpcsim.models.kube.WeightedScore;

/**
 * Builds plugins by their KubeSchedulerConfiguration names and the default profile. Upstream's
 * default also enables InterPodAffinity (score weight 2), ImageLocality (1), NodeName, NodePorts
 * and the volume plugins; hpcsim does not model them, so they are absent here.
 */
public final class Plugins {
    /** Filter plugins hpcsim models, in upstream's default order. */
    public static final List<String> FILTERS = List.of(NodeUnschedulable.NAME, TaintToleration.NAME, NodeAffinity.NAME,
            NodeResourcesFit.NAME, PodTopologySpread.NAME);
    /** Score plugins hpcsim models, in upstream's default order. */
    public static final List<String> SCORES = List.of(TaintToleration.NAME, NodeAffinity.NAME, NodeResourcesFit.NAME,
            PodTopologySpread.NAME, NodeResourcesBalancedAllocation.NAME);

    private Plugins() {}

    /**
     * The default-scheduler profile as far as hpcsim models it: the filters above in upstream's
     * order, and the scores with upstream's default weights (TaintToleration 3, NodeAffinity 2,
     * NodeResourcesFit 1, PodTopologySpread 2, NodeResourcesBalancedAllocation 1), adaptive
     * percentageOfNodesToScore. Each call builds fresh plugins, as plugins keep per-cycle state.
     */
    public static SchedulerProfile defaultProfile() {
        List<FilterPlugin> filters = List.of(new NodeUnschedulable(), new TaintToleration(), new NodeAffinity(),
                new NodeResourcesFit(), new PodTopologySpread());
        List<WeightedScore> scores = List.of(new WeightedScore(new TaintToleration(), 3),
                new WeightedScore(new NodeAffinity(), 2), new WeightedScore(new NodeResourcesFit(), 1),
                new WeightedScore(new PodTopologySpread(), 2), new WeightedScore(new NodeResourcesBalancedAllocation(), 1));
        return new SchedulerProfile("default-scheduler", filters, scores, 0);
    }

    /**
     * The Filter plugin {@code name} with {@code args} (null for upstream's defaults), resolving
     * resource names with {@code names} (null: cpu and memory only).
     */
    public static FilterPlugin filterByName(String name, PluginArgs args, ResourceNames names) {
        if (!FILTERS.contains(name)) {
            throw unknown(name, "Filter", FILTERS);
        }
        return (FilterPlugin) build(name, args, names);
    }

    /** The Score plugin {@code name} with {@code args} (null for upstream's defaults), resolving resource names with {@code names}. */
    public static ScorePlugin scoreByName(String name, PluginArgs args, ResourceNames names) {
        if (!SCORES.contains(name)) {
            throw unknown(name, "Score", SCORES);
        }
        return (ScorePlugin) build(name, args, names);
    }

    private static Object build(String name, PluginArgs args, ResourceNames names) {
        if (args != null && !argsFit(name, args)) {
            throw new IllegalArgumentException("plugin " + name + " takes no " + args.getClass().getSimpleName());
        }
        return switch (name) {
            case NodeUnschedulable.NAME -> new NodeUnschedulable();
            case TaintToleration.NAME -> new TaintToleration();
            case NodeAffinity.NAME -> new NodeAffinity();
            case PodTopologySpread.NAME -> new PodTopologySpread();
            case NodeResourcesFit.NAME -> new NodeResourcesFit(
                    args == null ? NodeResourcesFitArgs.defaults() : (NodeResourcesFitArgs) args, names);
            case NodeResourcesBalancedAllocation.NAME -> new NodeResourcesBalancedAllocation(
                    args == null ? BalancedAllocationArgs.defaults() : (BalancedAllocationArgs) args, names);
            default -> throw new IllegalStateException("listed but not built: " + name);
        };
    }

    private static boolean argsFit(String name, PluginArgs args) {
        return (args instanceof NodeResourcesFitArgs && name.equals(NodeResourcesFit.NAME))
                || (args instanceof BalancedAllocationArgs && name.equals(NodeResourcesBalancedAllocation.NAME));
    }

    private static IllegalArgumentException unknown(String name, String point, List<String> known) {
        return new IllegalArgumentException("unknown " + point + " plugin '" + name + "'; known: " + String.join(", ", known)
                + " (InterPodAffinity, ImageLocality, NodeName, NodePorts and the volume plugins are not modelled)");
    }
}
