package org.hpcsim.scenarios.spec;

import java.util.Locale;
import org.hpcsim.models.cluster.AllocationUnit;

/** Parses the enumerated words of the scenario format, naming what is allowed when a word is wrong. */
final class Names {
    private Names() {}

    static AllocationUnit allocation(String word) {
        if (word == null) {
            return AllocationUnit.NODE;
        }
        switch (word.toLowerCase(Locale.ROOT)) {
            case "node":
                return AllocationUnit.NODE;
            case "core":
                return AllocationUnit.CORE;
            default:
                throw new InvalidFieldException("allocation", "unknown allocation '" + word + "' (allowed: node, core)");
        }
    }

    static PolicyName policy(String word) {
        if (word == null) {
            return PolicyName.EASY;
        }
        for (PolicyName p : PolicyName.values()) {
            if (p.word().equalsIgnoreCase(word)) {
                return p;
            }
        }
        throw new InvalidFieldException("policy", "unknown policy '" + word + "' (allowed: " + PolicyName.allowed() + ")");
    }
}
