package org.hpcsim.cli.sweep;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.cli.BadFlagException;
import org.hpcsim.cli.Main;

/**
 * The program a cluster task runs to compute one point: this JVM's java and class path by default
 * (the nodes see the same shared files), or one the user names word by word.
 *
 * @param program the program and its leading arguments, one argument array element each
 */
public record TaskCommand(List<String> program) {
    /** Checks the words: at least one, none with a control character. */
    public TaskCommand {
        program = List.copyOf(program);
        if (program.isEmpty() || program.get(0).isBlank()) {
            throw new BadFlagException("--task-command: needs the program to run (for example /shared/hpcsim/hpcsim)");
        }
        for (String word : program) {
            ShellWords.requireNoControl("--task-command", word);
        }
    }

    /**
     * This JVM: its java binary, hpcsim's class path with every entry made absolute (a task starts
     * in another folder) and hpcsim's main class. The serial collector, as the hpcsim launcher uses:
     * a point is one single-threaded simulation.
     */
    public static TaskCommand ofThisJvm() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return new TaskCommand(List.of(java, "-XX:+UseSerialGC", "-cp", String.join(File.pathSeparator, entries),
                Main.class.getName()));
    }

    /**
     * The words that run one point of {@code sweepFile} into {@code results}, the index left for the
     * task to add. A point that already has a result is skipped, so a task retried after its point
     * was written (or an index of a Kubernetes Job over all points) costs only a start-up.
     */
    public List<String> sweepPoint(String sweepFile, String results) {
        List<String> argv = new ArrayList<>(program);
        argv.addAll(List.of("sweep-point", sweepFile, "--results", results, "--skip-done"));
        return argv;
    }
}
