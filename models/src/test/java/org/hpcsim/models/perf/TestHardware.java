package org.hpcsim.models.perf;

import java.util.List;
import org.hpcsim.models.hardware.GpuModel;
import org.hpcsim.models.hardware.MigProfile;
import org.hpcsim.models.hardware.NodeType;
import org.hpcsim.models.hardware.NumaLayout;
import org.hpcsim.models.network.Interconnect;
import org.hpcsim.models.network.MessageBand;
import org.hpcsim.models.network.Stack;
import org.hpcsim.models.network.StackKind;

/** Round-figure hardware for hand computations. */
public final class TestHardware {
    private TestHardware() {}

    /** Two domains of 4 cores, 50 GB/s each, distance 20; 10 GFLOP/s per core; a 10 GB/s NIC. */
    public static NodeType cpuNode() {
        return new NodeType("test-cpu", numa(), 10e9, null, 0, 10e9, 0, 0, "test");
    }

    /** The CPU node with four GPUs of {@link #gpu()}. */
    public static NodeType gpuNode() {
        return new NodeType("test-gpu", numa(), 10e9, gpu(), 4, 10e9, 1_000_000_000_000L, 5e9, "test");
    }

    /** 80 GB, 2 TB/s HBM, 300 TFLOP/s BF16, 600 GB/s NVLink, one MIG profile 3g.40gb. */
    public static GpuModel gpu() {
        return new GpuModel("G", 80_000_000_000L, 2e12, 1e13, 2e13, 2e13, 3e14, 6e11,
                List.of(new MigProfile("3g.40gb", 3, 4, 40_000_000_000L, 2)), "test");
    }

    /** 1 us latency, 10 GB/s, no rendezvous, no size bands, kernel bypass. */
    public static Interconnect network() {
        return new Interconnect("test-net", 1e-6, 10e9, Long.MAX_VALUE, List.of(new MessageBand(0, 1, 1)),
                new Stack(StackKind.KERNEL_BYPASS, 0, 1), "test");
    }

    /** A machine of {@code node} on the test network, 100 ns per extra switch. */
    public static Machine machine(NodeType node) {
        return new Machine(node, network(), 1e-7);
    }

    private static NumaLayout numa() {
        return new NumaLayout(2, 4, 64_000_000_000L, 50e9, new int[][] {{10, 20}, {20, 10}});
    }
}
