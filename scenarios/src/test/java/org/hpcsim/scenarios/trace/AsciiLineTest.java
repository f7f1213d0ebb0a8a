package org.hpcsim.scenarios.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The allocation-free line builder behind jobs.csv: integers and exact seconds. */
class AsciiLineTest {

    private static String number(long v) {
        return new AsciiLine().append(v).toString();
    }

    private static String seconds(long nanos) {
        return new AsciiLine().appendSeconds(nanos).toString();
    }

    @Test
    void shouldWriteIntegersAsLongToStringDoes() {
        assertEquals("0", number(0));
        assertEquals("7", number(7));
        assertEquals("-7", number(-7));
        assertEquals("10", number(10));
        assertEquals("-100", number(-100));
        assertEquals("1234567890123", number(1234567890123L));
        assertEquals("9223372036854775807", number(Long.MAX_VALUE));
        assertEquals("-9223372036854775807", number(-Long.MAX_VALUE));
        assertEquals("-9223372036854775808", number(Long.MIN_VALUE));
    }

    @Test
    void shouldWriteSecondsExactlyWithoutTrailingZeros() {
        assertEquals("0", seconds(0));
        assertEquals("12", seconds(12_000_000_000L));
        assertEquals("12.5", seconds(12_500_000_000L));
        assertEquals("0.000000001", seconds(1));
        assertEquals("0.5", seconds(500_000_000));
        assertEquals("0.12", seconds(120_000_000));
        assertEquals("1.000000001", seconds(1_000_000_001));
        assertEquals("3.123456789", seconds(3_123_456_789L));
        assertEquals("100", seconds(100_000_000_000L));
        assertEquals("9223372036.854775807", seconds(Long.MAX_VALUE));
    }

    @Test
    void shouldWriteNegativeSecondsWithOneMinus() {
        assertEquals("-1.5", seconds(-1_500_000_000L));
        assertEquals("-0.000000001", seconds(-1));
        assertEquals("-12", seconds(-12_000_000_000L));
        assertEquals("-9223372036.854775807", seconds(-Long.MAX_VALUE));
    }

    @Test
    void shouldWriteLongMinValueSecondsExactly() {
        assertEquals("-9223372036.854775808", seconds(Long.MIN_VALUE));
    }

    @Test
    void shouldBuildALineOfMixedPartsAndStartAfreshOnClear() {
        AsciiLine line = new AsciiLine();
        line.append("id").append(',').append(42L).append(',').appendSeconds(2_250_000_000L).append('\n');
        assertEquals("id,42,2.25\n", line.toString());
        line.clear();
        assertEquals("", line.toString());
        line.append(-3L);
        assertEquals("-3", line.toString());
    }

    @Test
    void shouldGrowPastItsInitialBuffer() throws IOException {
        AsciiLine line = new AsciiLine();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            line.append(Long.MIN_VALUE).append(',').appendSeconds(Long.MAX_VALUE - i).append(';');
            expected.append(Long.MIN_VALUE).append(',')
                    .append(BigDecimal.valueOf(Long.MAX_VALUE - i, 9).stripTrailingZeros().toPlainString()).append(';');
        }
        line.append("x".repeat(1000));
        expected.append("x".repeat(1000));
        assertEquals(expected.toString(), line.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line.writeTo(out);
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.US_ASCII), out.toByteArray());
    }
}
