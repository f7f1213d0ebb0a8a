package org.hpcsim.scenarios.sweep;

import java.util.Locale;

/** How a sweep picks its points from its parameters' values. */
public enum Sampling {
    /** Every combination of every parameter's listed values. */
    GRID("grid"),
    /** {@code samples} points, each value drawn independently and uniformly. */
    RANDOM("random"),
    /**
     * {@code samples} points such that each parameter's range, cut into {@code samples} equal
     * strata, has exactly one point in each stratum (McKay, Beckman and Conover 1979).
     */
    LATIN_HYPERCUBE("latin-hypercube");

    private final String word;

    Sampling(String word) {
        this.word = word;
    }

    /** The name in sweep files. */
    public String word() {
        return word;
    }

    /** The sampling a sweep file names, or null when unknown ("lhs" is accepted too). */
    public static Sampling parse(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('_', '-');
        for (Sampling s : values()) {
            if (s.word.equals(t)) {
                return s;
            }
        }
        return "lhs".equals(t) ? LATIN_HYPERCUBE : null;
    }
}
