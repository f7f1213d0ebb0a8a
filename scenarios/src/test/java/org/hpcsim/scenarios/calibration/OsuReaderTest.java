package org.hpcsim.scenarios.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hpcsim.models.calibration.Measurements;
import org.hpcsim.models.calibration.Series;
import org.hpcsim.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;

class OsuReaderTest {
    private static Measurements read(String name, Integer ranks) {
        MeasurementsBuilder b = new MeasurementsBuilder();
        assertNull(OsuReader.read(Fixtures.text(name), name, ranks, b));
        return b.build();
    }

    @Test
    void shouldReadOsuLatency75InSecondsIgnoringTheLaunchersWarnings() {
        Series s = read("osu_latency_v7.txt", null).latency().get(0);
        assertEquals(23, s.points().size());
        assertEquals(1, s.points().get(0).bytes());
        assertEquals(1.71e-6, s.points().get(0).value(), 1e-15);
        assertEquals(4194304, s.points().get(22).bytes());
        assertEquals(811.39e-6, s.points().get(22).value(), 1e-12);
    }

    @Test
    void shouldReadTheOlderLayoutWithTheDatatypeAfterTheHeaderAndAZeroByteRow() {
        Series s = read("osu_latency_v72.txt", null).latency().get(0);
        assertEquals(0, s.points().get(0).bytes());
        assertEquals(2.40e-6, s.points().get(0).value(), 1e-15);
        assertEquals(8, s.points().size());
    }

    @Test
    void shouldReadOsuBandwidthAsBytesPerSecondOfTenToTheSix() {
        Series s = read("osu_bw_v7.txt", null).bandwidth().get(0);
        assertEquals(23, s.points().size());
        assertEquals(12415.43e6, s.points().get(22).value(), 1);
    }

    @Test
    void shouldReadTheAverageColumnOfAFullAllreduceAtTheGivenRankCount() {
        Measurements m = read("osu_allreduce_full.txt", 8);
        assertEquals(8, m.allreduce().get(0).ranks());
        assertEquals(4, m.allreduce().get(0).series().points().get(0).bytes());
        assertEquals(3.05e-6, m.allreduce().get(0).series().points().get(0).value(), 1e-15);
    }

    @Test
    void shouldAskForTheRankCountOfAnAllreduceThatDoesNotSayIt() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read("osu_allreduce_full.txt", null));
        assertEquals("osu_allreduce_full.txt: an osu_allreduce output does not say how many ranks ran it; add a line"
                + " '# Ranks: N' above its table or give the rank count (hpcsim calibrate fit --allreduce-ranks N)",
                e.getMessage());
    }

    @Test
    void shouldReadHpcsimsOwnOutputsWithTheirRanksAndMpiLibrary() {
        Measurements m = read("hpcsim_allreduce.txt", 2);
        assertEquals(4, m.allreduce().get(0).ranks(), "the file's own '# Ranks:' wins over the default");
        assertTrue(m.machine().get("mpi").startsWith("Open MPI v4.1.4"));
        assertEquals(13, read("hpcsim_latency.txt", null).latency().get(0).points().size());
    }

    @Test
    void shouldSkipOsuTestsItDoesNotFitAndSaySo() {
        MeasurementsBuilder b = new MeasurementsBuilder();
        assertEquals("OSU Bi-Directional Bandwidth test: hpcsim fits osu_latency, osu_bw and osu_allreduce",
                OsuReader.read(Fixtures.text("osu_bibw.txt"), "osu_bibw.txt", null, b));
        assertTrue(b.build().isEmpty());
    }

    @Test
    void shouldNameTheLineOfAStrayRowInTheTable() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read("osu_latency_bad_row.txt", null));
        assertEquals("osu_latency_bad_row.txt:6: expected a message size in bytes (a whole number >= 0), got"
                + " '[node12:03141]'", e.getMessage());
    }

    @Test
    void shouldRefuseATableWithoutRows() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> OsuReader.read(
                "# OSU MPI Latency Test v7.5\n# Size       Avg Latency(us)\n", "empty.txt", null, new MeasurementsBuilder()));
        assertTrue(e.getMessage().startsWith("empty.txt: an OSU Latency test without any measurement row"),
                e.getMessage());
    }

    @Test
    void shouldRefuseANonPositiveLatency() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> OsuReader.read(
                "# OSU MPI Latency Test v7.5\n# Size       Avg Latency(us)\n1  0.00\n", "zero.txt", null,
                new MeasurementsBuilder()));
        assertEquals("zero.txt:3: Latency must be positive, got 0.00", e.getMessage());
    }
}
