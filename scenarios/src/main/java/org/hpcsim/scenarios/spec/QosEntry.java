package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.slurm.Qos;

/**
 * One QOS of {@code scheduler.slurm.qos}, as sacctmgr would define it: {@code {name, priority,
 * maxJobsPerUser, grpTres: {cpu, node, gres/gpu}}}. Limits left out are unlimited.
 */
record QosEntry(Qos qos) {
    @JsonCreator
    static QosEntry fromFile(@JsonProperty("name") String name, @JsonProperty("priority") Long priority,
                        @JsonProperty("maxJobsPerUser") Long maxJobsPerUser,
                        @JsonProperty("grpTres") Map<String, Long> grpTres,
                        @JsonProperty("preempt") List<String> preempt,
                        @JsonProperty("preemptMode") String preemptMode) {
        InvalidFieldException.require(name != null && !name.isBlank(), "name", "is required (the QOS's name)");
        InvalidFieldException.require(priority == null || (priority >= 0 && priority <= 0xFFFF_FFFFL), "priority",
                "must be a whole number from 0 to 4294967295, got " + priority);
        InvalidFieldException.require(maxJobsPerUser == null || maxJobsPerUser >= 0, "maxJobsPerUser",
                "must be 0 or more, got " + maxJobsPerUser);
        // preempt/qos is not modelled: refuse rather than run as if the QOS never preempted.
        InvalidFieldException.require(preempt == null || preempt.isEmpty(), "preempt",
                "is not modelled yet (preempt/qos); leave it out");
        InvalidFieldException.require(preemptMode == null, "preemptMode",
                "is not modelled yet (preempt/qos); leave it out");
        Map<String, Long> tres = grpTres == null ? Map.of() : grpTres;
        for (Map.Entry<String, Long> e : tres.entrySet()) {
            InvalidFieldException.require(List.of("cpu", "node", "gres/gpu").contains(e.getKey()), "grpTres",
                    "unknown TRES '" + e.getKey() + "' (allowed: cpu, node, gres/gpu)");
            InvalidFieldException.require(e.getValue() != null && e.getValue() >= 0, "grpTres." + e.getKey(),
                    "must be 0 or more, got " + e.getValue());
        }
        return new QosEntry(new Qos(name, priority == null ? 0 : priority, orUnlimited(maxJobsPerUser), orUnlimited(tres.get("cpu")),
                orUnlimited(tres.get("node")), orUnlimited(tres.get("gres/gpu"))));
    }

    private static long orUnlimited(Long v) {
        return v == null ? Qos.UNLIMITED : v;
    }
}
