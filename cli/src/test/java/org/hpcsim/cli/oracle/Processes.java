package org.hpcsim.cli.oracle;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an external command from an argument array (never a shell string) and captures its output. */
public final class Processes {
    private Processes() {}

    /** What a finished command did: its exit code and standard output and error, interleaved. */
    public record Result(List<String> command, int code, String output) {
        /** This result, or an exception carrying the command and its output when it failed. */
        public Result requireSuccess() {
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + code + ":\n" + output);
            }
            return this;
        }
    }

    /**
     * Runs {@code command} in {@code dir} with {@code env} added to this JVM's environment, and
     * waits up to {@code timeout}; a command still running then is killed and reported as failed.
     */
    public static Result run(List<String> command, Path dir, Map<String, String> env, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            // Output is read on this thread after exit would deadlock on a full pipe, so it is
            // drained on a helper thread while this one keeps the clock.
            StringBuilder out = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    out.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    out.append("(output lost: ").append(e.getMessage()).append(')');
                }
            }, "output of " + command.get(0));
            reader.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                reader.join(1000);
                return new Result(command, 124, out + "\n(timed out after " + timeout + ")");
            }
            reader.join();
            return new Result(command, p.exitValue(), out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted: " + String.join(" ", command)));
        }
    }
}
