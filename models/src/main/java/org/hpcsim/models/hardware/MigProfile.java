package org.hpcsim.models.hardware;

/**
 * One Multi-Instance GPU profile of a GPU model: how many of the GPU's seven compute slices and
 * eight memory slices an instance takes, its memory, and how many such instances fit on one GPU
 * when the GPU is split uniformly.
 *
 * @param name          NVIDIA's name, e.g. {@code 3g.40gb}
 * @param computeSlices compute slices of the GPU's 7
 * @param memorySlices  memory slices of the GPU's 8
 * @param memoryBytes   memory of one instance
 * @param maxInstances  instances of this profile one GPU holds
 */
public record MigProfile(String name, int computeSlices, int memorySlices, long memoryBytes, int maxInstances) {
    /** Compute slices on a MIG-capable GPU. */
    public static final int COMPUTE_SLICES = 7;
    /** Memory slices on a MIG-capable GPU. */
    public static final int MEMORY_SLICES = 8;

    /** Validates the profile. */
    public MigProfile {
        if (name == null || name.isEmpty() || computeSlices < 1 || computeSlices > COMPUTE_SLICES
                || memorySlices < 1 || memorySlices > MEMORY_SLICES || memoryBytes <= 0 || maxInstances < 1
                || maxInstances > COMPUTE_SLICES) {
            throw new IllegalArgumentException("MIG profile " + name + ": impossible figures");
        }
    }

    /** The share of the GPU's compute an instance has. */
    public double computeFraction() {
        return computeSlices / (double) COMPUTE_SLICES;
    }

    /** The share of the GPU's memory bandwidth an instance has (bandwidth follows memory slices). */
    public double bandwidthFraction() {
        return memorySlices / (double) MEMORY_SLICES;
    }
}
