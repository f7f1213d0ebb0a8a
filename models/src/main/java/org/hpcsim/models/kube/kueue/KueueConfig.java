package org.hpcsim.models.kube.kueue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.models.workload.JobLabels;

/**
 * Kueue's objects as a scenario gives them: ClusterQueues with their quotas, LocalQueues named by a
 * job label and pointing at a ClusterQueue, and the ClusterQueue for jobs whose label names none.
 *
 * @param clusterQueues       the ClusterQueues, names distinct
 * @param localQueues         ClusterQueue name by the value of the job label {@code queueLabel}
 * @param queueLabel          which trace label names a job's LocalQueue
 * @param defaultClusterQueue the ClusterQueue of jobs whose label maps to nothing, or null to refuse them
 * @param resourceFlavors     the ResourceFlavors the ClusterQueues name; {@link ResourceFlavor#DEFAULT}, with
 *                            no node labels, need not be listed
 */
public record KueueConfig(List<ClusterQueueConfig> clusterQueues, Map<String, String> localQueues,
                          QueueLabel queueLabel, String defaultClusterQueue, List<ResourceFlavor> resourceFlavors) {
    /** Kueue's objects with only the default flavor. */
    public KueueConfig(List<ClusterQueueConfig> clusterQueues, Map<String, String> localQueues,
                       QueueLabel queueLabel, String defaultClusterQueue) {
        this(clusterQueues, localQueues, queueLabel, defaultClusterQueue, List.of());
    }

    /** The trace labels a job's LocalQueue can be read from. */
    public enum QueueLabel {
        QUEUE, PARTITION, USER, ACCOUNT;

        /** This label's value on a job. */
        public String of(JobLabels labels) {
            return switch (this) {
                case QUEUE -> labels.queue();
                case PARTITION -> labels.partition();
                case USER -> labels.user();
                case ACCOUNT -> labels.account();
            };
        }

        /** The word scenario files use. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Validates names: distinct ClusterQueues, and every LocalQueue and the default pointing at one. */
    public KueueConfig {
        clusterQueues = List.copyOf(clusterQueues);
        localQueues = localQueues == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(localQueues));
        queueLabel = queueLabel == null ? QueueLabel.QUEUE : queueLabel;
        if (clusterQueues.isEmpty()) {
            throw new IllegalArgumentException("kueue needs at least one ClusterQueue");
        }
        resourceFlavors = resourceFlavors == null ? List.of() : List.copyOf(resourceFlavors);
        List<String> flavorNames = new ArrayList<>();
        for (ResourceFlavor f : resourceFlavors) {
            if (flavorNames.contains(f.name())) {
                throw new IllegalArgumentException("ResourceFlavor '" + f.name() + "' is named twice");
            }
            flavorNames.add(f.name());
        }
        List<String> names = new ArrayList<>();
        for (ClusterQueueConfig c : clusterQueues) {
            for (FlavorQuotas f : c.flavors()) {
                if (!flavorNames.contains(f.flavor()) && !f.flavor().equals(ResourceFlavor.DEFAULT)) {
                    throw new IllegalArgumentException("ClusterQueue '" + c.name() + "' names unknown ResourceFlavor '"
                            + f.flavor() + "'");
                }
            }
            if (names.contains(c.name())) {
                throw new IllegalArgumentException("ClusterQueue '" + c.name() + "' is named twice");
            }
            names.add(c.name());
        }
        for (Map.Entry<String, String> e : localQueues.entrySet()) {
            if (!names.contains(e.getValue())) {
                throw new IllegalArgumentException("LocalQueue '" + e.getKey() + "' points at unknown ClusterQueue '"
                        + e.getValue() + "'");
            }
        }
        if (defaultClusterQueue != null && !names.contains(defaultClusterQueue)) {
            throw new IllegalArgumentException("defaultClusterQueue '" + defaultClusterQueue
                    + "' is not a ClusterQueue");
        }
    }

    /** The flavor named {@code name}; the default flavor, with no labels, when it is not listed. */
    public ResourceFlavor flavor(String name) {
        for (ResourceFlavor f : resourceFlavors) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return new ResourceFlavor(name, Map.of());
    }
}
