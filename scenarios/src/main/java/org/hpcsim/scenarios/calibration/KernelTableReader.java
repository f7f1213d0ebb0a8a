package org.hpcsim.scenarios.calibration;

import org.hpcsim.models.calibration.KernelResult;
import org.hpcsim.models.calibration.NumaTriad;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.calibration.TextLines.Line;

/**
 * Reads the tables of hpcsim's own GPU benchmarks (vector add, stream, GEMM, host-device copies)
 * and NUMA triad: a "# hpcsim calibrate gpu ..." or "# hpcsim calibrate numa ..." title, "# Key:
 * value" comment lines (device, driver; CPU and memory node), then rows "KERNEL ELEMENTS BYTES
 * FLOPS SECONDS".
 */
public final class KernelTableReader {
    private static final String GPU = "# hpcsim calibrate gpu";
    private static final String NUMA = "# hpcsim calibrate numa";

    private KernelTableReader() {}

    /** Whether {@code text} is one of these tables. */
    public static boolean recognizes(String text) {
        String first = text.strip();
        return first.startsWith(GPU) || first.startsWith(NUMA);
    }

    /** Reads {@code text} into {@code into}; malformed text is a one-line error naming the line. */
    public static void read(String text, String origin, MeasurementsBuilder into) {
        boolean numa = text.strip().startsWith(NUMA);
        Integer cpu = null;
        Integer memory = null;
        int rows = 0;
        for (Line line : TextLines.of(text)) {
            String s = line.text().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("#")) {
                into.machine("gpu", TextLines.commentValue(line, "Device"));
                into.machine("gpuDriver", TextLines.commentValue(line, "CUDA driver"));
                into.machine("cudaRuntime", TextLines.commentValue(line, "CUDA runtime"));
                String c = TextLines.commentValue(line, "CPU node");
                String m = TextLines.commentValue(line, "Memory node");
                if (c != null) {
                    cpu = node(origin, line, c);
                }
                if (m != null) {
                    memory = node(origin, line, m);
                }
                continue;
            }
            String[] w = line.words();
            if (w.length != 5) {
                throw TextLines.error(origin, line, "expected a row 'KERNEL ELEMENTS BYTES FLOPS SECONDS', got '" + s
                        + "'");
            }
            long elements = TextLines.bytes(origin, line, w[1]);
            double bytes = TextLines.number(origin, line, w[2], "bytes");
            double flops = TextLines.number(origin, line, w[3], "FLOPs");
            double seconds = TextLines.number(origin, line, w[4], "seconds");
            if (!(seconds > 0) || bytes < 0 || flops < 0) {
                throw TextLines.error(origin, line, "expected a positive time and non-negative bytes and FLOPs");
            }
            KernelResult k = new KernelResult(w[0], elements, bytes, flops, seconds);
            if (numa) {
                if (cpu == null || memory == null) {
                    throw TextLines.error(origin, line, "a NUMA triad row before its '# CPU node:' and '# Memory node:'"
                            + " lines");
                }
                into.numaTriad(new NumaTriad(cpu, memory, k));
            } else if (w[0].equals("h2d") || w[0].equals("d2h")) {
                into.gpuTransfer(k);
            } else {
                into.gpuKernel(k);
            }
            rows++;
        }
        if (rows == 0) {
            throw new ScenarioException(origin + ": a benchmark table without any row (did the run fail?)");
        }
        into.source(origin);
    }

    private static int node(String origin, Line line, String value) {
        try {
            int v = Integer.parseInt(value);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw TextLines.error(origin, line, "expected a NUMA node number (0, 1, ...), got '" + value + "'");
    }
}
