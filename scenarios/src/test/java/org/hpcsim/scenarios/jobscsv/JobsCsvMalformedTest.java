package org.hpcsim.scenarios.jobscsv;

import static org.hpcsim.scenarios.jobscsv.JobsCsvTestFiles.readAll;
import static org.hpcsim.scenarios.jobscsv.JobsCsvTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed jobs.csv fails with one line {@code <file>:<line>: <what is wrong>}. */
class JobsCsvMalformedTest {
    private static final String MINIMAL = "job_id,submit_s,run_s,processors\n";

    @TempDir
    Path dir;

    private String failureOf(String csv) throws IOException {
        Path file = write(dir, "jobs.csv", csv);
        JobsCsvFormatException e = assertThrows(JobsCsvFormatException.class, () -> readAll(file));
        assertEquals(file.toString(), e.sourceName());
        assertEquals(file + ":" + e.lineNumber() + ": " + e.problem(), e.getMessage());
        return e.lineNumber() + ": " + e.problem();
    }

    @Test
    void shouldNameTheMissingRequiredColumnsAndTheHeaderFound() throws IOException {
        assertEquals("1: header lacks required column run_s (has job_id,submit_s,processors,name)",
                failureOf("job_id,submit_s,processors,name\n1,0,4,x\n"));
        assertEquals("1: header lacks required columns submit_s, run_s, processors (has job_id)",
                failureOf("job_id\n1\n"));
    }

    @Test
    void shouldRejectARepeatedColumn() throws IOException {
        assertEquals("1: column 'run_s' appears twice in the header",
                failureOf("job_id,submit_s,run_s,processors,run_s\n"));
    }

    @Test
    void shouldRejectAnEmptyFile() throws IOException {
        assertEquals("1: empty file: expected a header row", failureOf(""));
    }

    @Test
    void shouldRejectARowWithTheWrongNumberOfFields() throws IOException {
        assertEquals("3: expected 4 fields as in the header, found 3", failureOf(MINIMAL + "1,0,5,1\n2,0,5\n"));
        assertEquals("2: expected 4 fields as in the header, found 5", failureOf(MINIMAL + "1,0,5,1,\n"));
    }

    @Test
    void shouldRejectBadNumbers() throws IOException {
        assertEquals("2: run_s is not a number of seconds: '1e3'", failureOf(MINIMAL + "1,0,1e3,1\n"));
        assertEquals("2: submit_s is negative: '-1'", failureOf(MINIMAL + "1,-1,5,1\n"));
        assertEquals("2: job_id is not a whole number: 'x7'", failureOf(MINIMAL + "x7,0,5,1\n"));
        assertEquals("2: processors must be between 1 and 2147483647: '0'", failureOf(MINIMAL + "1,0,5,0\n"));
        assertEquals("2: run_s is not a number of seconds: ''", failureOf(MINIMAL + "1,0,,1\n"));
        assertEquals("2: submit_s is out of range: '9300000000'", failureOf(MINIMAL + "1,9300000000,5,1\n"));
        assertEquals("2: killed must be between 0 and 1: '2'",
                failureOf("job_id,submit_s,run_s,processors,killed\n1,0,5,1,2\n"));
    }

    @Test
    void shouldRejectQuotesOutOfPlace() throws IOException {
        assertEquals("2: quote inside unquoted field 2 (quote the whole field and double the quote)",
                failureOf(MINIMAL.replace("\n", ",name\n") + "1,0\"1,5,1,x\n"));
        assertEquals("2: text after the closing quote of field 5",
                failureOf(MINIMAL.replace("\n", ",name\n") + "1,0,5,1,\"x\"y\n"));
    }

    @Test
    void shouldRejectAQuoteLeftOpenNamingTheLineWhereItsRowStarts() throws IOException {
        assertEquals("3: quoted field 5 is not closed before the end of the file",
                failureOf(MINIMAL.replace("\n", ",name\n") + "1,0,5,1,ok\n2,0,5,1,\"open\nstill open\n"));
    }

    @Test
    void shouldCountTheLinesOfQuotedLineBreaksInLaterRowNumbers() throws IOException {
        assertEquals("4: run_s is not a number of seconds: 'z'",
                failureOf(MINIMAL.replace("\n", ",name\n") + "1,0,5,1,\"two\nlines\"\n2,0,z,1,x\n"));
    }
}
