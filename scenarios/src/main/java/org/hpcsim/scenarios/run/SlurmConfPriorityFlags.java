package org.hpcsim.scenarios.run;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hpcsim.models.slurm.BillingWeights;
import org.hpcsim.models.slurm.priority.PriorityFlag;

/**
 * A slurm.conf's PriorityFlags as the model takes them. slurmctld looks for each flag's name
 * anywhere in the value, without regard to case, and ignores any other word (read_config.c,
 * PriorityFlags); MAX_TRES_GRES wins over MAX_TRES. The flags the model has no rule for are noted.
 */
final class SlurmConfPriorityFlags {
    /** Flags slurmctld knows that change priorities in ways the model does not follow. */
    private static final List<String> UNMODELLED = List.of("ACCRUE_ALWAYS", "CALCULATE_RUNNING", "DEPTH_OBLIVIOUS",
            "INCR_ONLY", "NO_NORMAL_ALL", "NO_NORMAL_ASSOC", "NO_NORMAL_PART", "NO_NORMAL_QOS", "NO_NORMAL_TRES");

    /** Every name read_config.c (22.05) looks for in the value; a word holding none of them sets nothing. */
    private static final List<String> KNOWN = List.of("ACCRUE_ALWAYS", "SMALL_RELATIVE_TO_TIME", "CALCULATE_RUNNING",
            "DEPTH_OBLIVIOUS", "NO_FAIR_TREE", "INCR_ONLY", "MAX_TRES", "NO_NORMAL_ALL", "NO_NORMAL_ASSOC",
            "NO_NORMAL_PART", "NO_NORMAL_QOS", "NO_NORMAL_TRES");

    private final String text;
    private final List<String> words;

    /** The flags of {@code flags}, the value's comma-separated words. */
    SlurmConfPriorityFlags(List<String> flags) {
        this.text = String.join(",", flags).toUpperCase(Locale.ROOT);
        this.words = List.copyOf(flags);
    }

    /** The flags priority/multifactor models: the classic fair-share algorithm and job size over time. */
    Set<PriorityFlag> multifactorFlags() {
        Set<PriorityFlag> flags = EnumSet.noneOf(PriorityFlag.class);
        // DEPTH_OBLIVIOUS also turns Fair Tree off; its own algorithm is noted as not modelled.
        if (text.contains("NO_FAIR_TREE") || text.contains("DEPTH_OBLIVIOUS")) {
            flags.add(PriorityFlag.NO_FAIR_TREE);
        }
        if (text.contains("SMALL_RELATIVE_TO_TIME")) {
            flags.add(PriorityFlag.SMALL_RELATIVE_TO_TIME);
        }
        return flags;
    }

    /** How TRESBillingWeights add up. */
    BillingWeights.Combine billingCombine() {
        if (text.contains("MAX_TRES_GRES")) {
            return BillingWeights.Combine.MAX_TRES_GRES;
        }
        return text.contains("MAX_TRES") ? BillingWeights.Combine.MAX_TRES : BillingWeights.Combine.SUM;
    }

    /** Adds notes naming the flags set that the model does not follow, and the words that are no flag, to {@code notes}. */
    void addNotes(String file, List<String> notes) {
        List<String> noFlags = words.stream()
                .filter(w -> KNOWN.stream().noneMatch(k -> w.toUpperCase(Locale.ROOT).contains(k))).toList();
        if (!noFlags.isEmpty()) {
            notes.add(file + ": PriorityFlags " + String.join(", ", noFlags) + (noFlags.size() == 1 ? " is" : " are")
                    + " no flag slurmctld knows: ignored, as slurmctld ignores " + (noFlags.size() == 1 ? "it" : "them"));
        }
        List<String> unmodelled = new ArrayList<>();
        for (String flag : UNMODELLED) {
            // NO_NORMAL_ALL contains none of the others' names, nor they its.
            if (text.contains(flag)) {
                unmodelled.add(flag);
            }
        }
        if (!unmodelled.isEmpty()) {
            notes.add(file + ": PriorityFlags " + String.join(", ", unmodelled) + (unmodelled.size() == 1 ? " is" : " are")
                    + " not modelled: priorities are computed as without " + (unmodelled.size() == 1 ? "it" : "them")
                    + (unmodelled.contains("DEPTH_OBLIVIOUS") ? " (fair-share by the classic algorithm, as NO_FAIR_TREE)"
                    : ""));
        }
    }
}
