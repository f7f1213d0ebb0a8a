package org.hpcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Running hpcsim in the test's JVM through {@link Main#execute} with standard output and error
 * captured, the checks every failure must pass, and the input files the tests share.
 */
final class Cli {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {}

    /** What one command did. */
    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        /** Standard output parsed as JSON. */
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + out, e);
            }
        }
    }

    /** Runs {@code hpcsim ARGS} in this JVM with standard output and error captured. */
    static Result hpcsim(Object... args) {
        String[] words = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = String.valueOf(args[i]);
        }
        // Standard streams are global: one command at a time, whichever test class calls.
        synchronized (Cli.class) {
            PrintStream oldOut = System.out;
            PrintStream oldErr = System.err;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code;
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                code = Main.execute(words);
                System.out.flush();
                System.err.flush();
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** Runs a command that must succeed quietly on standard error; returns what it did. */
    static Result ok(Object... args) {
        Result r = hpcsim(args);
        assertEquals(0, r.code(), "exit code; stderr: " + r.err());
        assertEquals("", r.err(), "nothing on stderr");
        return r;
    }

    /** Checks a failure: its exit code, one line on stderr starting "hpcsim: ", no stack trace; returns the line. */
    static String failure(Result r, int code) {
        assertEquals(code, r.code(), "exit code; stderr: " + r.err());
        List<String> lines = r.errLines();
        assertEquals(1, lines.size(), "stderr is not one line: " + r.err());
        String line = lines.get(0);
        assertTrue(line.startsWith("hpcsim: "), line);
        assertFalse(r.err().contains("at org.") || r.err().contains("\tat ") || r.err().contains("Exception"),
                "stack trace or exception name on stderr: " + r.err());
        assertEquals("", r.out(), "nothing on stdout");
        return line;
    }

    /** A trace of the shared data folder; the test is skipped when it is absent. */
    static Path sharedTrace(String name) {
        Path fromModule = Path.of("..", "..", "shared", "data", "traces", name);
        Path file = Files.exists(fromModule) ? fromModule : Path.of("..", "shared", "data", "traces", name);
        assumeTrue(Files.isRegularFile(file), "trace not present: " + file.toAbsolutePath());
        return file.toAbsolutePath().normalize();
    }

    /** A test resource of the scenarios module (sample sacct and PBS logs), from the cli module's folder. */
    static Path scenariosResource(String name) {
        Path file = Path.of("..", "scenarios", "src", "test", "resources").resolve(name).toAbsolutePath().normalize();
        assertTrue(Files.exists(file), "missing test resource " + file);
        return file;
    }

    /** A run's summary.json. */
    static JsonNode summary(Path dir) {
        try {
            return JSON.readTree(dir.resolve("summary.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
