package org.hpcsim.models.kube;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.BootDistribution;

/**
 * The Cluster Autoscaler's settings (kubernetes/autoscaler cluster-autoscaler/FAQ.md, "What are
 * the parameters to CA?"), and the node groups it resizes.
 *
 * @param groups        the autoscaled node pools; pools not named here keep their size
 * @param scanInterval  how often CA looks at the cluster (--scan-interval, default 10 s)
 * @param bootTime      from a scale-up to the node joining Ready (node provisioning)
 * @param expander      how CA picks among node groups that would help (--expander)
 * @param maxNodesTotal nodes in the whole cluster CA never scales above, 0 for no limit (--max-nodes-total)
 * @param unneededTime  how long a node stays unneeded before it is removed (--scale-down-unneeded-time, 10 min)
 * @param delayAfterAdd how long after a scale-up scale-down resumes (--scale-down-delay-after-add, 10 min)
 * @param bootTimes     the distribution each new node's boot time is drawn from, or null for
 *                      every node taking {@code bootTime}
 * @param scaleDown     which non-empty nodes are drained, and how many at once
 */
public record AutoscalerConfig(List<NodeGroup> groups, long scanInterval, long bootTime, Expander expander,
                               int maxNodesTotal, long unneededTime, long delayAfterAdd, BootDistribution bootTimes,
                               ScaleDownRules scaleDown) {
    /** FAQ.md: --scan-interval, "How often cluster is reevaluated for scale up or down", 10 seconds. */
    public static final long DEFAULT_SCAN_INTERVAL = SimTime.ofSeconds(10);
    /** FAQ.md: --scale-down-unneeded-time, 10 minutes. */
    public static final long DEFAULT_UNNEEDED_TIME = SimTime.ofSeconds(600);
    /** FAQ.md: --scale-down-delay-after-add, 10 minutes. */
    public static final long DEFAULT_DELAY_AFTER_ADD = SimTime.ofSeconds(600);
    /**
     * FAQ.md: --max-empty-bulk-delete, 10: empty nodes deleted at once (newer releases call the
     * limit --max-scale-down-parallelism, also 10).
     */
    public static final int MAX_EMPTY_BULK_DELETE = 10;

    /** The expanders modelled (cluster-autoscaler/expander). */
    public enum Expander {
        /** least-waste: the group whose new nodes would have the least idle cpu and memory after the pods. */
        LEAST_WASTE,
        /** price (simplified): the group whose new nodes cost least per requested core of the pods they help. */
        PRICE,
        /** random: any group that would help. */
        RANDOM
    }

    /** Validates the settings. */
    public AutoscalerConfig {
        groups = List.copyOf(groups);
        if (groups.isEmpty() || scanInterval <= 0 || bootTime < 0 || expander == null || maxNodesTotal < 0
                || unneededTime < 0 || delayAfterAdd < 0 || scaleDown == null) {
            throw new IllegalArgumentException("an autoscaler needs node groups, a positive scan interval and"
                    + " times of 0 or more");
        }
    }

    /** Settings with a fixed boot time and CA's default scale-down rules. */
    public AutoscalerConfig(List<NodeGroup> groups, long scanInterval, long bootTime, Expander expander,
                            int maxNodesTotal, long unneededTime, long delayAfterAdd) {
        this(groups, scanInterval, bootTime, expander, maxNodesTotal, unneededTime, delayAfterAdd, null);
    }

    /** Settings with boot times drawn from {@code bootTimes} (null: fixed) and CA's default scale-down rules. */
    public AutoscalerConfig(List<NodeGroup> groups, long scanInterval, long bootTime, Expander expander,
                            int maxNodesTotal, long unneededTime, long delayAfterAdd, BootDistribution bootTimes) {
        this(groups, scanInterval, bootTime, expander, maxNodesTotal, unneededTime, delayAfterAdd, bootTimes,
                ScaleDownRules.DEFAULTS);
    }

    /** These settings with {@code rules} for scale-down. */
    public AutoscalerConfig withScaleDown(ScaleDownRules rules) {
        return new AutoscalerConfig(groups, scanInterval, bootTime, expander, maxNodesTotal, unneededTime,
                delayAfterAdd, bootTimes, rules);
    }

    /** CA's defaults for {@code groups}, with nodes that take {@code bootTime} to join. */
    public static AutoscalerConfig defaults(List<NodeGroup> groups, long bootTime) {
        return new AutoscalerConfig(groups, DEFAULT_SCAN_INTERVAL, bootTime, Expander.LEAST_WASTE, 0,
                DEFAULT_UNNEEDED_TIME, DEFAULT_DELAY_AFTER_ADD);
    }
}
