package org.hpcsim.models.hardware;

import java.util.List;

/**
 * The accelerator models hpcsim knows by name; {@link HardwareCatalog} is the way in. Figures are
 * SI: a vendor's "GB" is 10^9 bytes, "TB/s" 10^12 bytes per second, "TFLOPS" 10^12 FLOP/s.
 */
final class GpuCatalog {
    private static final double GB = 1e9;
    private static final double TERA = 1e12;

    // MIG profiles as shared/REFERENCE.md lists the uniform layouts. The compute slices are the
    // number before "g" and the memory the figure before "gb" (10^9 bytes, as NVIDIA names them,
    // not the exact bytes nvidia-smi reports); the memory slices (of 8) are NVIDIA's per profile.
    private static final List<MigProfile> A100_40GB_MIG = List.of(
            mig("1g.5gb", 1, 7), mig("2g.10gb", 2, 3), mig("3g.20gb", 4, 2), mig("4g.20gb", 4, 1),
            mig("7g.40gb", 8, 1));
    private static final List<MigProfile> MIG_80GB = List.of(
            mig("1g.10gb", 1, 7), mig("1g.20gb", 2, 4), mig("2g.20gb", 2, 3), mig("3g.40gb", 4, 2),
            mig("4g.40gb", 4, 1), mig("7g.80gb", 8, 1));
    private static final List<MigProfile> H200_141GB_MIG = List.of(
            mig("1g.18gb", 1, 7), mig("1g.35gb", 2, 4), mig("2g.35gb", 2, 3), mig("3g.71gb", 4, 2),
            mig("4g.71gb", 4, 1), mig("7g.141gb", 8, 1));

    // A100 (SXM4): NVIDIA A100 Tensor Core GPU datasheet (2021, r4): FP64 9.7, FP64 tensor 19.5,
    // FP32 19.5, BF16 312 dense TFLOP/s; HBM2 1,555 GB/s (40 GB), HBM2e 2,039 GB/s (80 GB; REFERENCE
    // rounds it to 2.0 TB/s); NVLink 3 600 GB/s both directions. The 40 GB part has the same compute.
    private static final String A100_SOURCE = "NVIDIA A100 datasheet (2021)";
    // H100 SXM5: NVIDIA H100 datasheet (2022) and shared/REFERENCE.md: 3.35 TB/s HBM3, FP64 34,
    // FP64 tensor 67, FP32 67, BF16 989 TFLOP/s dense (the datasheet's 1,979 is with sparsity),
    // NVLink 4 900 GB/s.
    private static final String H100_SOURCE = "NVIDIA H100 datasheet (2022), shared/REFERENCE.md";
    // H200 SXM: NVIDIA H200 datasheet (2023): 141 GB HBM3e at 4.8 TB/s, the H100's GH100 compute
    // and NVLink 4 900 GB/s (shared/REFERENCE.md: "compute as H100").
    private static final String H200_SOURCE = "NVIDIA H200 datasheet (2023), shared/REFERENCE.md";
    // TPU v5p: Google Cloud TPU v5p documentation (cloud.google.com/tpu/docs/v5p): 95 GB HBM2e at
    // 2,765 GB/s, 459 TFLOP/s BF16, 1,200 GB/s bidirectional ICI per chip (its 3D-torus
    // interconnect stands where NVLink does). No MIG.
    private static final String TPU_V5P_SOURCE = "Google Cloud TPU v5p documentation (2024)";
    // TPUs have no FP64 hardware: XLA emulates doubles in software. This stand-in (an assumption,
    // no published figure) is small enough that an FP64 roofline on a TPU is hopeless, as it is.
    private static final double TPU_FP64_STAND_IN = 1 * TERA;
    // TPUs publish no FP32 peak either: FP32 matrix products run as 6 BF16 passes at XLA's highest
    // precision, so 459 / 6 = 76.5 TFLOP/s (an assumption derived from that, not a datasheet figure).
    private static final double TPU_V5P_FP32 = 459 * TERA / 6;

    static final List<GpuModel> GPUS = List.of(
            new GpuModel("A100-40GB", (long) (40 * GB), 1555 * GB, 9.7 * TERA, 19.5 * TERA, 19.5 * TERA,
                    312 * TERA, 600 * GB, A100_40GB_MIG, A100_SOURCE),
            new GpuModel("A100-80GB", (long) (80 * GB), 2039 * GB, 9.7 * TERA, 19.5 * TERA, 19.5 * TERA,
                    312 * TERA, 600 * GB, MIG_80GB, A100_SOURCE),
            new GpuModel("H100-80GB", (long) (80 * GB), 3.35 * TERA, 34 * TERA, 67 * TERA, 67 * TERA,
                    989 * TERA, 900 * GB, MIG_80GB, H100_SOURCE),
            new GpuModel("H200-141GB", (long) (141 * GB), 4.8 * TERA, 34 * TERA, 67 * TERA, 67 * TERA,
                    989 * TERA, 900 * GB, H200_141GB_MIG, H200_SOURCE),
            new GpuModel("TPU-v5p", (long) (95 * GB), 2765 * GB, TPU_FP64_STAND_IN, TPU_FP64_STAND_IN,
                    TPU_V5P_FP32, 459 * TERA, 1200 * GB, List.of(), TPU_V5P_SOURCE));

    private GpuCatalog() {}

    // NVIDIA's profile names carry the compute slices ("3g") and the memory ("40gb").
    private static MigProfile mig(String name, int memorySlices, int maxInstances) {
        int g = name.indexOf("g.");
        int compute = Integer.parseInt(name.substring(0, g));
        long gigabytes = Long.parseLong(name.substring(g + 2, name.length() - 2));
        return new MigProfile(name, compute, memorySlices, gigabytes * (long) GB, maxInstances);
    }
}
