package org.hpcsim.scenarios.sacct;

import static org.hpcsim.scenarios.sacct.SacctTestFiles.readAll;
import static org.hpcsim.scenarios.sacct.SacctTestFiles.reader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.List;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The header line decides which fields are read; a header without a required one fails on line 1. */
class SacctHeaderTest {
    private static final String HINT = " (sacct --parsable2 with at least JobID,Submit,Start,End,NCPUS)";

    private static String failureOf(String text) {
        return assertThrows(SacctFormatException.class, () -> reader(text)).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Submit|Start|End|NCPUS;                  JobID or JobIDRaw",
        "JobID|Start|End|NCPUS;                   Submit",
        "JobID|Submit|End|NCPUS;                  Start",
        "JobID|Submit|Start|NCPUS;                End or Elapsed",
        "JobID|Submit|Start|End|ReqMem;           NCPUS, AllocCPUS, AllocTRES or ReqCPUS",
    })
    void shouldNameTheFirstMissingRequiredColumn(String header, String missing) {
        assertEquals("jobs.txt:1: missing column " + missing + HINT, failureOf(header + "\n"));
    }

    @Test
    void shouldCloseItsInputWhenTheHeaderIsRejected() {
        boolean[] closed = {false};
        StringReader in = new StringReader("JobID|Submit\n") {
            @Override
            public void close() {
                closed[0] = true;
                super.close();
            }
        };
        assertThrows(SacctFormatException.class, () -> new SacctReader(in, "jobs.txt", ZoneOffset.UTC));
        assertTrue(closed[0]);
    }

    @Test
    void shouldRejectAnEmptyExport() {
        assertEquals("jobs.txt:1: empty, no header line" + HINT, failureOf(""));
    }

    @Test
    void shouldRejectAnExportMadeWithNoheader() {
        assertEquals("jobs.txt:1: no header line, found a job line instead"
                + " (sacct --parsable2 with at least JobID,Submit,Start,End,NCPUS, without --noheader)",
                failureOf("1001|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|4\n"));
    }

    @Test
    void shouldReadFieldsInAnyOrderAndCaseIgnoringUnknownOnes() {
        String text = "ncpus|Cluster|end|START|submit|jobid|jobidraw|partition|user|account|jobname|qos\n"
                + "4|alpha|2024-03-01T08:11:00|2024-03-01T08:01:00|2024-03-01T08:00:00|7|7|debug,compute|u1|a1|n 1|q1\n";
        Job j = readAll(text).get(0);
        assertEquals(7, j.id());
        assertEquals(4, j.processors());
        assertEquals(new JobLabels("u1", "", "a1", "debug", "", "q1", "n 1"), j.labels());
    }

    @Test
    void shouldAcceptParsableWithATrailingBarCrlfBlankLinesAndAByteOrderMark() {
        String text = "\uFEFFJobID|Submit|Start|End|NCPUS|\r\n"
                + "\r\n"
                + "7|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|4|\r\n"
                + "   \r\n"
                + "8|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|2|\r\n";
        assertEquals(List.of(7L, 8L), readAll(text).stream().map(Job::id).toList());
    }

    @Test
    void shouldTakeCpusFromAllocTresWhenItIsTheOnlyAllocationColumn() {
        String text = "JobID|Submit|Start|End|AllocTRES|ReqTRES\n"
                + "7|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|billing=6,cpu=6,node=2|cpu=6,mem=12G\n";
        Job j = readAll(text).get(0);
        assertEquals(6, j.processors());
        assertEquals(2, j.nodes());
        assertEquals(12L * 1024 * 1024 / 6, j.history().requestedMemoryKb()); // ReqTRES mem= without ReqMem
    }

    @Test
    void shouldTakeGpusFromReqTresWhenAllocTresIsAbsentAndNoneWithoutEither() {
        String header = "JobID|Submit|Start|End|NCPUS|ReqTRES\n";
        String times = "|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|4|";
        List<Job> jobs = readAll(header + "7" + times + "cpu=4,gres/gpu=1\n" + "8" + times + "cpu=4\n");
        assertEquals(List.of(1, 0), jobs.stream().map(Job::gpus).toList());
    }

    @Test
    void shouldLeaveHistoryUnknownWhereTheExportSaysNothing() {
        Job j = readAll("JobID|Submit|Start|End|NCPUS|TotalCPU\n"
                + "7|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|4|00:00:00\n").get(0);
        assertEquals(-1, j.history().averageCpuTime()); // sacct -X prints TotalCPU 0 for every job
        assertEquals(-1, j.history().usedMemoryKb());
        assertEquals(-1, j.history().requestedProcessors());
        assertEquals(-1, j.history().requestedMemoryKb());
        assertEquals(0, j.nodes());
        assertEquals(-1, j.precedingJob());
        assertEquals(-1, j.thinkTime());
    }
}
