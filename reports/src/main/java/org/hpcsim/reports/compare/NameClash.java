package org.hpcsim.reports.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two inputs of a comparison whose runs have the same name, which would make two columns alike and
 * two runs write the same output folder.
 *
 * @param name   the shared name
 * @param first  the earlier input
 * @param second the later input
 */
public record NameClash(String name, String first, String second) {
    /**
     * The first clash among runs named {@code names} that came from {@code sources} (same order,
     * same length), or empty when every name is unique.
     */
    public static Optional<NameClash> find(List<String> names, List<String> sources) {
        if (names.size() != sources.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + sources.size() + " sources");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Integer earlier = seen.putIfAbsent(names.get(i), i);
            if (earlier != null) {
                return Optional.of(new NameClash(names.get(i), sources.get(earlier), sources.get(i)));
            }
        }
        return Optional.empty();
    }

    /** A one-line message for the command line. */
    public String message() {
        return first + " and " + second + " both name their run '" + name
                + "'; give each compared run its own name";
    }
}
