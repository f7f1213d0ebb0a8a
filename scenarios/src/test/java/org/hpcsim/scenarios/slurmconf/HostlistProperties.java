package org.hpcsim.scenarios.slurmconf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Formatting any set of node names into a hostlist and expanding it gives back exactly that set. */
class HostlistProperties {

    @Property(tries = 1000)
    void shouldExpandTheFormattedListToTheSameSet(@ForAll("nodeNames") Set<String> names) {
        List<String> back = Hostlist.expand(Hostlist.format(names));
        assertEquals(names, new HashSet<>(back));
        assertEquals(names.size(), back.size(), "each name once");
    }

    @Property(tries = 300)
    void shouldFormatItsOwnExpansionToTheSameText(@ForAll("nodeNames") Set<String> names) {
        String text = Hostlist.format(names);
        assertEquals(text, Hostlist.format(Hostlist.expand(text)));
    }

    @Provide
    Arbitrary<Set<String>> nodeNames() {
        Arbitrary<String> prefix = Arbitraries.of("n", "gpu", "r1n", "r2n", "node-", "a.b", "");
        Arbitrary<Integer> number = Arbitraries.integers().between(0, 1200);
        Arbitrary<Integer> width = Arbitraries.integers().between(0, 5);
        Arbitrary<String> numbered = Combinators.combine(prefix, number, width)
                .as((p, n, w) -> p + String.format("%0" + Math.max(1, w) + "d", n));
        Arbitrary<String> plain = Arbitraries.strings().withChars("abcxyz-._").ofMinLength(1).ofMaxLength(6);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, numbered),
                        net.jqwik.api.Tuple.of(1, plain))
                .set().ofMaxSize(60);
    }
}
