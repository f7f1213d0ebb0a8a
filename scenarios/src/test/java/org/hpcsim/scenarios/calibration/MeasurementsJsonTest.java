package org.hpcsim.scenarios.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.calibration.Measurements;
import org.hpcsim.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementsJsonTest {
    @TempDir
    Path tmp;

    @Test
    void shouldReadBackExactlyWhatItWrote() throws IOException {
        BenchmarkFiles.Loaded loaded = BenchmarkFiles.load(List.of(Fixtures.path("imb_mpi1.txt"),
                Fixtures.path("osu_bw_v7.txt"), Fixtures.path("gpu_stream.txt"), Fixtures.path("numa_triad_0_1.txt"),
                Fixtures.path("numactl_H.txt")), null);
        Measurements m = loaded.measurements();
        String json = MeasurementsJson.render(m);
        Path file = Files.writeString(tmp.resolve("measurements.json"), json);
        Measurements back = MeasurementsJson.read(file);
        assertEquals(m, back);
        assertEquals(json, MeasurementsJson.render(back), "the same text again: deterministic");
    }

    @Test
    void shouldNameTheFieldOfABadFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("m.json"), "{\"hpcsim\": \"calibration-profile\", \"version\": 1}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> MeasurementsJson.read(file));
        assertEquals(file + ": hpcsim: expected 'calibration-measurements' (a file written by 'hpcsim calibrate run'),"
                + " got 'calibration-profile'", e.getMessage());
    }

    @Test
    void shouldNameTheLineOfAnUnknownKey() throws IOException {
        Path file = Files.writeString(tmp.resolve("m.json"), "{\"hpcsim\": \"calibration-measurements\",\n"
                + " \"version\": 1,\n \"latncy\": []}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> MeasurementsJson.read(file));
        assertEquals(file + ":3:2: unknown field 'latncy' (allowed here: allreduce, bandwidth, gpuKernels,"
                + " gpuTransfers, hpcsim, latency, machine, numaDistances, numaTriads, sources, version)", e.getMessage());
    }
}
