package org.hpcsim.scenarios.swf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reader on real Parallel Workloads Archive traces from the shared folder; each test is
 * skipped when its trace is not there.
 */
class SwfRealTracesTest {

    private static Path existing(String name) {
        Path file = SwfTestFiles.trace(name);
        assumeTrue(Files.isRegularFile(file), "trace not present: " + file.toAbsolutePath());
        return file;
    }

    /** Reads a whole trace through a filter, checking the cursor and the record agree on the way. */
    private static SwfJobFilter replay(SwfReader reader, long machineProcessors) throws IOException {
        SwfJobFilter filter = new SwfJobFilter(machineProcessors);
        while (reader.next()) {
            filter.accept(reader);
        }
        return filter;
    }

    @Test
    void shouldReadHpc2nSampleWithItsHeaderThatCountsTheFullLog() throws IOException {
        try (SwfReader reader = SwfReader.open(existing("hpc2n-sample.swf"))) {
            SwfHeader header = reader.header();
            assertEquals(240, header.maxProcs());
            assertEquals(240, header.processorCapacity());
            assertEquals(527371, header.maxJobs());
            assertEquals(527371, header.maxRecords());
            assertEquals(1027839845L, header.unixStartTime());
            assertEquals(Optional.of("Europe/Stockholm"), header.timeZoneString());
            assertEquals(Optional.of("Linux cluster (Seth)"), header.computer());
            assertEquals(Optional.of("2.2"), header.version());
            assertEquals("1 DEFAULT\n2 ALL", header.raw().get("Partition"));
            SwfJobFilter filter = replay(reader, header.processorCapacity());
            assertEquals(3170, filter.report().seen());
        }
    }

    @Test
    void shouldAgreeWithASplitBasedParseOfHpc2nOnCountRunTimeSumAndUnknownRunTimes() throws IOException {
        Path file = existing("hpc2n-sample.swf");
        long expectedCount = 0;
        double expectedRunTimeSum = 0;
        long expectedUnknownRunTimes = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith(";")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            assertEquals(18, fields.length, line);
            double runTime = Double.parseDouble(fields[3]);
            expectedCount++;
            expectedRunTimeSum += runTime;
            if (runTime < 0) {
                expectedUnknownRunTimes++;
            }
        }

        long count = 0;
        double runTimeSum = 0;
        SwfJobFilter filter = new SwfJobFilter(240);
        try (SwfReader reader = SwfReader.open(file)) {
            while (reader.next()) {
                count++;
                runTimeSum += reader.runTime();
                filter.accept(reader.current());
            }
        }
        assertEquals(3170, expectedCount);
        assertEquals(expectedCount, count);
        assertEquals(expectedRunTimeSum, runTimeSum); // same values summed in the same order: exact
        assertEquals(expectedUnknownRunTimes, filter.report().dropped(DropReason.UNKNOWN_RUN_TIME));
    }

    @Test
    void shouldReadLublinModelWithRequestedTimeUnknownAndCapacityFromMaxNodes() throws IOException {
        try (SwfReader reader = SwfReader.open(existing("lublin-256.swf"))) {
            assertEquals(-1, reader.header().maxProcs());
            assertEquals(256, reader.header().processorCapacity());
            long records = 0;
            long requestedTimeUnknown = 0;
            SwfJobFilter filter = new SwfJobFilter(reader.header().processorCapacity());
            while (reader.next()) {
                records++;
                if (reader.requestedTime() == -1) {
                    requestedTimeUnknown++;
                }
                if (filter.accept(reader)) {
                    assertEquals(reader.runTime(), filter.requestedTime());
                }
            }
            assertEquals(10_000, records);
            assertEquals(10_000, requestedTimeUnknown);
            assertEquals(filter.report().accepted(), filter.report().requestedTimeMissing());
        }
    }

    @Test
    void shouldReadGzipNasaTrace() throws IOException {
        try (SwfReader reader = SwfReader.open(existing("NASA-iPSC-1993-3.1-cln.swf.gz"))) {
            assertEquals(128, reader.header().maxProcs());
            assertEquals(42264, reader.header().maxJobs());
            assertEquals(Optional.of("Intel iPSC/860"), reader.header().computer());
            SwfJobFilter filter = replay(reader, 128);
            DropReport report = filter.report();
            assertEquals(18_239, report.seen());
            assertEquals(report.seen(), report.accepted() + report.dropped());
            assertTrue(report.summary().startsWith("dropped " + report.dropped() + " of 18239 jobs"));
        }
    }
}
