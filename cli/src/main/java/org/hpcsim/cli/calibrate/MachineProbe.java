package org.hpcsim.cli.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hpcsim.scenarios.calibration.MeasurementsBuilder;

/**
 * What this machine is, for measurements.json: CPU model, cores and logical CPUs from /proc/cpuinfo,
 * the operating system, and the versions the launchers report (mpirun, nvidia-smi).
 */
final class MachineProbe {
    private MachineProbe() {}

    /** Records the CPU and operating system into {@code into}. */
    static void cpu(MeasurementsBuilder into) {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        String model = null;
        int processors = 0;
        // A core is a (physical id, core id) pair; hardware threads share it.
        Set<String> cores = new TreeSet<>();
        String socket = "";
        if (Files.isReadable(cpuinfo)) {
            try {
                for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
                    String key = line.contains(":") ? line.substring(0, line.indexOf(':')).strip() : "";
                    String value = line.contains(":") ? line.substring(line.indexOf(':') + 1).strip() : "";
                    if (key.equals("processor")) {
                        processors++;
                    } else if (key.equals("physical id")) {
                        socket = value;
                    } else if (key.equals("core id")) {
                        cores.add(socket + "/" + value);
                    } else if (model == null && (key.equals("model name") || key.equals("Model"))) {
                        model = line.substring(line.indexOf(':') + 1).strip();
                    }
                }
            } catch (IOException e) {
                // Fall back to what Java knows below.
            }
        }
        into.machine("cpu", model != null ? model : System.getProperty("os.arch"));
        if (!cores.isEmpty()) {
            into.machine("cores", String.valueOf(cores.size()));
        }
        into.machine("logicalCpus", String.valueOf(processors > 0 ? processors : Runtime.getRuntime().availableProcessors()));
        into.machine("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    /** The first non-blank line of a program's version output, or null. */
    static String firstLine(ProcessRun r) {
        if (!r.ok()) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(r.stdout(), StandardCharsets.UTF_8);
            return lines.stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether this process runs as root (Open MPI's mpirun refuses root unless told). */
    static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("Uid:")) {
                    return line.substring(4).strip().split("\\s+")[0].equals("0");
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: decide by name below.
        }
        return "root".equals(System.getProperty("user.name", "").toLowerCase(Locale.ROOT));
    }
}
