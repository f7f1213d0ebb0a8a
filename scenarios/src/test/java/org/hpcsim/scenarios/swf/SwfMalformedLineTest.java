package org.hpcsim.scenarios.swf;

import static org.hpcsim.scenarios.swf.SwfTestFiles.JOB;
import static org.hpcsim.scenarios.swf.SwfTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed job lines fail with one line {@code <file>:<line>: <what is wrong>}. */
class SwfMalformedLineTest {
    @TempDir
    Path dir;

    /** Reads the text as a stream named {@code jobs.swf} and returns the message of its failure. */
    private static String failureOf(String text) {
        SwfFormatException e = assertThrows(SwfFormatException.class, () -> {
            try (SwfReader reader = SwfReader.open(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "jobs.swf")) {
                while (reader.next()) {
                    // read to the end or the failure
                }
            }
        });
        return e.getMessage();
    }

    /** A job line with one field replaced by {@code token}. */
    private static String jobWith(int fieldNumber, String token) {
        String[] fields = JOB.split(" ");
        fields[fieldNumber - 1] = token;
        return String.join(" ", fields);
    }

    @Test
    void shouldNameFileLineFieldAndTokenWhenAFieldIsNotANumber() {
        String text = "; header\n" + (JOB + "\n").repeat(15) + jobWith(4, "12x") + "\n";
        assertEquals("jobs.swf:17: field 4 (run time) is not a number: '12x'", failureOf(text));
    }

    @Test
    void shouldNameTheFileAsGiven() throws IOException {
        Path file = write(dir, "jobs.swf", JOB + "\n" + jobWith(2, "soon") + "\n");
        SwfFormatException e = assertThrows(SwfFormatException.class, () -> SwfTestFiles.readAll(file));
        assertEquals(file + ":2: field 2 (submit time) is not a number: 'soon'", e.getMessage());
        assertEquals(file.toString(), e.sourceName());
        assertEquals(2, e.lineNumber());
        assertEquals("field 2 (submit time) is not a number: 'soon'", e.problem());
    }

    @Test
    void shouldRejectALineWithTooFewFields() {
        String seventeen = JOB.substring(0, JOB.lastIndexOf(' '));
        assertEquals("jobs.swf:2: expected 18 fields, found 17", failureOf(JOB + "\n" + seventeen + "\n"));
    }

    @Test
    void shouldRejectALineWithTooManyFields() {
        assertEquals("jobs.swf:1: expected 18 fields, found 20", failureOf(JOB + " 5 6\n"));
    }

    @Test
    void shouldRejectATruncatedLastLine() {
        assertEquals("jobs.swf:2: expected 18 fields, found 3", failureOf(JOB + "\n4 5 6"));
    }

    @Test
    void shouldCountCommentBlankAndCrlfLinesInTheLineNumber() {
        String text = "; a\r\n\r\n   \r\n" + JOB + "\r\n; late comment\r\n" + jobWith(11, "done") + "\r\n";
        assertEquals("jobs.swf:6: field 11 (status) is not a number: 'done'", failureOf(text));
    }

    @Test
    void shouldRejectAFractionInACountField() {
        assertEquals("jobs.swf:1: field 5 (allocated processors) is not an integer: '12.5'",
                failureOf(jobWith(5, "12.5") + "\n"));
    }

    @Test
    void shouldAcceptAnIntegralCountWrittenWithZeroDecimals() throws IOException {
        Path file = write(dir, "jobs.swf", jobWith(5, "12.00") + "\n");
        assertEquals(12, SwfTestFiles.readAll(file).get(0).allocatedProcessors());
    }

    @Test
    void shouldRejectANumberThatOverflowsALong() {
        assertEquals("jobs.swf:1: field 1 (job number) is out of range: '99999999999999999999'",
                failureOf(jobWith(1, "99999999999999999999") + "\n"));
    }

    @Test
    void shouldRejectANumberThatOverflowsAnInt() {
        assertEquals("jobs.swf:1: field 8 (requested processors) is out of range: '3000000000'",
                failureOf(jobWith(8, "3000000000") + "\n"));
    }

    @Test
    void shouldRejectATimeThatOverflowsADouble() {
        assertEquals("jobs.swf:1: field 9 (requested time) is out of range: '1e400'",
                failureOf(jobWith(9, "1e400") + "\n"));
    }

    @Test
    void shouldRejectSignsAndPointsWithoutDigits() {
        assertEquals("jobs.swf:1: field 3 (wait time) is not a number: '-'", failureOf(jobWith(3, "-") + "\n"));
        assertEquals("jobs.swf:1: field 6 (average CPU time) is not a number: '.'", failureOf(jobWith(6, ".") + "\n"));
        assertEquals("jobs.swf:1: field 18 (think time) is not a number: 'NaN'", failureOf(jobWith(18, "NaN") + "\n"));
        assertEquals("jobs.swf:1: field 12 (user) is not a number: '1-2'", failureOf(jobWith(12, "1-2") + "\n"));
    }

    @Test
    void shouldShortenAVeryLongTokenInTheMessage() {
        String token = "x".repeat(100);
        assertEquals("jobs.swf:1: field 7 (used memory) is not a number: '" + "x".repeat(40) + "...'",
                failureOf(jobWith(7, token) + "\n"));
    }

    @Test
    void shouldRejectALineLongerThanAnySwfLine() {
        String huge = " ".repeat(SwfReader.MAX_LINE_BYTES + 10);
        assertEquals("jobs.swf:2: line is longer than " + SwfReader.MAX_LINE_BYTES + " bytes",
                failureOf(JOB + "\n" + huge + JOB + "\n"));
    }

    @Test
    void shouldReportTheFirstJobLineEvenWhenItIsMalformed() throws IOException {
        Path file = write(dir, "first.swf", "; MaxProcs: 4\n" + jobWith(1, "one") + "\n");
        try (SwfReader reader = SwfReader.open(file)) {
            assertEquals(4, reader.header().maxProcs());
            SwfFormatException e = assertThrows(SwfFormatException.class, reader::next);
            assertEquals(2, e.lineNumber());
        }
    }

    @Test
    void shouldLetTheCallerSkipAMalformedLineAndGoOn() throws IOException {
        Path file = Files.writeString(dir.resolve("mixed.swf"), JOB + "\nbad line\n" + JOB + "\n");
        try (SwfReader reader = SwfReader.open(file)) {
            assertTrue(reader.next());
            assertThrows(SwfFormatException.class, reader::next);
            assertTrue(reader.next());
            assertEquals(3, reader.lineNumber());
            assertFalse(reader.next());
        }
    }
}
