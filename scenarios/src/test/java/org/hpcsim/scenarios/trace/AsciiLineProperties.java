package org.hpcsim.scenarios.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** AsciiLine agrees with the JDK's own decimal formatting on any long. */
class AsciiLineProperties {

    private static String number(long v) {
        return new AsciiLine().append(v).toString();
    }

    private static String seconds(long nanos) {
        return new AsciiLine().appendSeconds(nanos).toString();
    }

    @Property(tries = 2000)
    void shouldWriteAnyLongAsLongToString(@ForAll long v) {
        assertEquals(Long.toString(v), number(v));
    }

    @Property(tries = 2000)
    void shouldWriteAnyNanosAsTheirExactDecimalSeconds(@ForAll long nanos) {
        String expected = nanos == 0 ? "0" : BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
        assertEquals(expected, seconds(nanos));
    }
}
