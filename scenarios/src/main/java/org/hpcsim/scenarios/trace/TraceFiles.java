package org.hpcsim.scenarios.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opening trace files as text, gzip-compressed or not (told by the magic bytes, not the name). */
public final class TraceFiles {
    private static final int BUFFER_BYTES = 64 * 1024;

    private TraceFiles() {}

    /** A UTF-8 reader of {@code file}, decompressing it when it starts with the gzip magic bytes 1f 8b. */
    public static BufferedReader openText(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            PushbackInputStream peek = new PushbackInputStream(raw, 2);
            byte[] magic = peek.readNBytes(2);
            peek.unread(magic);
            InputStream data = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B
                    ? new GZIPInputStream(peek, BUFFER_BYTES) : peek;
            return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), BUFFER_BYTES);
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
