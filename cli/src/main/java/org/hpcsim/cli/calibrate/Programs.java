package org.hpcsim.cli.calibrate;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Finds programs on a search path, as a shell would, without running a shell. */
final class Programs {
    private final String path;

    /** A finder over {@code path}, a PATH value (colon-separated folders). */
    Programs(String path) {
        this.path = path == null ? "" : path;
    }

    /** The finder over this process's PATH. */
    static Programs fromEnvironment(Map<String, String> env) {
        return new Programs(env.get("PATH"));
    }

    /** The first executable file named {@code name} in the path's folders; a name with a slash is taken as given. */
    Optional<Path> find(String name) {
        if (name.contains("/")) {
            Path p = Path.of(name);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
