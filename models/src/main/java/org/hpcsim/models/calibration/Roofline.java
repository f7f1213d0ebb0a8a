package org.hpcsim.models.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * The achieved roofline of a GPU (or CPU): the best memory bandwidth of the streaming kernels and
 * the best FLOP rate of the compute kernels, each kernel placed under the roof
 * min(compute, intensity x bandwidth). These are achieved figures from our kernels, not the
 * datasheet's peaks.
 *
 * @param memoryBandwidth   best bytes per second of the kernels at most {@value #STREAMING_INTENSITY} FLOP/byte
 * @param memoryKernel      the kernel that achieved it
 * @param computeFlops      best FLOP per second of the kernels above that intensity, NaN without one
 * @param computeKernel     the kernel that achieved it, null without one
 * @param points            every kernel under the roof
 * @param tiledSpeedup      tiled GEMM's FLOP rate over naive GEMM's, NaN unless both ran
 */
public record Roofline(double memoryBandwidth, String memoryKernel, double computeFlops, String computeKernel,
                       List<RooflinePoint> points, double tiledSpeedup) {
    /** Kernels at or below this intensity (FLOP/byte) measure memory bandwidth: copy, triad, vector add. */
    public static final double STREAMING_INTENSITY = 1.0;

    /**
     * One kernel under the roof.
     *
     * @param kernel     its name
     * @param intensity  FLOP per byte
     * @param flops      achieved FLOP per second
     * @param bytes      achieved bytes per second
     * @param attainable the roof at its intensity, FLOP per second
     * @param efficiency achieved over attainable (NaN for a kernel without FLOPs)
     */
    public record RooflinePoint(String kernel, double intensity, double flops, double bytes, double attainable,
                                double efficiency) {}

    /** Copies the list. */
    public Roofline {
        points = List.copyOf(points);
    }

    /** The attainable FLOP rate at {@code intensity} FLOP/byte. */
    public double attainable(double intensity) {
        double memory = intensity * memoryBandwidth;
        return Double.isNaN(computeFlops) ? memory : Math.min(computeFlops, memory);
    }

    /** The roofline of {@code kernels}, which must include a streaming kernel. */
    public static Roofline of(List<KernelResult> kernels) {
        KernelResult memory = null;
        KernelResult compute = null;
        KernelResult naive = null;
        KernelResult tiled = null;
        for (KernelResult k : kernels) {
            if (k.intensity() <= STREAMING_INTENSITY) {
                if (memory == null || k.bytesPerSecond() > memory.bytesPerSecond()) {
                    memory = k;
                }
            } else if (compute == null || k.flopsPerSecond() > compute.flopsPerSecond()) {
                compute = k;
            }
            if (k.kernel().equals("gemm_naive")) {
                naive = k;
            } else if (k.kernel().equals("gemm_tiled")) {
                tiled = k;
            }
        }
        if (memory == null) {
            throw new IllegalArgumentException("a roofline needs a streaming kernel (copy, triad or vector add)");
        }
        Roofline partial = new Roofline(memory.bytesPerSecond(), memory.kernel(),
                compute == null ? Double.NaN : compute.flopsPerSecond(), compute == null ? null : compute.kernel(),
                List.of(), naive != null && tiled != null ? tiled.flopsPerSecond() / naive.flopsPerSecond() : Double.NaN);
        List<RooflinePoint> points = new ArrayList<>();
        for (KernelResult k : kernels) {
            double roof = partial.attainable(k.intensity());
            points.add(new RooflinePoint(k.kernel(), k.intensity(), k.flopsPerSecond(), k.bytesPerSecond(), roof,
                    k.flops() > 0 ? k.flopsPerSecond() / roof : Double.NaN));
        }
        return new Roofline(partial.memoryBandwidth(), partial.memoryKernel(), partial.computeFlops(),
                partial.computeKernel(), points, partial.tiledSpeedup());
    }

    /** The roofline's predicted time of a kernel: the slower of moving its bytes and doing its FLOPs. */
    public double seconds(double bytes, double flops) {
        double memory = bytes / memoryBandwidth;
        double compute = Double.isNaN(computeFlops) ? 0 : flops / computeFlops;
        return Math.max(memory, compute);
    }
}
