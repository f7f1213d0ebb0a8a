package org.hpcsim.models.calibration;

/**
 * One kernel's best run: a GPU kernel, a host-device copy, or a CPU triad.
 *
 * @param kernel   its name (copy, triad, vector_add, gemm_naive, gemm_tiled, h2d, d2h)
 * @param elements problem size in elements (matrix order for GEMM, bytes for copies)
 * @param bytes    bytes moved to and from memory
 * @param flops    floating-point operations
 * @param seconds  the best time
 */
public record KernelResult(String kernel, long elements, double bytes, double flops, double seconds) {
    /** Checks the figures. */
    public KernelResult {
        if (!(seconds > 0) || !(bytes >= 0) || !(flops >= 0) || elements < 0 || !Double.isFinite(seconds)) {
            throw new IllegalArgumentException(kernel + ": needs a positive time and non-negative sizes");
        }
    }

    /** Achieved memory bandwidth, bytes per second. */
    public double bytesPerSecond() {
        return bytes / seconds;
    }

    /** Achieved floating-point rate, FLOP per second. */
    public double flopsPerSecond() {
        return flops / seconds;
    }

    /** Arithmetic intensity, FLOP per byte (0 for a kernel that moves no bytes). */
    public double intensity() {
        return bytes > 0 ? flops / bytes : 0;
    }
}
