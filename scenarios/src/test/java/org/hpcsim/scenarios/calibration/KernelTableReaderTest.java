package org.hpcsim.scenarios.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hpcsim.models.calibration.Measurements;
import org.hpcsim.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;

class KernelTableReaderTest {
    @Test
    void shouldReadGpuKernelsAndTheDevice() {
        MeasurementsBuilder b = new MeasurementsBuilder();
        KernelTableReader.read(Fixtures.text("gpu_stream.txt"), "gpu_stream.txt", b);
        Measurements m = b.build();
        assertEquals(2, m.gpuKernels().size());
        assertEquals("triad", m.gpuKernels().get(1).kernel());
        assertEquals(3221225472.0 / 1.075912e-3, m.gpuKernels().get(1).bytesPerSecond(), 1e3);
        assertEquals("NVIDIA H100 80GB HBM3", m.machine().get("gpu"));
        assertEquals("12.8", m.machine().get("gpuDriver"));
    }

    @Test
    void shouldReadANumaTriadWithItsNodes() {
        MeasurementsBuilder b = new MeasurementsBuilder();
        KernelTableReader.read(Fixtures.text("numa_triad_0_1.txt"), "t", b);
        Measurements m = b.build();
        assertEquals(0, m.numaTriads().get(0).cpuNode());
        assertEquals(1, m.numaTriads().get(0).memoryNode());
    }

    @Test
    void shouldReadNumactlDistances() {
        NumaHardware h = NumaHardware.parse(Fixtures.text("numactl_H.txt"), "numactl");
        assertEquals(List.of(0, 1), h.nodes());
        assertEquals(List.of(List.of(10, 21), List.of(21, 10)), h.distances());
    }

    @Test
    void shouldNameTheLineOfAShortRow() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> KernelTableReader.read(
                "# hpcsim calibrate gpu stream\n# Device: X\ncopy 10 160\n", "g.txt", new MeasurementsBuilder()));
        assertEquals("g.txt:3: expected a row 'KERNEL ELEMENTS BYTES FLOPS SECONDS', got 'copy 10 160'", e.getMessage());
    }
}
