package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.volcano.VolcanoConfig;
import org.hpcsim.models.kube.volcano.VolcanoQueue;

/** The {@code volcano} block: Volcano's session period, and its queues with the enqueue action's overcommit factor. */
record VolcanoEntry(double schedulePeriodMs, List<QueueEntry> queues, String queueLabel, Double overcommitFactor) {
    @JsonCreator
    static VolcanoEntry fromFile(@JsonProperty("schedulePeriodMs") Double schedulePeriodMs,
                                 @JsonProperty("queues") List<QueueEntry> queues,
                                 @JsonProperty("queueLabel") String queueLabel,
                                 @JsonProperty("overcommitFactor") Double overcommitFactor) {
        return new VolcanoEntry(schedulePeriodMs == null ? KubernetesSpec.DEFAULT_SCHEDULE_PERIOD_MS : schedulePeriodMs,
                queues, queueLabel, overcommitFactor);
    }

    /** The queues, or null when the block names none (then queueLabel and overcommitFactor make no sense). */
    VolcanoQueueing queueing() {
        if (queues == null) {
            InvalidFieldException.require(queueLabel == null && overcommitFactor == null, "volcano.queues",
                    "is required with volcano.queueLabel or volcano.overcommitFactor");
            return null;
        }
        InvalidFieldException.require(!queues.isEmpty(), "volcano.queues", "needs at least one {name, weight}");
        double factor = overcommitFactor == null ? VolcanoConfig.DEFAULT_OVERCOMMIT : overcommitFactor;
        InvalidFieldException.require(factor >= 1 && Double.isFinite(factor), "volcano.overcommitFactor",
                "must be 1 or more (Volcano's default 1.2), got " + overcommitFactor);
        List<VolcanoQueue> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (QueueEntry q : queues) {
            InvalidFieldException.require(q != null && q.name() != null && !q.name().isEmpty(), "volcano.queues.name",
                    "is required");
            InvalidFieldException.require(!names.contains(q.name()), "volcano.queues", "names must differ, '"
                    + q.name() + "' is used twice");
            names.add(q.name());
            out.add(q.queue());
        }
        return new VolcanoQueueing(out, KueueEntry.label(queueLabel, "volcano.queueLabel"), factor);
    }

    /** One queue: name, weight (default 1), capability in cores, GiB and GPUs, reclaimable (default true). */
    record QueueEntry(String name, Integer weight, Map<String, Double> capability, Boolean reclaimable) {
        @JsonCreator
        static QueueEntry fromFile(@JsonProperty("name") String name, @JsonProperty("weight") Integer weight,
                                   @JsonProperty("capability") Map<String, Double> capability,
                                   @JsonProperty("reclaimable") Boolean reclaimable) {
            return new QueueEntry(name, weight, capability, reclaimable);
        }

        VolcanoQueue queue() {
            String f = "volcano.queues[" + name + "]";
            int w = weight == null ? 1 : weight;
            InvalidFieldException.require(w >= 1, f + ".weight", "must be a whole number of at least 1, got " + weight);
            return new VolcanoQueue(name, w,
                    capability == null ? null : KueueQueueEntry.quantities(capability, f + ".capability"),
                    reclaimable == null || reclaimable);
        }
    }
}
