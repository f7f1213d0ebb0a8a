package org.hpcsim.cli.calibrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program from an argument array, never through a shell, its standard output and error
 * going to files; a program that cannot start is a result (exit -1), not an exception, since
 * calibration reports what it could not do and goes on.
 *
 * @param argv    the program and its arguments
 * @param code    exit status; -1 when it could not start, -2 when it ran out of time
 * @param stdout  the file holding its standard output
 * @param stderr  the file holding its standard error
 * @param problem why it could not start or was stopped, empty otherwise
 */
record ProcessRun(List<String> argv, int code, Path stdout, Path stderr, String problem) {
    /** Whether it ran and exited 0. */
    boolean ok() {
        return code == 0;
    }

    /** One line on why it failed: the problem, or its exit code and the first line it complained. */
    String failure() {
        if (!problem.isEmpty()) {
            return problem;
        }
        String said = firstLine(stderr);
        if (said.isEmpty()) {
            said = firstLine(stdout);
        }
        return Path.of(argv.get(0)).getFileName() + " exited " + code + (said.isEmpty() ? "" : ": " + said);
    }

    /**
     * Runs {@code argv} in {@code dir}, output to {@code stdout} and {@code stderr}, for at most
     * {@code timeout}; past it the program and everything it started are stopped.
     */
    static ProcessRun run(List<String> argv, Path dir, Path stdout, Path stderr, Duration timeout) {
        try {
            Files.createDirectories(stdout.toAbsolutePath().getParent());
            Files.createDirectories(stderr.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + stdout.getParent() + ": " + e.getMessage(), e);
        }
        Process p;
        try {
            p = new ProcessBuilder(argv).directory(dir.toFile()).redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile()).start();
            // Nothing to say on its standard input: closed, a program that reads it sees the end.
            p.getOutputStream().close();
        } catch (IOException e) {
            return new ProcessRun(argv, -1, stdout, stderr, argv.get(0) + ": cannot run it (" + e.getMessage() + ")");
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                // Only what this run started: mpirun's ranks are its descendants.
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                return new ProcessRun(argv, -2, stdout, stderr, Path.of(argv.get(0)).getFileName()
                        + " did not finish within " + timeout.toSeconds() + " s (raise --timeout)");
            }
        } catch (InterruptedException e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return new ProcessRun(argv, -2, stdout, stderr, "interrupted");
        }
        return new ProcessRun(argv, p.exitValue(), stdout, stderr, "");
    }

    private static String firstLine(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return "";
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#") && !s.startsWith("---")) {
                    return s;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
        return "";
    }
}
