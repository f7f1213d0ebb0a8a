package org.hpcsim.scenarios.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.FilterPlugin;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.kube.SchedulerProfile;
import org.hpcsim.models.kube.WeightedScore;
import org.hpcsim.models.kube.plugins.BalancedAllocationArgs;
import org.hpcsim.models.kube.plugins.NodeResourcesFitArgs;
import org.hpcsim.models.kube.plugins.PluginArgs;
import org.hpcsim.models.kube.plugins.Plugins;
import org.hpcsim.models.kube.plugins.ResourceSpec;
import org.hpcsim.models.kube.plugins.ScoringStrategyType;
import org.hpcsim.models.kube.plugins.UtilizationShapePoint;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;

/**
 * Reads a KubeSchedulerConfiguration file (kubescheduler.config.k8s.io/v1) into the profile pods
 * are scheduled with: the default plugins as far as hpcsim models them, changed by the profile's
 * {@code plugins} (multiPoint, filter and score; enabled with weights, disabled, {@code "*"}), its
 * {@code pluginConfig} for NodeResourcesFit (scoringStrategy) and NodeResourcesBalancedAllocation
 * (resources), and percentageOfNodesToScore. One profile is modelled: every pod names the first.
 */
final class KubeSchedulerConfig {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Upstream's default score weights for the plugins hpcsim models (pkg/scheduler/apis/config/v1/default_plugins.go). */
    private static final Map<String, Integer> DEFAULT_WEIGHTS = Map.of("TaintToleration", 3, "NodeAffinity", 2,
            "NodeResourcesFit", 1, "PodTopologySpread", 2, "NodeResourcesBalancedAllocation", 1);

    private KubeSchedulerConfig() {}

    /** The profile in {@code file} (relative to {@code baseDir}), or the default profile when null. */
    static SchedulerProfile profile(String file, Path baseDir, ResourceNames names) {
        if (file == null) {
            return Plugins.defaultProfile();
        }
        Path path = baseDir.resolve(file);
        JsonNode root;
        try {
            root = YAML.readTree(ScenarioLoader.readText(path));
        } catch (IOException e) {
            throw new ScenarioException(file + ": not a YAML KubeSchedulerConfiguration: " + firstLine(e));
        }
        try {
            return read(root, names);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(file + ": " + e.getMessage());
        }
    }

    static SchedulerProfile read(JsonNode root, ResourceNames names) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a KubeSchedulerConfiguration mapping");
        }
        String kind = root.path("kind").asText("KubeSchedulerConfiguration");
        if (!kind.equals("KubeSchedulerConfiguration")) {
            throw new IllegalArgumentException("kind: expected KubeSchedulerConfiguration, got " + kind);
        }
        JsonNode profiles = root.path("profiles");
        if (profiles.size() > 1) {
            throw new IllegalArgumentException("profiles: " + profiles.size() + " profiles given; hpcsim models one"
                    + " (every pod names the first)");
        }
        JsonNode profile = profiles.size() == 1 ? profiles.get(0) : MissingNode.getInstance();
        int percentage = profile.path("percentageOfNodesToScore").asInt(root.path("percentageOfNodesToScore").asInt(0));
        List<String> filters = new ArrayList<>(Plugins.FILTERS);
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String s : Plugins.SCORES) {
            scores.put(s, DEFAULT_WEIGHTS.get(s));
        }
        JsonNode plugins = profile.path("plugins");
        apply(plugins.path("multiPoint"), filters, scores, true, true);
        apply(plugins.path("filter"), filters, scores, true, false);
        apply(plugins.path("score"), filters, scores, false, true);
        Map<String, PluginArgs> args = pluginArgs(profile.path("pluginConfig"));
        List<FilterPlugin> f = new ArrayList<>();
        for (String name : filters) {
            f.add(Plugins.filterByName(name, args.get(name), names));
        }
        List<WeightedScore> s = new ArrayList<>();
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            s.add(new WeightedScore(Plugins.scoreByName(e.getKey(), args.get(e.getKey()), names), e.getValue()));
        }
        String name = profile.path("schedulerName").asText("default-scheduler");
        return new SchedulerProfile(name, f, s, percentage);
    }

    /** Applies one extension point's enabled and disabled lists, as upstream merges them with the defaults. */
    private static void apply(JsonNode point, List<String> filters, Map<String, Integer> scores, boolean filter,
                              boolean score) {
        for (JsonNode d : point.path("disabled")) {
            String name = d.path("name").asText();
            if (name.equals("*")) {
                if (filter) {
                    filters.clear();
                }
                if (score) {
                    scores.clear();
                }
            } else {
                if (filter) {
                    filters.remove(name);
                }
                if (score) {
                    scores.remove(name);
                }
            }
        }
        for (JsonNode e : point.path("enabled")) {
            String name = e.path("name").asText();
            boolean known = Plugins.FILTERS.contains(name) || Plugins.SCORES.contains(name);
            if (!known) {
                throw new IllegalArgumentException("plugin '" + name + "' is not modelled (modelled: filters "
                        + String.join(", ", Plugins.FILTERS) + "; scores " + String.join(", ", Plugins.SCORES) + ")");
            }
            if (filter && Plugins.FILTERS.contains(name) && !filters.contains(name)) {
                filters.add(name);
            }
            if (score && Plugins.SCORES.contains(name)) {
                int weight = e.path("weight").asInt(0);
                // A weight left out keeps the default one, or 1 for a plugin not scored by default (v1 defaulting).
                scores.put(name, weight > 0 ? weight : scores.getOrDefault(name, DEFAULT_WEIGHTS.getOrDefault(name, 1)));
            }
        }
    }

    private static Map<String, PluginArgs> pluginArgs(JsonNode config) {
        Map<String, PluginArgs> out = new LinkedHashMap<>();
        for (JsonNode c : config) {
            String name = c.path("name").asText();
            JsonNode args = c.path("args");
            switch (name) {
                case "NodeResourcesFit" -> {
                    JsonNode strategy = args.path("scoringStrategy");
                    ScoringStrategyType type = ScoringStrategyType.parse(strategy.path("type").asText("LeastAllocated"));
                    List<UtilizationShapePoint> shape = new ArrayList<>();
                    for (JsonNode p : strategy.path("requestedToCapacityRatio").path("shape")) {
                        shape.add(new UtilizationShapePoint(p.path("utilization").asInt(), p.path("score").asInt()));
                    }
                    out.put(name, new NodeResourcesFitArgs(type, resources(strategy.path("resources")), shape));
                }
                case "NodeResourcesBalancedAllocation" ->
                        out.put(name, new BalancedAllocationArgs(resources(args.path("resources"))));
                default -> throw new IllegalArgumentException("pluginConfig: arguments of '" + name
                        + "' are not modelled (NodeResourcesFit, NodeResourcesBalancedAllocation are)");
            }
        }
        return out;
    }

    private static List<ResourceSpec> resources(JsonNode list) {
        if (list.isMissingNode() || list.isEmpty()) {
            return ResourceSpec.DEFAULTS;
        }
        List<ResourceSpec> out = new ArrayList<>();
        for (JsonNode r : list) {
            out.add(new ResourceSpec(r.path("name").asText(), r.path("weight").asInt(1)));
        }
        return out;
    }

    private static String firstLine(IOException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
