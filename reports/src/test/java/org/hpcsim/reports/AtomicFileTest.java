package org.hpcsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files appear whole or not at all, and an abandoned write leaves the previous version alone. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReplaceAnExistingFileOnlyOnCommit() throws IOException {
        Path target = Files.write(dir.resolve("summary.json"), bytes("old"));
        try (AtomicFile f = AtomicFile.open(target)) {
            f.stream().write(bytes("new content"));
            f.stream().flush();
            assertEquals("old", Files.readString(target), "replaced before commit");
            f.commit();
            assertEquals("new content", Files.readString(target));
        }
        assertEquals("new content", Files.readString(target), "close after commit keeps the file");
        assertEquals(List.of("summary.json"), names());
    }

    @Test
    void shouldLeaveTheOldContentWhenAWriteIsAbandoned() throws IOException {
        Path target = Files.write(dir.resolve("jobs.csv"), bytes("old rows\n"));
        try (AtomicFile f = AtomicFile.open(target)) {
            f.stream().write(bytes("half a new fi"));
            f.stream().flush();
        }
        assertEquals("old rows\n", Files.readString(target));
        assertEquals(List.of("jobs.csv"), names(), "the temporary file is gone");
    }

    @Test
    void shouldLeaveNothingWhenAFirstWriteIsAbandoned() throws IOException {
        Path target = dir.resolve("new.txt");
        AtomicFile f = AtomicFile.open(target);
        f.stream().write(bytes("x"));
        f.close();
        f.close();
        assertEquals(List.of(), names());
    }

    @Test
    void shouldAbandonTheWriteWhenAnExceptionLeavesTheBlock() throws IOException {
        Path target = Files.write(dir.resolve("summary.json"), bytes("old"));
        assertThrows(IllegalStateException.class, () -> {
            try (AtomicFile f = AtomicFile.open(target)) {
                f.stream().write(bytes("new"));
                throw new IllegalStateException("the run failed");
            }
        });
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("summary.json"), names());
    }

    @Test
    void shouldWriteUnderAHiddenTemporaryNameBesideTheTarget() throws IOException {
        Path target = dir.resolve("summary.json");
        try (AtomicFile f = AtomicFile.open(target)) {
            f.stream().write(bytes("{}"));
            List<String> during = names();
            assertEquals(1, during.size());
            String temp = during.get(0);
            assertTrue(temp.startsWith(".") && temp.endsWith(".tmp"), temp);
            assertFalse(Files.exists(target));
            f.commit();
        }
        assertEquals(List.of("summary.json"), names());
    }

    @Test
    void shouldCreateMissingFolders() throws IOException {
        Path target = dir.resolve("a/b/c/summary.json");
        AtomicFile.write(target, "text é\n");
        assertEquals("text é\n", Files.readString(target, StandardCharsets.UTF_8));
    }

    @Test
    void shouldWriteTextInOneStepReplacingTheOldFile() throws IOException {
        Path target = Files.write(dir.resolve("summary.json"), bytes("a much longer old content than the new"));
        AtomicFile.write(target, "short");
        assertEquals("short", Files.readString(target));
        assertEquals(List.of("summary.json"), names());
    }

    @Test
    void shouldFailWithTheTargetNamedWhenTheFolderCannotBeMade() throws IOException {
        Path file = Files.write(dir.resolve("plain-file"), bytes("x"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> AtomicFile.open(file.resolve("summary.json")));
        assertTrue(e.getMessage().startsWith("cannot create " + file.resolve("summary.json")), e.getMessage());
    }
}
