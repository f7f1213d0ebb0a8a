package org.hpcsim.cli.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.calibration.CalibrationFitter;
import org.hpcsim.models.calibration.CalibrationProfile;
import org.hpcsim.models.calibration.FitOptions;
import org.hpcsim.models.calibration.Measurements;
import org.hpcsim.scenarios.calibration.BenchmarkFiles;
import org.hpcsim.scenarios.calibration.MeasurementsBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NUMA triads on a machine of two nodes, played by a stand-in numactl (this machine may have
 * one): every (CPU node, memory node) pair runs the built triad once, and the outputs make a 2 x 2
 * bandwidth matrix with the firmware's distances.
 */
class CalibrateNumaRunTest {
    @TempDir
    Path tmp;

    @Test
    void shouldRunTheTriadForEveryPairOfNodesAndFitTheMatrix() throws IOException {
        Programs real = Programs.fromEnvironment(System.getenv());
        assumeTrue(real.find("cc").or(() -> real.find("gcc")).isPresent(), "no C compiler on PATH");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the stand-in numactl is a POSIX shell script");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        // Prints a two-node table for -H; otherwise drops the two binding options and runs the rest.
        Path numactl = Files.writeString(bin.resolve("numactl"), """
                #!/bin/sh
                if [ "$1" = "-H" ]; then
                  printf 'available: 2 nodes (0-1)\\nnode 0 cpus: 0\\nnode 0 size: 1000 MB\\nnode 1 cpus: 1\\nnode 1 size: 1000 MB\\nnode distances:\\nnode   0   1\\n  0:  10  21\\n  1:  21  10\\n'
                  exit 0
                fi
                shift 2
                exec "$@"
                """);
        Files.setPosixFilePermissions(numactl, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String compiler : List.of("cc", "gcc")) {
            real.find(compiler).ifPresent(p -> {
                try {
                    Files.createSymbolicLink(bin.resolve(compiler), p);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        Programs programs = new Programs(bin.toString());
        StringWriter out = new StringWriter();
        RunLog log = new RunLog(new PrintWriter(out));
        Path src = tmp.resolve("src");
        NativeSources.unpack(src);
        Map<String, Path> built = new Builder(programs, src, tmp.resolve("build"), tmp.resolve("logs"), log)
                .build(EnumSet.of(Part.NUMA));
        Path raw = Files.createDirectories(tmp.resolve("raw"));
        new BenchmarkRuns(programs, tmp, raw, tmp.resolve("logs"), log, Duration.ofMinutes(2), true,
                new MeasurementsBuilder()).numa(built);
        assertEquals(4, log.ranCount(), out.toString());
        Measurements m = BenchmarkFiles.load(List.of(raw), null).measurements();
        assertEquals(4, m.numaTriads().size());
        assertEquals(List.of(List.of(10, 21), List.of(21, 10)), m.numaDistances());
        CalibrationProfile p = CalibrationFitter.fit(m, FitOptions.defaults());
        assertEquals(List.of(0, 1), p.numa().nodes());
        assertEquals(1.0, p.numa().relative()[1][1], 1e-12);
        assertTrue(p.numa().bandwidth()[0][1] > 1e8, "a triad moves more than 100 MB/s: " + p.numa().bandwidth()[0][1]);
    }
}
