package org.hpcsim.scenarios.slurmconf;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hpcsim.scenarios.ScenarioException;
import org.junit.jupiter.api.function.Executable;

/** Writes small configuration files for the tests and reads them back. */
final class ConfFiles {
    private ConfFiles() {}

    /** Writes the lines as a file in the folder (creating folders) and returns its path. */
    static Path write(Path dir, String name, String... lines) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the lines as slurm.conf in the folder and reads it. */
    static SlurmConf read(Path dir, String... lines) {
        return SlurmConfReader.read(write(dir, "slurm.conf", lines));
    }

    /** The one-line message of the ScenarioException the code throws. */
    static String error(Executable code) {
        return assertThrows(ScenarioException.class, code).getMessage();
    }
}
