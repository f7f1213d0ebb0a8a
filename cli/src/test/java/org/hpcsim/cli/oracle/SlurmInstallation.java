package org.hpcsim.cli.oracle;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Whether this machine can run the oracle's real Slurm: its programs are installed and we are root. */
public final class SlurmInstallation {
    // slurmctld, slurmd and munged live in /usr/sbin, which a non-root PATH often lacks.
    private static final List<String> PROGRAMS = List.of("slurmctld", "slurmd", "sbatch", "squeue", "sinfo",
            "scancel", "munged", "mungekey");

    private SlurmInstallation() {}

    /** The programs the oracle needs that are not found, empty when all are there. */
    public static List<String> missingPrograms() {
        List<Path> dirs = new ArrayList<>();
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty()) {
                dirs.add(Path.of(d));
            }
        }
        dirs.add(Path.of("/usr/sbin"));
        dirs.add(Path.of("/sbin"));
        List<String> missing = new ArrayList<>();
        for (String p : PROGRAMS) {
            if (dirs.stream().noneMatch(d -> Files.isExecutable(d.resolve(p)))) {
                missing.add(p);
            }
        }
        return missing;
    }

    /** Whether this JVM runs as root, which the daemons need (SlurmUser=root). */
    public static boolean isRoot() {
        Processes.Result r = Processes.run(List.of("id", "-u"), Path.of("."), Map.of(), Duration.ofSeconds(10));
        return r.code() == 0 && r.output().strip().equals("0");
    }

    /**
     * Skips the calling test, named {@code test} in the message, unless a real Slurm can run here.
     * As root (CI runs scripts/test as root) a missing Slurm is installed instead, so the test never
     * goes missing silently.
     */
    public static void assumeUsable(Path script, String test) {
        boolean root = isRoot();
        List<String> missing = missingPrograms();
        if (!missing.isEmpty()) {
            Assumptions.assumeTrue(root, test + " skipped: " + missing + " not installed, and installing them needs"
                    + " root (scripts/slurm-local install)");
            install(script);
        }
        Assumptions.assumeTrue(root, test + " skipped: the Slurm daemons need root (SlurmUser=root)");
    }

    /** Installs Slurm and munge with {@code scripts/slurm-local install} (root and apt-get). */
    public static void install(Path script) {
        Processes.run(List.of("bash", script.toString(), "install"), Path.of("."), Map.of(), Duration.ofMinutes(10))
                .requireSuccess();
    }
}
