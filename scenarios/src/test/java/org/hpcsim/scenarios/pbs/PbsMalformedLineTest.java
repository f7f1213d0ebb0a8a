package org.hpcsim.scenarios.pbs;

import static org.hpcsim.scenarios.pbs.PbsTestFiles.endRecord;
import static org.hpcsim.scenarios.pbs.PbsTestFiles.readAll;
import static org.hpcsim.scenarios.pbs.PbsTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed lines fail with one line {@code <file>:<line>: <what is wrong>}. */
class PbsMalformedLineTest {
    @TempDir
    Path dir;

    /** The message of the failure to read a log whose second line is {@code bad}. */
    private String failureOf(String bad) throws IOException {
        Path log = write(dir, "20240311", endRecord("1.s", "") + "\n" + bad + "\n" + endRecord("3.s", "") + "\n");
        PbsFormatException e = assertThrows(PbsFormatException.class, () -> readAll(log));
        assertEquals(log.toString(), e.sourceName());
        assertEquals(2, e.lineNumber());
        assertEquals(e.sourceName() + ":2: " + e.problem(), e.getMessage());
        return e.problem();
    }

    @Test
    void shouldRejectALineWithFewerThanFourParts() throws IOException {
        assertEquals("expected 4 ';'-separated parts (time;type;id;message), found 3",
                failureOf("03/11/2024 09:00:00;E;2.s"));
        assertEquals("expected 4 ';'-separated parts (time;type;id;message), found 1", failureOf("garbage"));
    }

    @Test
    void shouldRejectMalformedLinesOfSkippedRecordTypesToo() throws IOException {
        assertEquals("expected 4 ';'-separated parts (time;type;id;message), found 2",
                failureOf("03/11/2024 09:00:00;Q"));
    }

    @Test
    void shouldRejectATimeStampOfAnotherShape() throws IOException {
        assertEquals("time is not MM/DD/YYYY HH:MM:SS: '2024-03-11 09:00:00'",
                failureOf("2024-03-11 09:00:00;Q;2.s;queue=batch"));
    }

    @Test
    void shouldRejectAnEmptyRecordType() throws IOException {
        assertEquals("record type is empty", failureOf("03/11/2024 09:00:00;;2.s;queue=batch"));
    }

    @Test
    void shouldRejectANonNumericJobId() throws IOException {
        assertEquals("job id is not numeric: 'abc.s'", failureOf(endRecord("abc.s", "")));
        assertEquals("job id is not NUMBER[INDEX].server: '12[3.s'", failureOf(endRecord("12[3.s", "")));
        assertEquals("job id is not numeric: '12[x].s'", failureOf(endRecord("12[x].s", "")));
    }

    @Test
    void shouldRejectBadNumbers() throws IOException {
        assertEquals("end is not a number: '12:00'", failureOf(endRecord("2.s", "end=12:00")));
        assertEquals("Resource_List.ncpus is negative: '-4'", failureOf(endRecord("2.s", "Resource_List.ncpus=-4")));
        assertEquals("Exit_status is not a number: 'ok'", failureOf(endRecord("2.s", "Exit_status=ok")));
    }

    @Test
    void shouldRejectBadDurationsAndSizes() throws IOException {
        assertEquals("Resource_List.walltime is not a duration [[hours:]minutes:]seconds: '1:xx:00'",
                failureOf(endRecord("2.s", "Resource_List.walltime=1:xx:00")));
        assertEquals("resources_used.mem is not a size such as 1234kb: '12pc'",
                failureOf(endRecord("2.s", "resources_used.mem=12pc")));
    }

    @Test
    void shouldRejectABadSelectOrExecHostWhenItIsNeeded() throws IOException {
        String noNcpus = endRecord("2.s", "").replace(" Resource_List.ncpus=4", "");
        assertEquals("Resource_List.select is not a number: 'two'",
                failureOf(noNcpus + " Resource_List.select=two:ncpus=4"));
        assertEquals("exec_host has a backward range: '3-1'", failureOf(noNcpus + " exec_host=n1/3-1"));
    }
}
