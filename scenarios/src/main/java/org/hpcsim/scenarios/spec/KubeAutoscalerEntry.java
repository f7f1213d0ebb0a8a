package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.kube.AutoscalerConfig;
import org.hpcsim.models.kube.NodeGroup;
import org.hpcsim.models.kube.ScaleDownRules;

/** The {@code autoscaler} block: the Cluster Autoscaler's settings, seconds as CA's flags (defaults: CA's). */
record KubeAutoscalerEntry(Double scanInterval, String expander, Integer maxNodesTotal, Double scaleDownUnneededTime,
                           Double scaleDownDelayAfterAdd, Double scaleDownUtilizationThreshold,
                           Double scaleDownGpuUtilizationThreshold, Boolean skipNodesWithCustomControllerPods,
                           Integer maxDrainParallelism) {
    /** No block: CA's defaults throughout. */
    static final KubeAutoscalerEntry DEFAULTS = new KubeAutoscalerEntry(null, null, null, null, null, null, null, null,
            null);

    @JsonCreator
    static KubeAutoscalerEntry fromFile(@JsonProperty("scanInterval") Double scanInterval,
                                        @JsonProperty("expander") String expander,
                                        @JsonProperty("maxNodesTotal") Integer maxNodesTotal,
                                        @JsonProperty("scaleDownUnneededTime") Double scaleDownUnneededTime,
                                        @JsonProperty("scaleDownDelayAfterAdd") Double scaleDownDelayAfterAdd,
                                        @JsonProperty("scaleDownUtilizationThreshold") Double utilizationThreshold,
                                        @JsonProperty("scaleDownGpuUtilizationThreshold") Double gpuThreshold,
                                        @JsonProperty("skipNodesWithCustomControllerPods") Boolean skipCustom,
                                        @JsonProperty("maxDrainParallelism") Integer maxDrainParallelism) {
        return new KubeAutoscalerEntry(scanInterval, expander, maxNodesTotal, scaleDownUnneededTime,
                scaleDownDelayAfterAdd, utilizationThreshold, gpuThreshold, skipCustom, maxDrainParallelism);
    }

    /** The settings for {@code groups}, boot time 0 and prices 0 until the run resolves them from the cluster. */
    AutoscalerConfig config(List<NodeGroup> groups) {
        InvalidFieldException.require(!groups.isEmpty(), "autoscaler",
                "needs a node pool with autoscaling: {minSize, maxSize}");
        String f = "autoscaler.";
        double scan = scanInterval == null ? SimTime.toSeconds(AutoscalerConfig.DEFAULT_SCAN_INTERVAL) : scanInterval;
        InvalidFieldException.require(scan > 0 && Double.isFinite(scan), f + "scanInterval",
                "must be positive seconds, got " + scan);
        String word = expander == null ? "least-waste" : expander.toLowerCase(Locale.ROOT);
        AutoscalerConfig.Expander e = switch (word) {
            case "least-waste" -> AutoscalerConfig.Expander.LEAST_WASTE;
            case "price" -> AutoscalerConfig.Expander.PRICE;
            case "random" -> AutoscalerConfig.Expander.RANDOM;
            default -> throw new InvalidFieldException(f + "expander",
                    "must be least-waste, price or random, got '" + expander + "'");
        };
        int max = maxNodesTotal == null ? 0 : maxNodesTotal;
        InvalidFieldException.require(max >= 0, f + "maxNodesTotal", "must be 0 (no limit) or more, got " + max);
        int drains = maxDrainParallelism == null ? ScaleDownRules.DEFAULT_MAX_DRAIN_PARALLELISM : maxDrainParallelism;
        InvalidFieldException.require(drains >= 0, f + "maxDrainParallelism",
                "must be 0 (no non-empty node drained) or more, got " + drains);
        ScaleDownRules rules = new ScaleDownRules(
                fraction(scaleDownUtilizationThreshold, ScaleDownRules.DEFAULT_THRESHOLD,
                        f + "scaleDownUtilizationThreshold"),
                fraction(scaleDownGpuUtilizationThreshold, ScaleDownRules.DEFAULT_GPU_THRESHOLD,
                        f + "scaleDownGpuUtilizationThreshold"),
                skipNodesWithCustomControllerPods == null || skipNodesWithCustomControllerPods, drains);
        return new AutoscalerConfig(groups, SimTime.ofSeconds(scan), 0, e, max,
                seconds(scaleDownUnneededTime, AutoscalerConfig.DEFAULT_UNNEEDED_TIME, f + "scaleDownUnneededTime"),
                seconds(scaleDownDelayAfterAdd, AutoscalerConfig.DEFAULT_DELAY_AFTER_ADD, f + "scaleDownDelayAfterAdd"))
                .withScaleDown(rules);
    }

    private static double fraction(Double given, double otherwise, String field) {
        double v = given == null ? otherwise : given;
        InvalidFieldException.require(v >= 0 && v <= 1, field, "must be a fraction from 0 to 1, got " + v);
        return v;
    }

    private static long seconds(Double given, long otherwise, String field) {
        if (given == null) {
            return otherwise;
        }
        InvalidFieldException.require(given >= 0 && Double.isFinite(given), field,
                "must be 0 or more seconds, got " + given);
        return SimTime.ofSeconds(given);
    }
}
