package org.hpcsim.scenarios.slurmconf;

import java.util.List;

/**
 * One logical line (continuations joined) of {@code Key=Value} pairs; internal to the reader.
 *
 * @param pairs the pairs in the order written, never empty
 */
record ConfLine(List<ConfPair> pairs) {

    ConfLine {
        pairs = List.copyOf(pairs);
    }

    /** The first pair, which says what the line describes ({@code NodeName=}, {@code PartitionName=}, ...). */
    ConfPair first() {
        return pairs.get(0);
    }

    SourceLine at() {
        return first().at();
    }
}
