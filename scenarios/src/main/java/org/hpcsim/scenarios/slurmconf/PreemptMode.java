package org.hpcsim.scenarios.slurmconf;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One word of a PreemptMode value such as {@code SUSPEND,GANG}, from slurm.conf(5), 22.05; a
 * configuration holds a set of them.
 */
public enum PreemptMode {
    /** No preemption and no gang scheduling; the default. */
    OFF,
    /** The preempted job is cancelled. */
    CANCEL,
    /** Gang scheduling (time slicing) within a partition. */
    GANG,
    /** The preempted job is requeued, or cancelled if it cannot be. */
    REQUEUE,
    /** The preempted job is suspended and later resumed by the gang scheduler. */
    SUSPEND,
    /** With preempt/qos, jobs of one QOS may preempt each other. */
    WITHIN;

    /** The words that set the mode itself; GANG and WITHIN come on top of one of them. */
    private static final Set<PreemptMode> MODES = EnumSet.of(OFF, CANCEL, REQUEUE, SUSPEND);

    /**
     * Reads a PreemptMode value as slurmctld does (preempt_mode_num, slurm_protocol_defs.c, 22.05):
     * comma-separated words, any case; CLUSTER is OFF and ON is SUSPEND; one mode at most, with
     * GANG or WITHIN but not both; GANG or WITHIN alone leave the mode OFF.
     */
    static Set<PreemptMode> parse(ConfPair p) {
        Set<PreemptMode> modes = EnumSet.noneOf(PreemptMode.class);
        int set = 0;
        for (String word : ConfValues.list(p)) {
            PreemptMode m = ofWord(word);
            if (m == null) {
                throw p.bad("names " + word + ", which slurmctld does not know",
                        "OFF (or CLUSTER), CANCEL, REQUEUE or SUSPEND (or ON), with GANG or WITHIN, comma-separated");
            }
            set += MODES.contains(m) ? 1 : 0;
            modes.add(m);
        }
        if (modes.isEmpty()) {
            throw p.bad("is empty", "OFF, CANCEL, REQUEUE, SUSPEND, GANG or WITHIN, comma-separated");
        }
        if (set > 1) {
            throw p.bad("sets more than one mode (slurmctld: \"PreemptMode=" + p.value() + " invalid\")",
                    "one of OFF, CANCEL, REQUEUE and SUSPEND, with GANG or WITHIN");
        }
        if (modes.contains(GANG) && modes.contains(WITHIN)) {
            throw p.bad("pairs GANG with WITHIN (slurmctld: \"PreemptMode=" + p.value() + " invalid\")",
                    "GANG or WITHIN, not both");
        }
        if (set == 0) {
            modes.add(OFF);
        }
        return modes;
    }

    private static PreemptMode ofWord(String word) {
        switch (word.toUpperCase(Locale.ROOT)) {
            case "CLUSTER":
                return OFF;
            case "ON":
                return SUSPEND;
            default:
                for (PreemptMode m : values()) {
                    if (m.name().equalsIgnoreCase(word)) {
                        return m;
                    }
                }
                return null;
        }
    }
}
