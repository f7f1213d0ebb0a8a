package org.hpcsim.scenarios.sacct;

import static org.hpcsim.scenarios.sacct.SacctTestFiles.SHORT;
import static org.hpcsim.scenarios.sacct.SacctTestFiles.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed line fails with one line {@code <file>:<line>: <what is wrong>}. */
class SacctMalformedLineTest {
    private static final String GOOD = "7|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|00:20:00|COMPLETED|4\n";

    @TempDir
    Path dir;

    private static String failureOf(String text) {
        return assertThrows(SacctFormatException.class, () -> readAll(text)).getMessage();
    }

    @Test
    void shouldRejectALineWithTooFewFields() {
        assertEquals("jobs.txt:3: expected 7 fields as in the header, found 6",
                failureOf(SHORT + GOOD + "8|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|00:20:00|4\n"));
    }

    @Test
    void shouldRejectALineWithTooManyFieldsAsAJobNameWithABarMakes() {
        String text = "JobID|JobName|Submit|Start|End|NCPUS\n"
                + "7|a|b|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|4\n";
        assertEquals("jobs.txt:2: expected 6 fields as in the header, found 7", failureOf(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "x7|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|00:20:00|COMPLETED|4;  JobID is not a job id: 'x7'",
        "7|2024-03-01 08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|00:20:00|COMPLETED|4;  Submit is not a time (YYYY-MM-DDTHH:MM:SS): '2024-03-01 08:00:00'",
        "7|2024-03-01T08:00:00|2024-02-30T08:01:00|2024-03-01T08:11:00|00:20:00|COMPLETED|4;  Start is not a time (YYYY-MM-DDTHH:MM:SS): '2024-02-30T08:01:00'",
        "7|2024-03-01T08:00:00|2024-03-01T08:01:00|yesterday|00:20:00|COMPLETED|4;            End is not a time (YYYY-MM-DDTHH:MM:SS): 'yesterday'",
        "7|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|20 min|COMPLETED|4;    Timelimit is not a duration ([D-][HH:]MM:SS): '20 min'",
        "7|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|00:20:00|COMPLETED|4x; NCPUS is not a count: '4x'",
    })
    void shouldNameTheLineTheColumnAndTheText(String line, String problem) {
        assertEquals("jobs.txt:3: " + problem, failureOf(SHORT + GOOD + line + "\n"));
    }

    @Test
    void shouldRejectMalformedMemoryAndTresFields() {
        String header = "JobID|Submit|Start|End|NCPUS|ReqMem|AllocTRES\n";
        String times = "7|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|4|";
        assertEquals("jobs.txt:2: ReqMem is not a memory size: '4 GB'", failureOf(header + times + "4 GB|cpu=4\n"));
        assertEquals("jobs.txt:2: AllocTRES is not a TRES list (name=count,...): 'cpu=four'",
                failureOf(header + times + "4G|cpu=four\n"));
    }

    @Test
    void shouldCountBlankLinesInTheLineNumberAndNameTheFileAsGiven() throws IOException {
        Path file = dir.resolve("export.txt");
        Files.writeString(file, SHORT + "\n" + GOOD + "\n" + GOOD.replace("|4\n", "|-4\n"));
        SacctFormatException e = assertThrows(SacctFormatException.class, () -> {
            try (SacctReader r = SacctReader.open(file, SacctTestFiles.UTC)) {
                SacctTestFiles.readAll(r);
            }
        });
        assertEquals(file + ":5: NCPUS is not a count: '-4'", e.getMessage());
        assertEquals(file.toString(), e.sourceName());
        assertEquals(5, e.lineNumber());
        assertEquals("NCPUS is not a count: '-4'", e.problem());
    }
}
