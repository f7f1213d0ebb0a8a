package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hpcsim.models.slurm.priority.MultifactorWeights;

/** {@code scheduler.slurm.priority.weights} as the file gives it: slurm.conf's PriorityWeight*, each 0 by default. */
record PriorityWeightsEntry(MultifactorWeights weights) {
    @JsonCreator
    static PriorityWeightsEntry fromFile(@JsonProperty("age") Long age,
                                         @JsonProperty("fairshare") Long fairshare,
                                         @JsonProperty("jobSize") Long jobSize,
                                         @JsonProperty("partition") Long partition,
                                         @JsonProperty("qos") Long qos,
                                         @JsonProperty("assoc") Long assoc) {
        // slurm.conf(5): every PriorityWeight* defaults to 0; read_config.c reads them as uint32.
        return new PriorityWeightsEntry(MultifactorWeights.of(weight("age", age), weight("assoc", assoc),
                weight("fairshare", fairshare), weight("jobSize", jobSize), weight("partition", partition),
                weight("qos", qos)));
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
