package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.kueue.ClusterQueueConfig;
import org.hpcsim.models.kube.kueue.KueueConfig;
import org.hpcsim.models.kube.kueue.ResourceFlavor;

/** The {@code kueue} block as a scenario file writes it. */
record KueueEntry(List<KueueQueueEntry> clusterQueues, Map<String, String> localQueues, String queueLabel,
             String defaultClusterQueue, List<FlavorEntry> resourceFlavors) {
    @JsonCreator
    static KueueEntry fromFile(@JsonProperty("clusterQueues") List<KueueQueueEntry> clusterQueues,
                          @JsonProperty("localQueues") Map<String, String> localQueues,
                          @JsonProperty("queueLabel") String queueLabel,
                          @JsonProperty("defaultClusterQueue") String defaultClusterQueue,
                          @JsonProperty("resourceFlavors") List<FlavorEntry> resourceFlavors) {
        return new KueueEntry(clusterQueues, localQueues, queueLabel, defaultClusterQueue, resourceFlavors);
    }

    KueueConfig config() {
        InvalidFieldException.require(clusterQueues != null && !clusterQueues.isEmpty(), "kueue.clusterQueues",
                "needs at least one {name, quotas}");
        KueueConfig.QueueLabel which = label(queueLabel, "kueue.queueLabel");
        List<ResourceFlavor> flavors = new ArrayList<>();
        if (resourceFlavors != null) {
            for (FlavorEntry f : resourceFlavors) {
                InvalidFieldException.require(f != null && f.name() != null && !f.name().isEmpty(),
                        "kueue.resourceFlavors.name", "is required");
                flavors.add(new ResourceFlavor(f.name(), f.nodeLabels()));
            }
        }
        List<ClusterQueueConfig> cqs = new ArrayList<>();
        for (KueueQueueEntry q : clusterQueues) {
            InvalidFieldException.require(q != null, "kueue.clusterQueues", "entries must be {name, quotas, ...}");
            cqs.add(q.config());
        }
        try {
            return new KueueConfig(cqs, localQueues, which, defaultClusterQueue, flavors);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kueue", e.getMessage());
        }
    }

    /** A queue label word (queue, partition, user, account; default queue), refused in one line at {@code field}. */
    static KueueConfig.QueueLabel label(String word, String field) {
        String label = word == null ? "queue" : word;
        for (KueueConfig.QueueLabel l : KueueConfig.QueueLabel.values()) {
            if (l.word().equals(label)) {
                return l;
            }
        }
        throw new InvalidFieldException(field, "must be queue, partition, user or account, got '" + word + "'");
    }

    /** A ResourceFlavor: its name and the node labels that pick its nodes. */
    record FlavorEntry(String name, Map<String, String> nodeLabels) {
        @JsonCreator
        static FlavorEntry fromFile(@JsonProperty("name") String name,
                                    @JsonProperty("nodeLabels") Map<String, String> nodeLabels) {
            return new FlavorEntry(name, nodeLabels);
        }
    }
}
