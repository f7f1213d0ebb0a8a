package org.hpcsim.scenarios.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceFormatTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void shouldRecogniseEachFormatFromItsFirstLine() throws IOException {
        assertEquals(TraceFormat.SWF, TraceFormat.detect(write("a", "; Version: 2.2\n1 0 0 1 1 -1 -1 1 1 -1 1 1 1 1 1 1 -1 -1\n")));
        assertEquals(TraceFormat.SWF, TraceFormat.detect(write("b", "\n1 0 0 1 1 -1 -1 1 1 -1 1 1 1 1 1 1 -1 -1\n")));
        assertEquals(TraceFormat.SACCT, TraceFormat.detect(write("c", "JobID|JobName|Submit|Start|End|NCPUS\n")));
        assertEquals(TraceFormat.PBS, TraceFormat.detect(write("d", "04/18/2024 10:15:30;E;12.srv;user=a\n")));
        assertEquals(TraceFormat.JOBS_CSV, TraceFormat.detect(write("e", "job_id,submit_s,run_s,processors\n")));
        Files.createDirectory(dir.resolve("pbslogs"));
        assertEquals(TraceFormat.PBS, TraceFormat.detect(dir.resolve("pbslogs")));
    }

    @Test
    void shouldLookInsideGzip() throws IOException {
        Path p = dir.resolve("t.swf.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write("; MaxProcs: 4\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(TraceFormat.SWF, TraceFormat.detect(p));
    }

    @Test
    void shouldRefuseAnUnrecognisableFileAndAnEmptyOne() throws IOException {
        IOException e = assertThrows(IOException.class, () -> TraceFormat.detect(write("x", "hello world\n")));
        assertEquals("cannot tell the trace format from its first line; name it with format: (swf, sacct, pbs, jobs-csv)",
                e.getMessage());
        assertThrows(IOException.class, () -> TraceFormat.detect(write("y", "\n\n")));
    }
}
