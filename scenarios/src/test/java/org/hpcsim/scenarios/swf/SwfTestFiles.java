package org.hpcsim.scenarios.swf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Small helpers shared by the SWF tests: writing inline traces and finding the real ones. */
final class SwfTestFiles {
    /** A complete, well-formed job line: job 1, submitted at 0, 4 processors for 100 s. */
    static final String JOB = "1 0 10 100 4 90 -1 4 200 -1 1 1 1 -1 -1 -1 -1 -1";

    private SwfTestFiles() {}

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads every job of a file into memory; fine for the small files tests write. */
    static List<SwfRecord> readAll(Path file) throws IOException {
        try (SwfReader reader = SwfReader.open(file)) {
            List<SwfRecord> records = new ArrayList<>();
            while (reader.next()) {
                records.add(reader.current());
            }
            return records;
        }
    }

    /**
     * The shared trace folder: from the module directory (where surefire runs) it is
     * ../../shared/data/traces, from the project root ../shared/data/traces.
     */
    static Path trace(String name) {
        Path fromModule = Path.of("..", "..", "shared", "data", "traces", name);
        if (Files.exists(fromModule)) {
            return fromModule;
        }
        return Path.of("..", "shared", "data", "traces", name);
    }
}
