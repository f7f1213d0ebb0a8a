package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.kueue.ClusterQueueConfig;
import org.hpcsim.models.kube.kueue.KueueConfig;

/** The {@code kueue} block as a scenario file writes it. */
record KueueEntry(List<KueueQueueEntry> clusterQueues, Map<String, String> localQueues, String queueLabel,
             String defaultClusterQueue) {
    @JsonCreator
    static KueueEntry fromFile(@JsonProperty("clusterQueues") List<KueueQueueEntry> clusterQueues,
                          @JsonProperty("localQueues") Map<String, String> localQueues,
                          @JsonProperty("queueLabel") String queueLabel,
                          @JsonProperty("defaultClusterQueue") String defaultClusterQueue) {
        return new KueueEntry(clusterQueues, localQueues, queueLabel, defaultClusterQueue);
    }

    KueueConfig config() {
        InvalidFieldException.require(clusterQueues != null && !clusterQueues.isEmpty(), "kueue.clusterQueues",
                "needs at least one {name, quotas}");
        String label = queueLabel == null ? "queue" : queueLabel;
        KueueConfig.QueueLabel which = null;
        for (KueueConfig.QueueLabel l : KueueConfig.QueueLabel.values()) {
            which = l.word().equals(label) ? l : which;
        }
        InvalidFieldException.require(which != null, "kueue.queueLabel",
                "must be queue, partition, user or account, got '" + queueLabel + "'");
        List<ClusterQueueConfig> cqs = new ArrayList<>();
        for (KueueQueueEntry q : clusterQueues) {
            InvalidFieldException.require(q != null, "kueue.clusterQueues", "entries must be {name, quotas, ...}");
            cqs.add(q.config());
        }
        try {
            return new KueueConfig(cqs, localQueues, which, defaultClusterQueue);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kueue", e.getMessage());
        }
    }
}
