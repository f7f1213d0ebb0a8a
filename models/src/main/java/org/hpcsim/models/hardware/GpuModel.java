package org.hpcsim.models.hardware;

import java.util.List;
import java.util.Optional;

/**
 * A GPU (or other accelerator) model: memory, memory bandwidth, arithmetic peaks, NVLink and its
 * MIG profiles. Figures are SI: bytes, bytes per second, FLOP per second.
 *
 * @param name             the model, e.g. {@code H100-80GB}
 * @param memoryBytes      device memory
 * @param memoryBandwidth  device memory (HBM) bandwidth
 * @param fp64             FP64 peak on the vector units
 * @param fp64Tensor       FP64 peak on tensor cores (equal to fp64 where there are none)
 * @param fp32             FP32 peak
 * @param bf16             dense BF16 peak on tensor cores
 * @param nvlinkBandwidth  NVLink bandwidth of one GPU, all links, both directions (0: none)
 * @param migProfiles      the MIG profiles, empty when the model has no MIG
 * @param source           where the figures come from
 */
public record GpuModel(String name, long memoryBytes, double memoryBandwidth, double fp64, double fp64Tensor,
                       double fp32, double bf16, double nvlinkBandwidth, List<MigProfile> migProfiles,
                       String source) {
    /** Validates the figures. */
    public GpuModel {
        if (name == null || name.isEmpty() || memoryBytes <= 0 || !(memoryBandwidth > 0) || !(fp64 > 0)
                || fp64Tensor < fp64 || !(fp32 > 0) || !(bf16 > 0) || nvlinkBandwidth < 0) {
            throw new IllegalArgumentException("GPU " + name + ": impossible figures");
        }
        migProfiles = migProfiles == null ? List.of() : List.copyOf(migProfiles);
        source = source == null ? "" : source;
    }

    /** The peak for {@code precision}. */
    public double peak(Precision precision) {
        return switch (precision) {
            case FP64 -> fp64;
            case FP64_TENSOR -> fp64Tensor;
            case FP32 -> fp32;
            case BF16 -> bf16;
        };
    }

    /** The MIG profile named {@code profile}, if this model has it. */
    public Optional<MigProfile> mig(String profile) {
        return migProfiles.stream().filter(p -> p.name().equals(profile)).findFirst();
    }
}
