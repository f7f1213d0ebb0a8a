package org.hpcsim.models.kube;

/** A preferred node affinity term with its weight (1 to 100). */
public record PreferredTerm(int weight, NodeSelectorTerm term) {
    /** Validates the weight. */
    public PreferredTerm {
        if (weight < 1 || weight > 100 || term == null) {
            throw new IllegalArgumentException("a preferred term needs a weight in 1..100 and a term");
        }
    }
}
