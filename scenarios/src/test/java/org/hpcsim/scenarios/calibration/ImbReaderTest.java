package org.hpcsim.scenarios.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hpcsim.models.calibration.Measurements;
import org.hpcsim.models.calibration.Series;
import org.junit.jupiter.api.Test;

class ImbReaderTest {
    @Test
    void shouldReadPingPongAsOneWayLatencyAndEachAllreduceAtItsProcessCount() {
        MeasurementsBuilder b = new MeasurementsBuilder();
        assertTrue(ImbReader.recognizes(Fixtures.text("imb_mpi1.txt")));
        assertNull(ImbReader.read(Fixtures.text("imb_mpi1.txt"), "imb.txt", b));
        Measurements m = b.build();
        Series pingPong = m.latency().get(0);
        assertEquals("imb.txt (PingPong)", pingPong.source());
        assertEquals(24, pingPong.points().size());
        assertEquals(0, pingPong.points().get(0).bytes());
        assertEquals(1.62e-6, pingPong.points().get(0).value(), 1e-15);
        assertEquals(1377.10e-6, pingPong.points().get(23).value(), 1e-12);
        assertEquals(2, m.allreduce().size());
        assertEquals(2, m.allreduce().get(0).ranks());
        assertEquals(3, m.allreduce().get(0).series().points().size(), "the zero-byte call is not a message");
        assertEquals(2.14e-6, m.allreduce().get(0).series().points().get(0).value(), 1e-15);
        assertEquals(4, m.allreduce().get(1).ranks());
    }

    @Test
    void shouldSayWhatAnImbFileWithoutUsableTablesHas() {
        String barrierOnly = """
                #---------------------------------------------------
                # Benchmarking Barrier
                # #processes = 2
                #---------------------------------------------------
                 #repetitions  t_min[usec]  t_max[usec]  t_avg[usec]
                         1000         1.91         1.92         1.91
                #---------------------------------------------------
                # Benchmarking Sendrecv
                # #processes = 2
                #---------------------------------------------------
                       #bytes #repetitions  t_min[usec]  t_max[usec]  t_avg[usec]   Mbytes/sec
                            0         1000         1.91         1.92         1.91         0.00
                """;
        assertEquals("IMB output without a PingPong or Allreduce table (has Sendrecv)",
                ImbReader.read(barrierOnly, "x", new MeasurementsBuilder()));
    }
}
