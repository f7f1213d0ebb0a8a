package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.PreemptMode;
import org.hpcsim.models.slurm.Preemption;

/**
 * {@code scheduler.slurm.preemption} for a scenario without a slurm.conf: {@code {type: qos | none,
 * mode: cancel | requeue, exemptTime: seconds}}, slurm.conf's PreemptType, PreemptMode and
 * PreemptExemptTime. preempt/partition_prio needs partitions of several tiers, which only a
 * slurm.conf gives.
 */
record PreemptionEntry(Preemption preemption) {
    @JsonCreator
    static PreemptionEntry fromFile(@JsonProperty("type") String type, @JsonProperty("mode") String mode,
                                    @JsonProperty("exemptTime") Long exemptTime) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT).replace("preempt/", "");
        InvalidFieldException.require(!t.equals("partition_prio"), "type", "partition_prio needs partitions of"
                + " several PriorityTiers: give it in a slurm.conf (scheduler.slurm.conf)");
        InvalidFieldException.require(t.equals("qos") || t.equals("none"), "type",
                "must be qos or none, got '" + type + "'");
        InvalidFieldException.require(exemptTime == null || exemptTime >= 0, "exemptTime",
                "must be 0 or more seconds, got " + exemptTime);
        if (t.equals("none")) {
            return new PreemptionEntry(Preemption.NONE);
        }
        String m = mode == null ? "" : mode.toLowerCase(Locale.ROOT);
        // slurm.conf(5): preempt/qos "is not compatible with PreemptMode=OFF"; SUSPEND is not modelled.
        InvalidFieldException.require(m.equals("cancel") || m.equals("requeue"), "mode",
                "must be cancel or requeue under preempt/qos (the mode of a QOS without its own preemptMode), got '"
                        + mode + "'");
        Preemption p = Preemption.qos(m.equals("requeue") ? PreemptMode.REQUEUE : PreemptMode.CANCEL);
        return new PreemptionEntry(p.withExemptTime(exemptTime == null ? 0 : SimTime.seconds(exemptTime)));
    }
}
