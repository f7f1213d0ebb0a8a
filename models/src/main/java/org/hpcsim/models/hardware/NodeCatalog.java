package org.hpcsim.models.hardware;

import java.util.List;

/**
 * The node types hpcsim knows by name, all two-socket machines with one NUMA domain per socket;
 * {@link HardwareCatalog} is the way in. Figures are SI except where AWS sells memory in GiB.
 */
final class NodeCatalog {
    private static final long GIB = 1L << 30;
    private static final double GBIT = 1e9 / 8;

    // Distances as `numactl -H` typically prints them on two-socket machines (shared/REFERENCE.md
    // gives 20-32 remote): 21 on Intel Xeon; 32 on AMD EPYC two-socket servers in NPS1, as AMD's
    // EPYC tuning guides show. Typical figures, not measured on these instances.
    private static final int INTEL_REMOTE = 21;
    private static final int AMD_REMOTE = 32;

    // Double-precision FLOP per cycle per core: 2 FMA units x (512 bits / 64) lanes x 2 on
    // Skylake-SP, Cascade Lake and Ice Lake-SP Platinum parts (AVX-512); 2 x (256 / 64) x 2 on Zen 3
    // and on Zen 4, whose AVX-512 runs as two 256-bit halves.
    private static final int AVX512_2FMA = 32;
    private static final int ZEN = 16;

    // Each host's disks are NVMe SSDs whose bandwidth AWS does not publish: the per-drive figures
    // are assumptions (typical sequential reads of PCIe Gen3 and Gen4 data-centre drives).
    private static final double NVME_GEN3_READ = 2e9;
    private static final double NVME_GEN4_READ = 4e9;

    static final List<NodeType> NODES = List.of(
            // AWS c5n page and shared/REFERENCE.md: 2x Xeon Platinum 8124M (Skylake-SP), 36 cores,
            // 192 GiB, 100 Gb/s EFA, EBS only. Intel ARK: 6 channels DDR4-2666 per socket (128 GB/s
            // theoretical). Clock: the 8124M's 3.0 GHz base; AWS's 3.4 GHz all-core turbo is for
            // non-AVX-512 code (an assumption that AVX-512 holds the base).
            new NodeType("c5n.18xlarge", twoSockets(18, 96 * GIB, ddr(6, 2666), INTEL_REMOTE),
                    flops(AVX512_2FMA, 3.0), null, 0, 100 * GBIT, 0, 0,
                    "AWS c5n instance page, Intel ARK (Xeon Platinum 8124M), shared/REFERENCE.md"),
            // AWS hpc7a page: 2x AMD EPYC 9R14 (Zen 4), 192 cores (SMT off), 768 GiB, 300 Gb/s EFA,
            // all-core turbo up to 3.7 GHz, EBS only; 12 channels DDR5-4800 per socket (AMD Genoa).
            // NUMA: two domains (NPS1) is an assumption; AWS does not state the NPS setting.
            new NodeType("hpc7a.96xlarge", twoSockets(96, 384 * GIB, ddr(12, 4800), AMD_REMOTE),
                    flops(ZEN, 3.7), null, 0, 300 * GBIT, 0, 0,
                    "AWS hpc7a instance page, AMD EPYC 9004 specifications, shared/REFERENCE.md"),
            // AWS p4d page: 8x A100-40GB, 2x Xeon Platinum 8275CL (Cascade Lake, 3.0 GHz), 48 cores
            // (96 vCPUs), 1152 GiB, 400 Gb/s EFA, 8x 1000 GB NVMe. Memory: 6 channels DDR4-2933 per
            // socket (Cascade Lake's top speed; an assumption for this custom part).
            new NodeType("p4d.24xlarge", twoSockets(24, 576 * GIB, ddr(6, 2933), INTEL_REMOTE),
                    flops(AVX512_2FMA, 3.0), gpu("A100-40GB"), 8, 400 * GBIT, 8 * 1000_000_000_000L,
                    8 * NVME_GEN3_READ, "AWS p4d instance page, shared/REFERENCE.md"),
            // AWS p5 page: 8x H100-80GB, 2x AMD EPYC 7R13 (Zen 3), 96 cores (192 vCPUs), 2 TiB,
            // 3,200 Gb/s EFA, 8x 3.84 TB NVMe; all-core turbo 3.6 GHz (AWS's figure for the 7R13 in
            // m6a). Memory: 8 channels DDR4-3200 per socket (AMD Milan). NPS1 assumed.
            new NodeType("p5.48xlarge", twoSockets(48, 1024 * GIB, ddr(8, 3200), AMD_REMOTE),
                    flops(ZEN, 3.6), gpu("H100-80GB"), 8, 3200 * GBIT, 8 * 3_840_000_000_000L,
                    8 * NVME_GEN4_READ, "AWS p5 and m6a instance pages, shared/REFERENCE.md"),
            // A generic on-premises node: 2x AMD EPYC 7763 (64 cores, 2.45 GHz base, AMD spec sheet),
            // NPS1, 8 channels DDR4-3200 per socket (204.8 GB/s), 512 GiB. Its port is an assumption:
            // one InfiniBand HDR 200 Gb/s (shared/REFERENCE.md).
            new NodeType("epyc-2s", twoSockets(64, 256 * GIB, ddr(8, 3200), AMD_REMOTE),
                    flops(ZEN, 2.45), null, 0, 200 * GBIT, 0, 0, "AMD EPYC 7763 specifications; NIC assumed"),
            // A generic on-premises node: 2x Xeon Platinum 8380 (Ice Lake-SP, 40 cores, 2.3 GHz base,
            // Intel ARK), 8 channels DDR4-3200 per socket, 512 GiB, one InfiniBand HDR port (assumed).
            new NodeType("xeon-2s", twoSockets(40, 256 * GIB, ddr(8, 3200), INTEL_REMOTE),
                    flops(AVX512_2FMA, 2.3), null, 0, 200 * GBIT, 0, 0, "Intel ARK (Xeon Platinum 8380); NIC assumed"),
            // Google Cloud TPU v5p documentation: a 4-chip VM has 208 vCPUs and 448 GB of RAM, and
            // each chip 50 Gb/s of data-centre network. Assumptions, as Google names no host CPU:
            // 104 cores (two threads each) on two sockets in NPS1, Zen 3 at 2.45 GHz, 8 channels
            // DDR4-3200 per socket, no local scratch.
            new NodeType("tpu-v5p-host", twoSockets(52, 224_000_000_000L, ddr(8, 3200), AMD_REMOTE),
                    flops(ZEN, 2.45), gpu("TPU-v5p"), 4, 4 * 50 * GBIT, 0, 0,
                    "Google Cloud TPU v5p documentation (2024); host CPU and memory channels assumed"));

    private NodeCatalog() {}

    private static GpuModel gpu(String name) {
        return HardwareCatalog.gpu(name).orElseThrow();
    }

    private static NumaLayout twoSockets(int coresPerSocket, long memoryPerSocket, double bandwidthPerSocket,
                                         int remote) {
        int[][] distances = {{NumaLayout.LOCAL_DISTANCE, remote}, {remote, NumaLayout.LOCAL_DISTANCE}};
        return new NumaLayout(2, coresPerSocket, memoryPerSocket, bandwidthPerSocket, distances);
    }

    // Theoretical peak: channels x transfers per second x 8 bytes per 64-bit channel.
    private static double ddr(int channels, int megaTransfers) {
        return channels * megaTransfers * 1e6 * 8;
    }

    private static double flops(int flopPerCycle, double gigahertz) {
        return flopPerCycle * gigahertz * 1e9;
    }
}
