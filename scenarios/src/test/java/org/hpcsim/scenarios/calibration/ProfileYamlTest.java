package org.hpcsim.scenarios.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.calibration.CalibratedModels;
import org.hpcsim.models.calibration.CalibrationFitter;
import org.hpcsim.models.calibration.CalibrationProfile;
import org.hpcsim.models.calibration.FitOptions;
import org.hpcsim.models.calibration.Measurements;
import org.hpcsim.models.calibration.PredictionCheck;
import org.hpcsim.models.calibration.PredictionError;
import org.hpcsim.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileYamlTest {
    @TempDir
    Path tmp;

    private static Measurements measurements() {
        return BenchmarkFiles.load(List.of(Fixtures.path("imb_mpi1.txt"), Fixtures.path("osu_bw_v7.txt"),
                Fixtures.path("gpu_stream.txt"), Fixtures.path("numa_triad_0_1.txt"),
                Fixtures.path("numactl_H.txt")), null).measurements();
    }

    @Test
    void shouldPredictTheSameAfterWritingAndReadingTheProfile() throws IOException {
        Measurements m = measurements();
        CalibrationProfile p = CalibrationFitter.fit(m, new FitOptions(3, 4, 4, true));
        String yaml = ProfileYaml.render(p);
        Path file = Files.writeString(tmp.resolve("profile.yaml"), yaml);
        CalibratedModels back = ProfileReader.read(file);
        List<PredictionError> direct = PredictionCheck.of(m, p.models()).errors();
        List<PredictionError> read = PredictionCheck.of(m, back).errors();
        assertEquals(direct.size(), read.size());
        assertTrue(direct.size() > 40, "latency, bandwidth, allreduce and GPU rows: " + direct.size());
        for (int i = 0; i < direct.size(); i++) {
            assertEquals(direct.get(i).heldOut(), read.get(i).heldOut());
            // Six significant digits in the file.
            assertEquals(direct.get(i).predicted(), read.get(i).predicted(), 2e-5 * direct.get(i).predicted(),
                    direct.get(i).toString());
        }
        assertNotNull(back.logGp());
        assertEquals(yaml, ProfileYaml.render(CalibrationFitter.fit(measurements(), new FitOptions(3, 4, 4, true))),
                "the same measurements give the same file");
        assertTrue(yaml.contains("\n  pointToPoint:\n    model: \"piecewise-hockney\"\n"), yaml);
        assertTrue(yaml.contains("distances:\n  - [10, 21]\n  - [21, 10]\n"), yaml);
    }

    @Test
    void shouldNameTheFieldOfAnImpossibleParameter() throws IOException {
        String yaml = ProfileYaml.render(CalibrationFitter.fit(measurements(), FitOptions.defaults()));
        int at = yaml.indexOf("alphaSeconds: ") + "alphaSeconds: ".length();
        String bad = yaml.substring(0, at) + "-" + yaml.substring(at);
        Path file = Files.writeString(tmp.resolve("bad.yaml"), bad);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ProfileReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": network.pointToPoint.segments[0].alphaSeconds: expected"
                + " seconds >= 0, got -"), e.getMessage());
    }

    @Test
    void shouldRefuseAFileThatIsNotAProfile() throws IOException {
        Path file = Files.writeString(tmp.resolve("scenario.yaml"), "hpcsim: something\nversion: 1\nnetwork: {}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ProfileReader.read(file));
        assertEquals(file + ": hpcsim: expected 'calibration-profile' (a file written by 'hpcsim calibrate fit'),"
                + " got 'something'", e.getMessage());
    }
}
