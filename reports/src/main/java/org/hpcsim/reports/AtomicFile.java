package org.hpcsim.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written under a temporary name in its final folder and renamed into place on
 * {@link #commit()}, so that a reader never sees it half-written and a failed run leaves any
 * earlier version untouched.
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean done;

    private AtomicFile(Path target) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        this.temp = createFresh(dir, target.getFileName().toString());
        this.stream = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE), 1 << 16);
    }

    // Named by process id and a try count rather than by Files.createTempFile, whose SecureRandom
    // costs a noticeable share of a short run's start-up; a name already taken (another writer, or
    // a crashed run's leftover) moves on to the next count.
    private static Path createFresh(Path dir, String name) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            Path candidate = dir.resolve("." + name + "." + pid + "." + attempt + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 1000) {
                    throw taken;
                }
            }
        }
    }

    /** Opens a temporary file beside {@code target}. */
    public static AtomicFile open(Path target) {
        try {
            return new AtomicFile(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code text} to {@code target} in one atomic step. */
    public static void write(Path target, String text) {
        try (AtomicFile f = open(target)) {
            f.stream().write(text.getBytes(StandardCharsets.UTF_8));
            f.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The stream into the temporary file. */
    public OutputStream stream() {
        return stream;
    }

    /** Flushes, closes and renames the temporary file to the target name. */
    public void commit() {
        try {
            stream.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Closes the stream and opens the temporary file for reading (to rewrite it elsewhere before discarding it). */
    public java.io.InputStream reopen() {
        try {
            stream.close();
            return new java.io.BufferedInputStream(Files.newInputStream(temp), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back " + temp + ": " + e.getMessage(), e);
        }
    }

    /** Discards the temporary file unless it was committed. */
    @Override
    public void close() {
        if (!done) {
            done = true;
            try {
                stream.close();
            } catch (IOException ignored) {
                // The file is being thrown away; a failure to flush it changes nothing.
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Best effort: a stray hidden temp file is harmless and never mistaken for a result.
            }
        }
    }
}
