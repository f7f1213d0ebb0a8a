package org.hpcsim.scenarios.slurmconf;

import java.util.Locale;
import org.hpcsim.scenarios.ScenarioException;

/**
 * One {@code Key=Value} of a configuration line, quotes already removed; internal to the reader.
 *
 * @param key   the key as written (keys are case-insensitive, so compare with {@link #is})
 * @param value the value, possibly empty ({@code Nodes=} is legal)
 * @param at    the physical line the key is on
 */
record ConfPair(String key, String value, SourceLine at) {

    /** The key in lower case, the form every lookup uses. */
    String lowerKey() {
        return key.toLowerCase(Locale.ROOT);
    }

    boolean is(String name) {
        return key.equalsIgnoreCase(name);
    }

    /** An error about this pair's value: {@code FILE:LINE: Key=value problem (allowed)}. */
    ScenarioException bad(String problem, String allowed) {
        return at.error(key + "=" + value + " " + problem + " (" + allowed + ")");
    }
}
