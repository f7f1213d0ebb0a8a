package org.hpcsim.scenarios.pbs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Finding and opening the files of an accounting log: one file, or a directory of daily files. */
final class PbsFiles {
    private static final int BUFFER_BYTES = 64 * 1024;

    private PbsFiles() {}

    /** The file itself, or a directory's regular files in name order. */
    static List<Path> list(Path fileOrDirectory) throws IOException {
        if (!Files.isDirectory(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(fileOrDirectory)) {
            entries.filter(Files::isRegularFile).forEach(files::add);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    /** Opens a file as UTF-8 text, decompressing it when it starts with the gzip magic bytes. */
    static BufferedReader open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            PushbackInputStream peek = new PushbackInputStream(raw, 2);
            byte[] magic = peek.readNBytes(2);
            peek.unread(magic);
            InputStream in = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B
                    ? new GZIPInputStream(peek, BUFFER_BYTES) : peek;
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER_BYTES);
        } catch (IOException | RuntimeException e) {
            try {
                raw.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
