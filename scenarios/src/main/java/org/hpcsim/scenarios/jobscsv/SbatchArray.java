package org.hpcsim.scenarios.jobscsv;

import java.util.BitSet;
import org.hpcsim.models.workload.ArrayTaskIds;

/**
 * Reads sbatch's {@code --array} text: indexes and ranges joined by commas, a range with an
 * optional step ({@code 0-15:4}), then optionally {@code %N}, at most N tasks running at once
 * (sbatch(1), --array). Indexes run from 0 to 4000000, the most MaxArraySize allows (slurm.conf(5);
 * its default, 1001, allows 0 to 1000).
 *
 * @param indexes    the task indexes, in increasing order
 * @param maxRunning N of {@code %N}, or 0 for no limit
 */
record SbatchArray(int[] indexes, int maxRunning) {
    static final String ALLOWED = "allowed: indexes and ranges such as 0-99, 1,3,5-7 or 0-15:4, optionally"
            + " followed by %N (at most N tasks at once)";

    /** The array {@code text} describes; throws with what is wrong. */
    static SbatchArray parse(String text) {
        String t = text.trim();
        int maxRunning = 0;
        int pct = t.indexOf('%');
        if (pct >= 0) {
            maxRunning = number(t.substring(pct + 1), text);
            if (maxRunning == 0) {
                throw new IllegalArgumentException("array '" + text + "': %0 would run no task; " + ALLOWED);
            }
            t = t.substring(0, pct);
        }
        BitSet set = new BitSet();
        for (String part : t.split(",", -1)) {
            range(part.trim(), text, set);
        }
        return new SbatchArray(set.stream().toArray(), maxRunning);
    }

    private static void range(String part, String text, BitSet set) {
        if (part.isEmpty()) {
            throw new IllegalArgumentException("array '" + text + "' has an empty entry; " + ALLOWED);
        }
        int step = 1;
        int colon = part.indexOf(':');
        if (colon >= 0) {
            step = number(part.substring(colon + 1), text);
            part = part.substring(0, colon);
            if (step == 0) {
                throw new IllegalArgumentException("array '" + text + "': a step must be positive; " + ALLOWED);
            }
        }
        int dash = part.indexOf('-');
        int first = number(dash < 0 ? part : part.substring(0, dash), text);
        int last = dash < 0 ? first : number(part.substring(dash + 1), text);
        if (last < first) {
            throw new IllegalArgumentException("array '" + text + "': range " + part + " runs backwards; " + ALLOWED);
        }
        for (int i = first; i <= last; i += step) {
            set.set(i);
        }
    }

    private static int number(String s, String text) {
        try {
            int n = Integer.parseInt(s.trim());
            if (n < 0 || n > ArrayTaskIds.MAX_INDEX) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("array '" + text + "': '" + s + "' is not a number from 0 to "
                    + ArrayTaskIds.MAX_INDEX + "; " + ALLOWED);
        }
    }
}
