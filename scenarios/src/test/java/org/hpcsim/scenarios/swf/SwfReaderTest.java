package org.hpcsim.scenarios.swf;

import static org.hpcsim.scenarios.swf.SwfTestFiles.JOB;
import static org.hpcsim.scenarios.swf.SwfTestFiles.readAll;
import static org.hpcsim.scenarios.swf.SwfTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on small inline traces, one pitfall of real SWF files per test. */
class SwfReaderTest {
    @TempDir
    Path dir;

    private static final SwfRecord EXPECTED_JOB =
            new SwfRecord(1, 0, 10, 100, 4, 90, -1, 4, 200, -1, 1, 1, 1, -1, -1, -1, -1, -1);

    @Test
    void shouldReadAllEighteenFieldsInOrder() throws IOException {
        Path file = write(dir, "jobs.swf", "7 11 12 13 14 15 16 17 18 19 1 21 22 23 24 25 26 27\n");
        assertEquals(List.of(new SwfRecord(7, 11, 12, 13, 14, 15, 16, 17, 18, 19, 1, 21, 22, 23, 24, 25, 26, 27)),
                readAll(file));
    }

    @Test
    void shouldReadDecimalTimes() throws IOException {
        Path file = write(dir, "jobs.swf", "1 0.5 10.25 123.5 4 552.21 -1 4 3600.0 -1 1 1 1 -1 -1 -1 -1 .5\n");
        SwfRecord job = readAll(file).get(0);
        assertEquals(0.5, job.submitTime());
        assertEquals(10.25, job.waitTime());
        assertEquals(123.5, job.runTime());
        assertEquals(552.21, job.averageCpuTime());
        assertEquals(3600.0, job.requestedTime());
        assertEquals(0.5, job.thinkTime());
    }

    @Test
    void shouldKeepMinusOneAsUnknownInEveryField() throws IOException {
        String allUnknown = "-1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1\n";
        SwfRecord job = readAll(write(dir, "jobs.swf", allUnknown)).get(0);
        assertEquals(new SwfRecord(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1), job);
    }

    @Test
    void shouldReturnCancelledJobWithUnknownRunTime() throws IOException {
        SwfRecord job = readAll(write(dir, "jobs.swf", "16 347726 5 -1 8 240379 -1 8 345600 -1 5 5 1 -1 -1 1 -1 -1\n"))
                .get(0);
        assertEquals(-1.0, job.runTime());
        assertEquals(5, job.status());
    }

    @Test
    void shouldKeepZeroRunTime() throws IOException {
        SwfRecord job = readAll(write(dir, "jobs.swf", "1 0 0 0 1 0 -1 1 60 -1 0 1 1 -1 -1 -1 -1 -1\n")).get(0);
        assertEquals(0.0, job.runTime());
    }

    @Test
    void shouldSkipBlankAndWhitespaceOnlyLines() throws IOException {
        Path file = write(dir, "jobs.swf", "\n" + JOB + "\n\n   \n\t \t\n" + JOB + "\n\n");
        assertEquals(List.of(EXPECTED_JOB, EXPECTED_JOB), readAll(file));
    }

    @Test
    void shouldAcceptLeadingSpacesTabsAndTrailingWhitespace() throws IOException {
        String line = "    1\t0 \t 10   100\t\t4 90 -1 4 200 -1 1 1 1 -1 -1 -1 -1 -1 \t ";
        assertEquals(List.of(EXPECTED_JOB, EXPECTED_JOB), readAll(write(dir, "jobs.swf", line + "\n\t" + JOB + "\n")));
    }

    @Test
    void shouldReadCrlfLineEndings() throws IOException {
        Path file = write(dir, "jobs.swf", "; MaxProcs: 64\r\n;\r\n" + JOB + "\r\n\r\n" + JOB + "\r\n");
        try (SwfReader reader = SwfReader.open(file)) {
            assertEquals(64, reader.header().maxProcs());
            assertEquals("64", reader.header().raw().get("MaxProcs"));
            assertTrue(reader.next());
            assertEquals(EXPECTED_JOB, reader.current());
            assertEquals(3, reader.lineNumber());
            assertTrue(reader.next());
            assertEquals(EXPECTED_JOB, reader.current());
            assertEquals(5, reader.lineNumber());
            assertFalse(reader.next());
        }
    }

    @Test
    void shouldReadLastLineWithoutNewline() throws IOException {
        assertEquals(List.of(EXPECTED_JOB, EXPECTED_JOB), readAll(write(dir, "jobs.swf", JOB + "\n" + JOB)));
    }

    @Test
    void shouldReadGzipFileNamedSwfGz() throws IOException {
        Path file = Files.write(dir.resolve("jobs.swf.gz"), SwfTestFiles.gzip("; MaxProcs: 8\n" + JOB + "\n"));
        try (SwfReader reader = SwfReader.open(file)) {
            assertEquals(8, reader.header().maxProcs());
            assertTrue(reader.next());
            assertEquals(EXPECTED_JOB, reader.current());
            assertFalse(reader.next());
        }
    }

    @Test
    void shouldDetectGzipByMagicBytesWhateverTheName() throws IOException {
        Path file = Files.write(dir.resolve("jobs.swf"), SwfTestFiles.gzip(JOB + "\n" + JOB + "\n"));
        assertEquals(List.of(EXPECTED_JOB, EXPECTED_JOB), readAll(file));
    }

    @Test
    void shouldReadPlainTextEvenWhenNamedGz() throws IOException {
        assertEquals(List.of(EXPECTED_JOB), readAll(write(dir, "jobs.swf.gz", JOB + "\n")));
    }

    @Test
    void shouldSkipCommentsAfterTheFirstJobWithoutChangingTheHeader() throws IOException {
        Path file = write(dir, "jobs.swf", "; MaxProcs: 16\n" + JOB + "\n; MaxProcs: 999\n  ; indented\n" + JOB + "\n");
        try (SwfReader reader = SwfReader.open(file)) {
            assertTrue(reader.next());
            assertTrue(reader.next());
            assertEquals(5, reader.lineNumber());
            assertFalse(reader.next());
            assertEquals(16, reader.header().maxProcs());
            assertEquals(List.of("MaxProcs"), List.copyOf(reader.header().raw().keySet()));
        }
    }

    @Test
    void shouldSkipAUtf8ByteOrderMarkAtTheStart() throws IOException {
        byte[] text = ("\uFEFF; MaxProcs: 32\n" + JOB + "\n").getBytes(StandardCharsets.UTF_8);
        try (SwfReader reader = SwfReader.open(Files.write(dir.resolve("bom.swf"), text))) {
            assertEquals(32, reader.header().maxProcs());
            assertTrue(reader.next());
            assertEquals(EXPECTED_JOB, reader.current());
        }
        byte[] noHeader = ("\uFEFF" + JOB + "\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(EXPECTED_JOB), readAll(Files.write(dir.resolve("bom2.swf"), noHeader)));
    }

    @Test
    void shouldReadEmptyAndHeaderOnlyFilesAsNoJobs() throws IOException {
        assertEquals(List.of(), readAll(write(dir, "empty.swf", "")));
        Path headerOnly = write(dir, "header.swf", "; MaxNodes: 4\n;\n");
        try (SwfReader reader = SwfReader.open(headerOnly)) {
            assertEquals(4, reader.header().processorCapacity());
            assertFalse(reader.next());
        }
    }

    @Test
    void shouldGiveTheSameJobThroughAccessorsAndCurrent() throws IOException {
        Path file = write(dir, "jobs.swf", "3 5.5 6 7 8 9.25 10 11 12 13 5 14 15 16 17 18 2 19.5\n");
        try (SwfReader reader = SwfReader.open(file)) {
            assertTrue(reader.next());
            SwfRecord fromAccessors = new SwfRecord(reader.jobNumber(), reader.submitTime(), reader.waitTime(),
                    reader.runTime(), reader.allocatedProcessors(), reader.averageCpuTime(), reader.usedMemory(),
                    reader.requestedProcessors(), reader.requestedTime(), reader.requestedMemory(), reader.status(),
                    reader.userId(), reader.groupId(), reader.executableId(), reader.queueId(),
                    reader.partitionId(), reader.precedingJob(), reader.thinkTime());
            assertEquals(reader.current(), fromAccessors);
            assertEquals(new SwfRecord(3, 5.5, 6, 7, 8, 9.25, 10, 11, 12, 13, 5, 14, 15, 16, 17, 18, 2, 19.5),
                    fromAccessors);
        }
    }

    @Test
    void shouldRefuseCurrentBeforeNextAndAfterTheEnd() throws IOException {
        try (SwfReader reader = SwfReader.open(write(dir, "jobs.swf", JOB + "\n"))) {
            assertThrows(IllegalStateException.class, reader::current);
            assertTrue(reader.next());
            assertFalse(reader.next());
            assertThrows(IllegalStateException.class, reader::current);
        }
    }

    @Test
    void shouldReadLinesLongerThanTheBufferAndCutAcrossReads() throws IOException {
        String text = "; Computer: test machine\n   " + JOB + "   \r\n" + JOB + "\n";
        for (int bufferBytes : new int[] {1, 2, 7, 64}) {
            InputStream oneByteAtATime = new FilterInputStream(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII))) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return super.read(b, off, Math.min(len, 1));
                }
            };
            try (SwfReader reader = SwfReader.open(oneByteAtATime, "cut.swf", bufferBytes)) {
                assertEquals("test machine", reader.header().computer().orElseThrow());
                assertTrue(reader.next());
                assertEquals(EXPECTED_JOB, reader.current());
                assertTrue(reader.next());
                assertEquals(EXPECTED_JOB, reader.current());
                assertFalse(reader.next());
            }
        }
    }

    @Test
    void shouldCloseTheStreamItWasGiven() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(JOB.getBytes(StandardCharsets.US_ASCII)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        SwfReader.open(in, "stream.swf").close();
        assertTrue(closed[0]);
    }
}
