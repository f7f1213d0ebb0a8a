package org.hpcsim.scenarios.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hpcsim.models.calibration.Measurements;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioException;

/**
 * Gathers measurements from files and folders: a calibration folder written by `hpcsim calibrate
 * run` (its measurements.json), and any OSU, IMB, hpcsim benchmark or numactl -H outputs a user
 * brings, recognised by their content whatever their names. A folder is read to two levels, files
 * in name order; what is not a benchmark output is skipped and said so.
 */
public final class BenchmarkFiles {
    // Past this a file is no benchmark's text output.
    private static final long MAX_BYTES = 16L << 20;

    /**
     * What was read.
     *
     * @param measurements everything found
     * @param skipped      "FILE: why" for every file left aside
     */
    public record Loaded(Measurements measurements, List<String> skipped) {
        /** Copies the list. */
        public Loaded {
            skipped = List.copyOf(skipped);
        }
    }

    private BenchmarkFiles() {}

    /**
     * Reads {@code paths} (files or folders); {@code allreduceRanks} is the rank count of OSU
     * allreduce outputs that do not say theirs (null: none given).
     */
    public static Loaded load(List<Path> paths, Integer allreduceRanks) {
        MeasurementsBuilder b = new MeasurementsBuilder();
        List<String> skipped = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                Path json = p.resolve(MeasurementsJson.FILE_NAME);
                if (Files.isRegularFile(json)) {
                    b.addAll(MeasurementsJson.read(json));
                    continue;
                }
                for (Path f : filesIn(p)) {
                    String why = readFile(f, allreduceRanks, b);
                    if (why != null && !why.isEmpty()) {
                        skipped.add(f + ": " + why);
                    }
                }
            } else if (Files.isRegularFile(p)) {
                String why = readFile(p, allreduceRanks, b);
                if (why != null && !why.isEmpty()) {
                    throw new ScenarioException(p + ": " + why);
                }
            } else {
                throw new InputNotFoundException(p + ": no such file or folder");
            }
        }
        return new Loaded(b.build(), skipped);
    }

    private static List<Path> filesIn(Path dir) {
        try (Stream<Path> s = Files.walk(dir, 2)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted((a, c) -> dir.relativize(a).toString().compareTo(dir.relativize(c).toString()))
                    .toList();
        } catch (IOException e) {
            throw new ScenarioException(dir + ": cannot list: " + e.getMessage());
        }
    }

    /**
     * Reads one file into {@code b}; null when used, else why it was skipped: empty for what a
     * calibration writes beside its measurements (charts, a profile), which needs no mention.
     */
    private static String readFile(Path f, Integer allreduceRanks, MeasurementsBuilder b) {
        String origin = f.toString();
        String name = f.getFileName().toString();
        if (name.endsWith(".png") || name.endsWith(".svg")) {
            return "";
        }
        if (f.getFileName().toString().equals(MeasurementsJson.FILE_NAME)) {
            b.addAll(MeasurementsJson.read(f));
            return null;
        }
        byte[] bytes;
        try {
            if (Files.size(f) > MAX_BYTES) {
                return "larger than " + (MAX_BYTES >> 20) + " MiB: not a benchmark output";
            }
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            throw new ScenarioException(origin + ": cannot read: " + e.getMessage());
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return "binary, not a benchmark output";
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith(ProfileYaml.HEADER_FIRST_LINE)) {
            return "";
        }
        if (KernelTableReader.recognizes(text)) {
            KernelTableReader.read(text, origin, b);
            return null;
        }
        if (NumaHardware.recognizes(text)) {
            NumaHardware h = NumaHardware.parse(text, origin);
            b.numaDistances(h.distances());
            b.machine("numaNodes", String.valueOf(h.nodes().size()));
            b.source(origin);
            return null;
        }
        if (OsuReader.recognizes(text)) {
            return OsuReader.read(text, origin, allreduceRanks, b);
        }
        if (ImbReader.recognizes(text)) {
            return ImbReader.read(text, origin, b);
        }
        return "not an OSU, IMB, hpcsim benchmark or numactl -H output";
    }
}
