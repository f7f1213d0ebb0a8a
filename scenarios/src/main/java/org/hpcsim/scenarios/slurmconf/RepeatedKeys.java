package org.hpcsim.scenarios.slurmconf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys written more than once, of which slurmctld keeps the last and logs "specified more than
 * once, latest value used" (parse_config.c, 22.05): a cluster-wide key on two lines, or one key
 * twice on a node, partition or other line. The reader keeps the last as well; these are noted so
 * that an earlier value left behind by an edit does not go unseen. Internal to the reader.
 */
final class RepeatedKeys {
    private final Map<String, ConfPair> global = new HashMap<>();
    private final List<String> repeated = new ArrayList<>();

    /** A pair of a cluster-wide line. */
    void global(ConfPair p) {
        ConfPair before = global.put(p.lowerKey(), p);
        if (before != null) {
            repeated.add(describe("", before, p));
        }
    }

    /** The pairs of a node, partition or other line, each against the others of that line. */
    void line(ConfLine line) {
        Map<String, ConfPair> seen = new HashMap<>();
        for (ConfPair p : line.pairs()) {
            ConfPair before = seen.put(p.lowerKey(), p);
            if (before != null) {
                repeated.add(describe(line.first().key() + "=" + line.first().value() + " ", before, p));
            }
        }
    }

    /** Each repeat in reading order, such as {@code SchedulerParameters (slurm.conf:3, again at slurm.conf:9)}. */
    List<String> repeated() {
        return List.copyOf(repeated);
    }

    private static String describe(String where, ConfPair before, ConfPair again) {
        String at = before.at().equals(again.at()) ? before.at() + ", twice" : before.at() + ", again at " + again.at();
        return where + again.key() + " (" + at + ")";
    }
}
