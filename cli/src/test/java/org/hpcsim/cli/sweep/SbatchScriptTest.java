package org.hpcsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hpcsim.cli.BadFlagException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job array's batch script: every word reaches the task exactly as written, and unsafe words are refused. */
class SbatchScriptTest {
    @TempDir
    Path tmp;

    /** Words a shell would expand, split or end a command at, were they not quoted. */
    private static final List<String> NASTY = List.of("/tmp/it's here/sweep.yaml", "$(touch pwned)", "`touch pwned`",
            "a;b|c&d", "\"double\" and \\backslash", "*", "$HOME", "' ; touch pwned ; '", "-n", "");

    @Test
    void shouldPassEveryWordToTheTaskUnchangedWhateverItHolds() throws Exception {
        // printf prints each argument on its own line: the script's argv, seen by the program.
        List<String> task = new ArrayList<>(List.of("printf", "%s\\n"));
        task.addAll(NASTY);
        Path script = SbatchScript.write(tmp.resolve("slurm").resolve("sweep.sbatch"), "study", task);

        ProcessBuilder pb = new ProcessBuilder("/bin/sh", script.toString()).directory(tmp.toFile())
                .redirectErrorStream(true);
        pb.environment().remove("SLURM_ARRAY_TASK_ID");
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>(NASTY);
        // The task index comes last, from the environment (unset here, so empty).
        expected.addAll(List.of("--index", ""));
        assertEquals(expected, out.lines().toList());
        assertFalse(Files.exists(tmp.resolve("pwned")), "a word was run as a command");
    }

    @Test
    void shouldGiveTheTaskItsArrayIndex() throws Exception {
        Path script = SbatchScript.write(tmp.resolve("s.sbatch"), "study", List.of("printf", "%s\\n"));
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", script.toString()).redirectErrorStream(true);
        pb.environment().put("SLURM_ARRAY_TASK_ID", "7");
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(List.of("--index", "7"),
                new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void shouldStartWithAShebangAndLeaveNoTemporaryFile() throws IOException {
        Path dir = tmp.resolve("slurm");
        SbatchScript.write(dir.resolve("sweep.sbatch"), "study", List.of("/opt/hpcsim/hpcsim"));
        // sbatch(1) requires the script's first line to name its interpreter.
        assertTrue(Files.readString(dir.resolve("sweep.sbatch")).startsWith("#!/bin/sh\n"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("sweep.sbatch"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void shouldRefuseAWordWithANewlineInOneLine() {
        BadFlagException e = assertThrows(BadFlagException.class,
                () -> SbatchScript.render("study", List.of("java", "/tmp/a\nrm -rf ~")));
        assertEquals("task command: control characters (newline, tab...) are not allowed, got '/tmp/a\\nrm -rf ~'",
                e.getMessage());
    }

    @Test
    void shouldRefuseOtherControlCharacters() {
        for (String bad : List.of("a\tb", "a\rb", "a\u0000b", "a\u001bb", "a\u007fb")) {
            BadFlagException e = assertThrows(BadFlagException.class,
                    () -> SbatchScript.render("study", List.of("java", bad)), bad);
            assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
        }
    }

    @Test
    void shouldQuoteAWordWithinSingleQuotes() {
        assertEquals("'plain'", ShellWords.quote("plain"));
        assertEquals("'it'\\''s'", ShellWords.quote("it's"));
        assertEquals("''", ShellWords.quote(""));
    }
}
