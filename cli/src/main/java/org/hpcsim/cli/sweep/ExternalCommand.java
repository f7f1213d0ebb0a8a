package org.hpcsim.cli.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program from an argument array, never through a shell, so no value (a path, a sweep
 * name, an sbatch option) is ever parsed as shell syntax.
 */
final class ExternalCommand {
    private ExternalCommand() {}

    /** What a finished program did. */
    record Result(List<String> argv, int code, String stdout, String stderr) {
        /** The program's name and its first line of complaint, for a one-line message. */
        String failure() {
            String said = firstLine(stderr.isBlank() ? stdout : stderr);
            return argv.get(0) + " failed (exit " + code + ")" + (said.isEmpty() ? "" : ": " + said);
        }

        private static String firstLine(String text) {
            return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        }
    }

    /**
     * Runs {@code argv} with this process's environment and waits up to {@code timeout}; a program
     * that cannot be started or does not end in time is an {@link ExternalCommandException}.
     */
    static Result run(List<String> argv, Duration timeout) {
        Process p;
        try {
            p = new ProcessBuilder(argv).start();
            // Nothing to say on its standard input: closed, a program that reads it sees the end.
            p.getOutputStream().close();
        } catch (IOException e) {
            throw new ExternalCommandException(argv.get(0) + ": cannot run it (" + e.getMessage()
                    + "); is it installed and on PATH?");
        }
        // Both streams drain on helper threads: a program blocked on a full pipe would never exit.
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Thread outReader = drain(p.getInputStream(), out, argv.get(0) + " stdout");
        Thread errReader = drain(p.getErrorStream(), err, argv.get(0) + " stderr");
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new ExternalCommandException(argv.get(0) + ": no answer within "
                        + (timeout.toSeconds() > 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms"));
            }
            outReader.join();
            errReader.join();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while " + argv.get(0) + " ran"));
        }
        return new Result(argv, p.exitValue(), out.toString(), err.toString());
    }

    private static Thread drain(InputStream in, StringBuilder sink, String name) {
        Thread t = new Thread(() -> {
            // The caller reads the sink only after join(), which orders these writes before it.
            try (in) {
                sink.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                sink.append("(output lost: ").append(e.getMessage()).append(')');
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
