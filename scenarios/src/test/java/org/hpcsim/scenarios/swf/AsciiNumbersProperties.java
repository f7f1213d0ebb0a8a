package org.hpcsim.scenarios.swf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The byte-level number parsers agree with the JDK's, to the last bit. */
class AsciiNumbersProperties {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static double decimal(String s) {
        byte[] b = ascii(s);
        return AsciiNumbers.parseDecimal(b, 0, b.length);
    }

    private static long integer(String s) {
        byte[] b = ascii(s);
        return AsciiNumbers.parseInteger(b, 0, b.length);
    }

    @Provide
    Arbitrary<String> decimalTexts() {
        Arbitrary<String> sign = Arbitraries.of("", "", "-", "+");
        Arbitrary<String> whole = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(22);
        Arbitrary<String> fraction = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(22);
        Arbitrary<Boolean> point = Arbitraries.of(true, false);
        return Combinators.combine(sign, whole, point, fraction)
                .as((s, w, p, f) -> p ? s + w + "." + f : s + w + f)
                .filter(t -> t.chars().anyMatch(Character::isDigit));
    }

    @Property(tries = 2000)
    void shouldParseDecimalTextsExactlyLikeDoubleParseDouble(@ForAll("decimalTexts") String text) {
        assertEquals(Double.parseDouble(text), decimal(text), text);
    }

    @Property(tries = 1000)
    void shouldReadBackAnyFiniteDoubleWrittenByDoubleToString(@ForAll double value) {
        String text = Double.toString(value);
        if (Double.isFinite(value)) {
            assertEquals(value, decimal(text), text);
        }
    }

    @Property(tries = 1000)
    void shouldReadBackAnyLongButLongMinValue(@ForAll long value) {
        if (value != Long.MIN_VALUE) {
            assertEquals(value, integer(Long.toString(value)));
        }
    }

    @Property(tries = 500)
    void shouldRejectExactlyTheIntegersPastLongRange(@ForAll("bigIntegers") BigInteger value) {
        String text = value.toString();
        boolean fits = value.abs().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) <= 0;
        if (fits) {
            assertEquals(value.longValueExact(), integer(text));
        } else {
            NumberFormatException e = assertThrows(NumberFormatException.class, () -> integer(text));
            assertEquals(AsciiNumbers.OUT_OF_RANGE, e.getMessage());
        }
    }

    @Provide
    Arbitrary<BigInteger> bigIntegers() {
        BigInteger edge = BigInteger.valueOf(Long.MAX_VALUE);
        return Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(edge.negate().subtract(BigInteger.TEN), edge.add(BigInteger.TEN))
                        .edgeCases(c -> c.includeOnly(edge, edge.add(BigInteger.ONE), edge.negate())),
                Arbitraries.bigIntegers().between(edge.subtract(BigInteger.valueOf(100)), edge.add(BigInteger.valueOf(100))),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(18), BigInteger.TEN.pow(30)));
    }
}
