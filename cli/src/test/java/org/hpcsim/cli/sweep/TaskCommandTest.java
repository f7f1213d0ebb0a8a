package org.hpcsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hpcsim.cli.BadFlagException;
import org.hpcsim.reports.sweep.PointResultFiles;
import org.hpcsim.scenarios.sweep.SweepLoader;
import org.hpcsim.scenarios.sweep.SweepSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command a cluster task runs: by default this JVM, which must really run a point from another folder. */
class TaskCommandTest {
    @TempDir
    Path tmp;

    @Test
    void shouldRunAPointWithThisJvmFromAnotherFolder() throws Exception {
        Path sweepFile = Files.writeString(tmp.resolve("tiny.yaml"), """
                name: tiny
                scenario:
                  name: tiny
                  seed: 3
                  cluster: {nodes: 4, coresPerNode: 2}
                  workload:
                    synthetic: {model: poisson, jobs: 30, load: 0.6}
                parameters:
                  - path: cluster.nodes
                    values: [2, 3]
                """);
        Path results = tmp.resolve("out").resolve("points");
        List<String> argv = new ArrayList<>(TaskCommand.ofThisJvm().sweepPoint(sweepFile.toString(), results.toString()));
        argv.addAll(List.of("--index", "1"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Process p = new ProcessBuilder(argv).directory(elsewhere.toFile()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "sweep-point did not end");
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), said);
        SweepSpec sweep = new SweepLoader().load(sweepFile);
        assertTrue(new PointResultFiles(results).has(1, sweep.fingerprint()));
    }

    @Test
    void shouldNameEveryClassPathEntryAbsolutely() {
        List<String> program = TaskCommand.ofThisJvm().program();
        assertEquals("org.hpcsim.cli.Main", program.get(program.size() - 1));
        String classPath = program.get(program.indexOf("-cp") + 1);
        for (String entry : classPath.split(File.pathSeparator)) {
            assertTrue(Path.of(entry).isAbsolute(), entry);
        }
        assertTrue(Path.of(program.get(0)).isAbsolute(), program.get(0));
    }

    @Test
    void shouldSkipAPointThatAlreadyHasAResult() {
        List<String> words = new TaskCommand(List.of("/opt/hpcsim/hpcsim")).sweepPoint("/s/a.yaml", "/s/out/points");
        assertEquals(List.of("/opt/hpcsim/hpcsim", "sweep-point", "/s/a.yaml", "--results", "/s/out/points",
                "--skip-done"), words);
    }

    @Test
    void shouldRefuseAnEmptyProgramOrAControlCharacter() throws IOException {
        assertThrows(BadFlagException.class, () -> new TaskCommand(List.of()));
        assertThrows(BadFlagException.class, () -> new TaskCommand(List.of(" ")));
        BadFlagException e = assertThrows(BadFlagException.class, () -> new TaskCommand(List.of("java", "a\nb")));
        assertEquals("--task-command: control characters (newline, tab...) are not allowed, got 'a\\nb'", e.getMessage());
    }
}
