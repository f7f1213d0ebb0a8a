package org.hpcsim.cli.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark sources in the jar: all of them listed, unpacked intact, and the CUDA ones compiling. */
class CalibrateNativeSourcesTest {
    @TempDir
    Path tmp;

    private static final Path SOURCES = Path.of("..", "models", "src", "main", "native");

    @Test
    void shouldListEverySourceOfTheNativeFolder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> s = Files.walk(SOURCES)) {
            onDisk = s.filter(Files::isRegularFile).map(p -> SOURCES.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertEquals(onDisk, NativeSources.FILES, "NativeSources.FILES must name every file under " + SOURCES);
    }

    @Test
    void shouldUnpackEachSourceAsItIsInTheRepository() throws IOException {
        NativeSources.unpack(tmp);
        for (String name : NativeSources.FILES) {
            assertEquals(Files.readString(SOURCES.resolve(name)), Files.readString(tmp.resolve(name)), name);
        }
    }

    @Test
    void shouldCompileTheCudaBenchmarksWhereNvccExists() {
        Programs programs = Programs.fromEnvironment(System.getenv());
        assumeTrue(programs.find("nvcc").isPresent(), "nvcc is not on PATH: the CUDA compile check needs the CUDA"
                + " toolkit (no GPU needed)");
        Path src = tmp.resolve("src");
        NativeSources.unpack(src);
        StringWriter out = new StringWriter();
        RunLog log = new RunLog(new PrintWriter(out));
        Map<String, Path> built = new Builder(programs, src, tmp.resolve("build"), tmp.resolve("logs"), log)
                .build(EnumSet.of(Part.GPU));
        assertEquals(List.of("gpu_vector_add", "gpu_stream", "gpu_gemm", "gpu_transfer"), List.copyOf(built.keySet()),
                out.toString());
        for (Path p : built.values()) {
            assertTrue(Files.isExecutable(p), p + " built");
        }
        assertTrue(log.skippedSteps().isEmpty(), out.toString());
    }

    @Test
    void shouldSayWhatItSkipsWhenACompilerIsMissing() {
        StringWriter out = new StringWriter();
        RunLog log = new RunLog(new PrintWriter(out));
        Map<String, Path> built = new Builder(new Programs(tmp.toString()), tmp, tmp.resolve("build"),
                tmp.resolve("logs"), log).build(EnumSet.allOf(Part.class));
        assertTrue(built.isEmpty());
        assertEquals(List.of(
                "mpi: no mpicc on PATH (install an MPI, e.g. Debian's openmpi-bin and libopenmpi-dev)",
                "gpu: no nvcc on PATH (install the CUDA toolkit)",
                "numa: no C compiler (cc or gcc) on PATH"), log.skippedSteps());
    }
}
