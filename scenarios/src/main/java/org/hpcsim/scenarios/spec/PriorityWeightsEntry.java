package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hpcsim.models.slurm.priority.MultifactorWeights;

/**
 * {@code scheduler.slurm.priority.weights} as the file gives it: slurm.conf's PriorityWeight*, each
 * 0 by default, and {@code tres}, PriorityWeightTRES by TRES name ({@code cpu}, {@code mem},
 * {@code node}, {@code billing}, {@code gres/gpu}, {@code gres/gpu:TYPE}; negative weights allowed).
 */
record PriorityWeightsEntry(MultifactorWeights weights) {
    private static final List<String> TRES = List.of("cpu", "mem", "node", "billing", "gres/gpu");

    @JsonCreator
    static PriorityWeightsEntry fromFile(@JsonProperty("age") Long age,
                                         @JsonProperty("fairshare") Long fairshare,
                                         @JsonProperty("jobSize") Long jobSize,
                                         @JsonProperty("partition") Long partition,
                                         @JsonProperty("qos") Long qos,
                                         @JsonProperty("assoc") Long assoc,
                                         @JsonProperty("tres") Map<String, Double> tres) {
        // slurm.conf(5): every PriorityWeight* defaults to 0; read_config.c reads them as uint32.
        return new PriorityWeightsEntry(MultifactorWeights.of(weight("age", age), weight("assoc", assoc),
                weight("fairshare", fairshare), weight("jobSize", jobSize), weight("partition", partition),
                weight("qos", qos)).withTres(tres(tres)));
    }

    private static SortedMap<String, Double> tres(Map<String, Double> tres) {
        SortedMap<String, Double> weights = new TreeMap<>();
        for (Map.Entry<String, Double> e : tres == null ? Map.<String, Double>of().entrySet() : tres.entrySet()) {
            String name = e.getKey();
            InvalidFieldException.require(TRES.contains(name) || name.startsWith("gres/gpu:") && name.length() > 9,
                    "tres", "'" + name + "' is not a TRES the model holds (allowed: " + String.join(", ", TRES)
                            + ", gres/gpu:<type>)");
            InvalidFieldException.require(e.getValue() != null && Double.isFinite(e.getValue()), "tres",
                    name + " needs a number, got " + e.getValue());
            weights.put(name, e.getValue());
        }
        return weights;
    }

    private static long weight(String field, Long value) {
        if (value == null) {
            return 0;
        }
        InvalidFieldException.require(value >= 0, field, "must be 0 or more, got " + value);
        InvalidFieldException.require(value <= MultifactorWeights.MAX_WEIGHT, field,
                "must be at most " + MultifactorWeights.MAX_WEIGHT + " (slurm.conf weights are 32-bit), got " + value);
        return value;
    }
}
