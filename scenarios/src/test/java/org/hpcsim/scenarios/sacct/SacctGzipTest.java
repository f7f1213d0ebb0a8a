package org.hpcsim.scenarios.sacct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gzip-compressed export is read like the plain one, recognised by its magic bytes, not its name. */
class SacctGzipTest {
    @TempDir
    Path dir;

    private static List<Job> read(Path file) throws IOException {
        try (SacctReader r = SacctReader.open(file, SacctTestFiles.UTC)) {
            return SacctTestFiles.readAll(r);
        }
    }

    private Path gzip(String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(Files.readAllBytes(SacctTestFiles.sample()));
        }
        return file;
    }

    @Test
    void shouldReadAGzippedExportLikeThePlainOne() throws IOException {
        List<Job> plain = read(SacctTestFiles.sample());
        assertEquals(9, plain.size());
        assertEquals(plain, read(gzip("sample.txt.gz")));
    }

    @Test
    void shouldRecogniseGzipByItsMagicBytesWhateverTheName() throws IOException {
        assertEquals(read(SacctTestFiles.sample()), read(gzip("sample.txt")));
    }

    @Test
    void shouldReadAFileShorterThanTheGzipMagicAsPlainText() throws IOException {
        Path file = dir.resolve("one.txt");
        Files.writeString(file, "J");
        SacctFormatException e = assertThrows(SacctFormatException.class, () -> read(file));
        assertEquals(file + ":1: missing column JobID or JobIDRaw"
                + " (sacct --parsable2 with at least JobID,Submit,Start,End,NCPUS)", e.getMessage());
    }
}
