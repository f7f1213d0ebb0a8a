package org.hpcsim.scenarios.swf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Records written with random whitespace, comments and line endings read back unchanged. */
class SwfRoundTripProperties {

    /** One job line: its 18 tokens and the whitespace around them. */
    record JobLine(List<String> tokens, List<String> separators, String leading, String trailing, String end) {
        String text() {
            StringBuilder line = new StringBuilder(leading);
            for (int i = 0; i < tokens.size(); i++) {
                line.append(i == 0 ? "" : separators.get(i - 1)).append(tokens.get(i));
            }
            return line.append(trailing).append(end).toString();
        }

        /** The record the tokens stand for, by the JDK's own parsers. */
        SwfRecord expected() {
            List<String> t = tokens;
            return new SwfRecord(l(t.get(0)), d(t.get(1)), d(t.get(2)), d(t.get(3)), i(t.get(4)),
                    d(t.get(5)), l(t.get(6)), i(t.get(7)), d(t.get(8)), l(t.get(9)),
                    i(t.get(10)), i(t.get(11)), i(t.get(12)), i(t.get(13)), i(t.get(14)), i(t.get(15)),
                    l(t.get(16)), d(t.get(17)));
        }

        private static double d(String s) {
            return Double.parseDouble(s);
        }

        private static int i(String s) {
            return new BigDecimal(s).intValueExact();
        }

        private static long l(String s) {
            return new BigDecimal(s).longValueExact();
        }
    }

    /**
     * Mostly the plain forms real traces use, which the reader's fast path takes, and some rarer
     * ones ({@code +5}, {@code 12.00}, {@code 1.5E7}, {@code .5}) that only its careful path takes.
     */
    private static Arbitrary<String> token(SwfField field) {
        Arbitrary<String> unknown = Arbitraries.just("-1");
        return switch (field.kind) {
            case INT -> decorated(unknown, Arbitraries.integers().between(0, Integer.MAX_VALUE).map(String::valueOf));
            case LONG -> decorated(unknown, Arbitraries.longs().between(0, Long.MAX_VALUE).map(String::valueOf));
            case TIME -> Arbitraries.frequencyOf(
                    Tuple.of(3, unknown),
                    Tuple.of(5, Arbitraries.longs().between(0, 400_000_000L).map(String::valueOf)),
                    Tuple.of(5, Combinators.combine(Arbitraries.longs().between(0, 1_000_000_000_000L),
                                    Arbitraries.integers().between(1, 6))
                            .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale).toPlainString())),
                    Tuple.of(1, Arbitraries.doubles().between(0, 1e12).map(d -> Double.toString(d))),
                    Tuple.of(1, Arbitraries.integers().between(0, 99).map(n -> "." + n)),
                    Tuple.of(1, Arbitraries.longs().between(0, 1_000_000).map(n -> "+" + n)));
        };
    }

    private static Arbitrary<String> decorated(Arbitrary<String> unknown, Arbitrary<String> plain) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, unknown),
                Tuple.of(10, plain),
                Tuple.of(1, plain.map(n -> "+" + n)),
                Tuple.of(1, plain.map(n -> n + ".00")));
    }

    @Provide
    Arbitrary<List<JobLine>> jobLines() {
        List<Arbitrary<String>> fields = new ArrayList<>();
        for (SwfField field : SwfField.ALL) {
            fields.add(token(field));
        }
        Arbitrary<List<String>> tokens = Combinators.combine(fields).as(List::copyOf);
        Arbitrary<List<String>> separators =
                Arbitraries.of(" ", "\t", "  ", " \t ", "\t\t", "      ").list().ofSize(SwfField.COUNT - 1);
        Arbitrary<String> leading = Arbitraries.of("", " ", "    ", "\t", " \t");
        Arbitrary<String> trailing = Arbitraries.of("", " ", "\t", "  \t");
        Arbitrary<String> end = Arbitraries.of("\n", "\r\n");
        return Combinators.combine(tokens, separators, leading, trailing, end).as(JobLine::new).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<String>> fillers() {
        return Arbitraries.of("", "", "", "\n", "   \n", "\t\r\n", "; a comment\n").list().ofMaxSize(5);
    }

    @Property(tries = 300)
    void shouldReadBackEveryRecordWrittenWithRandomWhitespace(
            @ForAll("jobLines") List<JobLine> lines,
            @ForAll("fillers") List<String> fillers,
            @ForAll("bufferSizes") int bufferBytes,
            @ForAll("chunkSizes") int chunk) throws IOException {
        StringBuilder text = new StringBuilder("; MaxProcs: 128\n");
        for (int i = 0; i < lines.size(); i++) {
            text.append(lines.get(i).text());
            if (!fillers.isEmpty()) {
                text.append(fillers.get(i % fillers.size()));
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        InputStream stingy = new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
        try (SwfReader reader = SwfReader.open(stingy, "random.swf", bufferBytes)) {
            assertEquals(128, reader.header().maxProcs());
            for (JobLine line : lines) {
                assertTrue(reader.next());
                assertEquals(line.expected(), reader.current(), line.text());
            }
            assertFalse(reader.next());
        }
    }

    @Provide
    Arbitrary<Integer> bufferSizes() {
        return Arbitraries.of(1, 3, 16, 100, SwfReader.DEFAULT_BUFFER_BYTES);
    }

    @Provide
    Arbitrary<Integer> chunkSizes() {
        return Arbitraries.of(1, 7, 64, Integer.MAX_VALUE);
    }
}
