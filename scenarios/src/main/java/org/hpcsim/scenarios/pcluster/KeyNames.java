package org.hpcsim.scenarios.pcluster;

import java.util.Locale;

/** Tells a misspelt key from a key hpcsim merely does not model. */
final class KeyNames {
    private KeyNames() {}

    /**
     * Whether {@code written} looks like a misspelling of {@code modelled}: the same but for case
     * (ParallelCluster's keys are case-sensitive, so {@code mincount} is not {@code MinCount}), or
     * one edit apart, or two for names of six letters or more. Real keys of the same mapping are
     * further apart than that (checked against the v3 schema), so none of them is caught.
     */
    static boolean nearMiss(String written, String modelled) {
        if (written.equalsIgnoreCase(modelled)) {
            return true;
        }
        int shorter = Math.min(written.length(), modelled.length());
        int allowed = shorter >= 6 ? 2 : shorter >= 3 ? 1 : 0;
        return allowed > 0 && distance(written.toLowerCase(Locale.ROOT), modelled.toLowerCase(Locale.ROOT)) <= allowed;
    }

    /** Edits (insert, delete, substitute, swap two neighbours) that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
