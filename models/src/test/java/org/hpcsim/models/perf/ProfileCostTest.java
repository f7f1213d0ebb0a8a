package org.hpcsim.models.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.models.hardware.Precision;
import org.hpcsim.models.network.AllreduceAlgorithm;
import org.junit.jupiter.api.Test;

/** Each profile's iteration against a hand computation on {@link TestHardware}. */
class ProfileCostTest {
    private final Machine cpu = TestHardware.machine(TestHardware.cpuNode());
    private final Machine gpu = TestHardware.machine(TestHardware.gpuNode());

    @Test
    void shouldAddComputeHaloAndAllreduceOfABulkSynchronousIteration() {
        var p = new BulkSynchronousProfile(100, 1e9, 0, 1_000_000, 1, 8_000_000, AllreduceAlgorithm.RING, 0.5, true,
                Io.NONE);
        // 4 nodes, 8 ranks each, 3 switches apart.
        IterationCost c = p.iteration(new JobShape(4, 32, 0, 3, 1, 0), cpu);
        // compute: 8 x 1 GFLOP / (8 cores x 10 GFLOP/s x 0.5) = 0.2 s
        // halo: 2 messages of 1 MB, each 1 us + 2 x 100 ns + 1e6 / 1e10 = 101.2 us; 2 MB at the NIC = 200 us shared
        // allreduce ring p=4, n=8 MB: alpha 1.2 us, beta 1e-10, gamma 3 / 100 GB/s = 3e-11
        //   2 x 3 x 1.2 us + 2 x 8e6 x 3/4 x 1e-10 + 8e6 x 3/4 x 3e-11 = 7.2 us + 1.2 ms + 180 us; 12 MB shared
        double fixed = 0.2 + 2.4e-6 + 7.2e-6 + 1.8e-4;
        assertEquals(fixed, c.fixedSeconds(), 1e-12);
        assertEquals(1.4e7, c.networkBytes(), 1e-3);
        assertEquals(2.0 / 14, c.traffic().halo(), 1e-12);
        assertEquals(12.0 / 14, c.traffic().ring(), 1e-12);
        assertEquals(fixed + 1.4e-3, c.seconds(10e9), 1e-12);
        // Half the NIC's rate doubles only the shared part.
        assertEquals(fixed + 2.8e-3, c.seconds(5e9), 1e-12);
    }

    @Test
    void shouldSendAHaloToEveryGridNeighbourOfTheBusiestNode() {
        // 27 nodes on a 3x3x3 grid: the centre node has 6 neighbours; 1 MB each at 10 GB/s plus 1 us.
        var p = new BulkSynchronousProfile(1, 0, 0, 1_000_000, 3, 0, AllreduceAlgorithm.RING, 1, true, Io.NONE);
        IterationCost c = p.iteration(new JobShape(27, 27, 0, 1, 1, 0), cpu);
        assertEquals(6e6, c.networkBytes(), 1e-3);
        assertEquals(6 * 1e-6, c.fixedSeconds(), 1e-12);
        assertEquals(3, c.traffic().haloDimensions());
    }

    @Test
    void shouldCommunicateNothingOnOneNode() {
        var p = new BulkSynchronousProfile(1, 1e9, 0, 1_000_000, 1, 8, AllreduceAlgorithm.RING, 1, true, Io.NONE);
        IterationCost c = p.iteration(new JobShape(1, 8, 0, 0, 0, 0), cpu);
        assertEquals(0, c.networkBytes());
        assertEquals(0.1, c.fixedSeconds(), 1e-12);
    }

    @Test
    void shouldTakeTheRooflinesSlowerSideForMemoryTraffic() {
        // 8 ranks stream 1 GB each pinned: 4 per domain x 1 GB / 50 GB/s = 0.08 s > compute 0.001 s.
        var p = new BulkSynchronousProfile(1, 1e7, 1e9, 0, 1, 0, AllreduceAlgorithm.RING, 1, true, Io.NONE);
        assertEquals(0.08, p.iteration(new JobShape(1, 8, 0, 0, 0, 0), cpu).fixedSeconds(), 1e-12);
        // Unpinned: half remote at 10/20: share 1 / (0.5 + 1) = 2/3 -> 0.12 s.
        assertEquals(0.12, p.withPinning(false).iteration(new JobShape(1, 8, 0, 0, 0, 0), cpu).fixedSeconds(), 1e-12);
    }

    @Test
    void shouldTrainWithRooflineComputeNvlinkRingAndANetworkRing() {
        var p = new DataParallelProfile(10, 1e12, 1e9, 8, 1e9, Precision.BF16, AllreduceAlgorithm.RING, 0.5, null,
                Io.NONE);
        IterationCost c = p.iteration(new JobShape(2, 16, 8, 1, 1, 0), gpu);
        // compute: 8 x 1 TFLOP / (300 TFLOP/s x 0.5) = 53.33 ms; memory 8 GB / 2 TB/s = 4 ms
        // NVLink ring over 4 GPUs: 2 x 3/4 x 1 GB / 300 GB/s = 5 ms, + 2 x 3 x 2 us
        // network ring p=2: 2 x 1 us + 2 x 1e9 x 1/2 x 1e-10 (shared: 1 GB) + 1e9 x 1/2 x 3 / 2e12
        double fixed = 8e12 / 1.5e14 + 5e-3 + 12e-6 + 2e-6 + 7.5e-4;
        assertEquals(fixed, c.fixedSeconds(), 1e-12);
        assertEquals(1e9, c.networkBytes(), 1e-3);
        assertEquals(1, c.traffic().ring(), 1e-12);
        assertEquals(fixed + 0.1, c.seconds(10e9), 1e-12);
    }

    @Test
    void shouldScaleATrainingStepByItsMigSlice() {
        var p = new DataParallelProfile(10, 1e12, 1e9, 8, 1e9, Precision.BF16, AllreduceAlgorithm.RING, 0.5,
                "3g.40gb", Io.NONE);
        // 3 of 7 compute slices: 8 TFLOP / (300 TFLOP/s x 0.5 x 3/7) = 124.4 ms; no allreduce on one slice.
        IterationCost c = p.iteration(new JobShape(1, 1, 1, 0, 0, 0), gpu);
        assertEquals(8e12 / (1.5e14 * 3 / 7), c.fixedSeconds(), 1e-12);
        assertEquals(0, c.networkBytes());
    }

    @Test
    void shouldRunIndependentTasksInWavesScaledByCoreSpeed() {
        // 100 tasks of 1 core on 2 nodes using 8 cores each: 16 at once, 7 waves; the reference core is half as fast.
        var p = new EmbarrassinglyParallelProfile(100, 1, 60, 5e9, Io.NONE);
        JobShape shape = new JobShape(2, 16, 0, 1, 1, 0);
        assertEquals(7, p.iterations(shape, cpu));
        assertEquals(30, p.iteration(shape, cpu).fixedSeconds(), 1e-12);
    }

    @Test
    void shouldDeriveIterationsFromTheRecordedRuntimeOnTheCompactPlacement() {
        var p = new BulkSynchronousProfile(-1, 1e9, 0, 0, 1, 8_000_000, AllreduceAlgorithm.RING, 0.5, true, Io.NONE);
        // Placed 5 switches apart, but the recorded 1000 s is taken on the compact placement (1 switch).
        JobShape shape = new JobShape(4, 32, 0, 5, 1, 1000);
        double reference = p.iteration(shape.compact(), cpu).seconds(10e9);
        List<Phase> phases = PhasePlanner.plan(p, shape, cpu);
        assertEquals(1, phases.size());
        assertEquals(1000 / reference, phases.get(0).iterations(), 1e-9);
        assertTrue(phases.get(0).iterationSeconds(10e9) > reference, "the spread placement is slower");
    }

    @Test
    void shouldReadAndWriteAroundTheIterations() {
        var p = new MemoryBoundProfile(10, 1e9, 0, 8, true, new Io(4e9, 2e9, false));
        List<Phase> phases = PhasePlanner.plan(p, new JobShape(2, 16, 0, 1, 1, 0), cpu);
        assertEquals(List.of("read", "iterations", "write"), phases.stream().map(Phase::name).toList());
        assertEquals(Channel.FILESYSTEM, phases.get(0).channel());
        assertEquals(4e9, phases.get(0).sharedBytes());
        // On scratch each node writes its share at its own bandwidth: 2 GB / (2 nodes x 5 GB/s).
        var scratch = new MemoryBoundProfile(10, 1e9, 0, 8, true, new Io(0, 2e9, true));
        Phase write = PhasePlanner.plan(scratch, new JobShape(2, 16, 0, 1, 1, 0), TestHardware.machine(
                TestHardware.gpuNode())).get(1);
        assertEquals(Channel.NONE, write.channel());
        assertEquals(0.2, write.fixedSeconds(), 1e-12);
    }
}
