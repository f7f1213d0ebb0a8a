package org.hpcsim.scenarios.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkFilesTest {
    @TempDir
    Path tmp;

    @Test
    void shouldReadAFolderOfOutputsByContentAndSkipTheRest() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("cluster"));
        Files.copy(Fixtures.path("osu_latency_v7.txt"), dir.resolve("lat.out"));
        Files.copy(Fixtures.path("osu_bw_v7.txt"), dir.resolve("bw.log"));
        Files.copy(Fixtures.path("osu_bibw.txt"), dir.resolve("bibw.txt"));
        Files.writeString(dir.resolve("README"), "notes about the run\n");
        Files.write(dir.resolve("chart.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.write(dir.resolve("core"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0});
        Files.writeString(dir.resolve("profile.yaml"), "# hpcsim calibration profile, written by 'hpcsim calibrate"
                + " fit'.\nhpcsim: \"calibration-profile\"\n");
        BenchmarkFiles.Loaded l = BenchmarkFiles.load(List.of(dir), null);
        assertEquals(1, l.measurements().latency().size());
        assertEquals(1, l.measurements().bandwidth().size());
        assertEquals(List.of(dir.resolve("README") + ": not an OSU, IMB, hpcsim benchmark or numactl -H output",
                dir.resolve("bibw.txt") + ": OSU Bi-Directional Bandwidth test: hpcsim fits osu_latency, osu_bw and"
                        + " osu_allreduce",
                dir.resolve("core") + ": binary, not a benchmark output"), l.skipped(),
                "what a calibration writes itself (charts, a profile) goes unmentioned");
    }

    @Test
    void shouldRefuseANamedFileItCannotUse() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> BenchmarkFiles.load(List.of(Fixtures.path("osu_bibw.txt")), null));
        assertEquals(Fixtures.path("osu_bibw.txt") + ": OSU Bi-Directional Bandwidth test: hpcsim fits osu_latency,"
                + " osu_bw and osu_allreduce", e.getMessage());
    }

    @Test
    void shouldSayAMissingPathIsMissing() {
        Path missing = tmp.resolve("nope");
        InputNotFoundException e = assertThrows(InputNotFoundException.class,
                () -> BenchmarkFiles.load(List.of(missing), null));
        assertEquals(missing + ": no such file or folder", e.getMessage());
    }

    @Test
    void shouldPreferAFoldersMeasurementsJson() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("run"));
        BenchmarkFiles.Loaded first = BenchmarkFiles.load(List.of(Fixtures.path("osu_latency_v7.txt")), null);
        Files.writeString(dir.resolve("measurements.json"), MeasurementsJson.render(first.measurements()));
        Files.createDirectories(dir.resolve("raw"));
        Files.copy(Fixtures.path("osu_latency_v7.txt"), dir.resolve("raw").resolve("latency.txt"));
        BenchmarkFiles.Loaded l = BenchmarkFiles.load(List.of(dir), null);
        assertEquals(1, l.measurements().latency().size(), "the raw copy is not read twice");
    }
}
