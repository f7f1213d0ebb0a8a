package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.models.kube.PodTemplate;
import org.hpcsim.models.kube.kueue.ClusterQueueConfig;

/** One ClusterQueue of the {@code kueue} block: quotas in cores, GiB and GPUs. */
record KueueQueueEntry(String name, String cohort, String queueingStrategy, Map<String, Double> quotas,
             Map<String, Double> borrowingLimit) {
    @JsonCreator
    static KueueQueueEntry fromFile(@JsonProperty("name") String name, @JsonProperty("cohort") String cohort,
                          @JsonProperty("queueingStrategy") String queueingStrategy,
                          @JsonProperty("quotas") Map<String, Double> quotas,
                          @JsonProperty("borrowingLimit") Map<String, Double> borrowingLimit) {
        return new KueueQueueEntry(name, cohort, queueingStrategy, quotas, borrowingLimit);
    }

    ClusterQueueConfig config() {
        InvalidFieldException.require(name != null && !name.isEmpty(), "kueue.clusterQueues.name", "is required");
        String f = "kueue.clusterQueues[" + name + "]";
        String strategy = queueingStrategy == null ? "BestEffortFIFO" : queueingStrategy;
        InvalidFieldException.require(strategy.equals("BestEffortFIFO") || strategy.equals("StrictFIFO"),
                f + ".queueingStrategy", "must be BestEffortFIFO or StrictFIFO, got '" + queueingStrategy + "'");
        InvalidFieldException.require(quotas != null && !quotas.isEmpty(), f + ".quotas",
                "needs at least one of cpu, memoryGiB, nvidia.com/gpu");
        return new ClusterQueueConfig(name, cohort, strategy.equals("StrictFIFO"), quantities(quotas, f + ".quotas"),
                borrowingLimit == null ? null : quantities(borrowingLimit, f + ".borrowingLimit"));
    }

    /** File units (cores, GiB, GPUs) to the model's (millicores, bytes, GPUs), by resource name. */
    private static Map<String, Long> quantities(Map<String, Double> in, String field) {
        Map<String, Long> out = new TreeMap<>();
        for (Map.Entry<String, Double> e : in.entrySet()) {
            Double v = e.getValue();
            InvalidFieldException.require(v != null && v >= 0 && Double.isFinite(v), field + "." + e.getKey(),
                    "must be 0 or more, got " + v);
            switch (e.getKey()) {
                case "cpu" -> out.put("cpu", Math.round(v * 1000));
                case "memoryGiB" -> out.put("memory", Math.round(v * KubernetesSpec.GIB));
                case PodTemplate.GPU -> {
                    InvalidFieldException.require(v == Math.rint(v), field + "." + e.getKey(),
                            "must be a whole number of GPUs, got " + v);
                    out.put(PodTemplate.GPU, Math.round(v));
                }
                default -> throw new InvalidFieldException(field, "unknown resource '" + e.getKey()
                        + "' (allowed: cpu, memoryGiB, nvidia.com/gpu)");
            }
        }
        return out;
    }
}
