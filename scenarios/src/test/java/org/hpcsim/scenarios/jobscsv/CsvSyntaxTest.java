package org.hpcsim.scenarios.jobscsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 fields and exact decimal seconds. */
class CsvSyntaxTest {

    private static List<String> fieldsOf(String text) throws IOException {
        CsvRecords r = new CsvRecords(new BufferedReader(new StringReader(text)), "t.csv");
        assertTrue(r.next());
        List<String> fields = List.copyOf(r.fields());
        assertFalse(r.next());
        return fields;
    }

    @Test
    void shouldSplitPlainAndQuotedFieldsKeepingEmptyOnes() throws IOException {
        assertEquals(List.of("a", "", "b", ""), fieldsOf("a,,b,\n"));
        assertEquals(List.of("x,y", "say \"hi\"", "", "\""), fieldsOf("\"x,y\",\"say \"\"hi\"\"\",\"\",\"\"\"\"\n"));
        assertEquals(List.of("one\ntwo", "end"), fieldsOf("\"one\r\ntwo\",end\r\n"));
        assertEquals(List.of("last line"), fieldsOf("last line"));
    }

    @Test
    void shouldKeepSpacesAndNonAsciiTextAsTheyAre() throws IOException {
        assertEquals(List.of(" a ", "Zoë", "模拟"), fieldsOf(" a ,Zoë,\"模拟\"\n"));
    }

    @Test
    void shouldParseExactDecimalSeconds() {
        assertEquals(12_000_000_000L, DecimalSeconds.parse("12"));
        assertEquals(12_500_000_000L, DecimalSeconds.parse("12.5"));
        assertEquals(1L, DecimalSeconds.parse("0.000000001"));
        assertEquals(500_000_000L, DecimalSeconds.parse(".5"));
        assertEquals(3_000_000_000L, DecimalSeconds.parse("3."));
        assertEquals(-1_500_000_000L, DecimalSeconds.parse("-1.5"));
        assertEquals(9_223_372_036_854_775_807L, DecimalSeconds.parse("9223372036.854775807"));
    }

    @Test
    void shouldRoundDigitsPastTheNanosecondHalfUp() {
        assertEquals(2L, DecimalSeconds.parse("0.0000000015"));
        assertEquals(1L, DecimalSeconds.parse("0.0000000014999"));
    }

    @Test
    void shouldRejectWhatIsNotADecimalNumber() {
        for (String bad : new String[] {"", ".", "-", "1e3", "1,5", " 1", "0x10", "1.2.3", "NaN"}) {
            assertThrows(NumberFormatException.class, () -> DecimalSeconds.parse(bad), bad);
        }
        assertThrows(ArithmeticException.class, () -> DecimalSeconds.parse("9223372037"));
    }
}
