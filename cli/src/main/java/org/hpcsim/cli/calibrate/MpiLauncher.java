package org.hpcsim.cli.calibrate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hpcsim.cli.BadFlagException;
import org.hpcsim.scenarios.calibration.MeasurementsBuilder;

/**
 * The launcher words before a rank count and an MPI program: the user's own (--mpirun), or
 * mpirun (or mpiexec) from PATH, with the options Open MPI needs to run as root and to place more
 * ranks than it counts slots (it counts physical cores, so 2 ranks on one core with two hardware
 * threads need it; with slots to spare it changes nothing).
 */
final class MpiLauncher {
    private final List<String> prefix;

    private MpiLauncher(List<String> prefix) {
        this.prefix = List.copyOf(prefix);
    }

    /** The words that start {@code ranks} ranks: the launcher, its options, then -np N (srun: -n N). */
    List<String> words(int ranks) {
        List<String> w = new ArrayList<>(prefix);
        boolean srun = Path.of(prefix.get(0)).getFileName().toString().equals("srun");
        w.add(srun ? "-n" : "-np");
        w.add(String.valueOf(ranks));
        return w;
    }

    /**
     * The launcher: {@code flag}'s words (split at spaces, no shell quoting) when given, else mpirun
     * or mpiexec from PATH; null, logged as skipped, when there is none. Its version line goes into
     * {@code machine}.
     */
    static MpiLauncher of(String flag, Programs programs, Path work, Path logs, RunLog log,
                          MeasurementsBuilder machine) {
        if (flag != null) {
            Path launcher = checkFlag(flag, programs);
            List<String> words = List.of(flag.strip().split("\\s+"));
            version(launcher, work, logs, machine);
            List<String> prefix = new ArrayList<>(words);
            prefix.set(0, launcher.toString());
            return new MpiLauncher(prefix);
        }
        Optional<Path> launcher = programs.find("mpirun").or(() -> programs.find("mpiexec"));
        if (launcher.isEmpty()) {
            log.skipped("mpi runs: no mpirun or mpiexec on PATH (give one with --mpirun)");
            return null;
        }
        String version = version(launcher.get(), work, logs, machine);
        boolean openMpi = version != null && (version.contains("Open MPI") || version.contains("OpenRTE"));
        List<String> prefix = new ArrayList<>(List.of(launcher.get().toString()));
        if (openMpi) {
            if (MachineProbe.isRoot()) {
                prefix.add("--allow-run-as-root");
            }
            prefix.add("--oversubscribe");
        }
        return new MpiLauncher(prefix);
    }

    /** The launcher named first in {@code flag}, or a one-line error naming the flag. */
    static Path checkFlag(String flag, Programs programs) {
        String[] words = flag.strip().split("\\s+");
        if (words[0].isEmpty()) {
            throw new BadFlagException("--mpirun: empty; give the launcher and its options, e.g. --mpirun"
                    + " \"mpirun --map-by node\"");
        }
        return programs.find(words[0]).orElseThrow(() -> new BadFlagException("--mpirun: '" + words[0]
                + "' is not an executable on PATH"));
    }

    private static String version(Path launcher, Path work, Path logs, MeasurementsBuilder machine) {
        ProcessRun r = ProcessRun.run(List.of(launcher.toString(), "--version"), work, logs.resolve("mpirun-version.out"),
                logs.resolve("mpirun-version.err"), Duration.ofSeconds(60));
        String line = MachineProbe.firstLine(r);
        machine.machine("mpirun", line);
        return line;
    }
}
