package org.hpcsim.models.calibration;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.hardware.GpuModel;
import org.hpcsim.models.hardware.NodeType;
import org.hpcsim.models.hardware.NumaLayout;

/**
 * A node type with the figures a calibration profile measured in place of the catalog's: NUMA
 * bandwidth and distances from the triad matrix, GPU memory bandwidth and FP32 rate from the
 * roofline. A profile never changes the node's shape (sockets, domains, cores, memory, GPU count);
 * what it lacks keeps the catalog's figure, and the node's source says which is which.
 */
public final class CalibratedNode {
    private CalibratedNode() {}

    /**
     * {@code base} with {@code numa} and {@code roofline} applied (either may be null), its source
     * naming {@code profile}.
     */
    public static NodeType of(NodeType base, NumaMatrix numa, Roofline roofline, String profile) {
        List<String> taken = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        NumaLayout layout = base.numa();
        if (numa != null) {
            layout = numa(layout, numa, taken, kept);
        } else {
            kept.add("NUMA bandwidth and distances");
        }
        GpuModel gpu = base.gpu();
        String unused = "";
        if (gpu != null && roofline != null) {
            gpu = gpu(gpu, roofline, profile, taken, kept);
        } else if (gpu != null) {
            kept.add("GPU memory bandwidth and FP32");
        } else if (roofline != null) {
            unused = "; its GPU roofline is unused (the node has no GPU)";
        }
        String source = base.source() + "; " + profile + ": "
                + (taken.isEmpty() ? "nothing used" : String.join(", ", taken))
                + (kept.isEmpty() ? "" : "; unchanged (not in the profile): " + String.join(", ", kept)) + unused;
        return new NodeType(base.name(), layout, base.flopsPerCore(), gpu, base.gpus(), base.nicBandwidth(),
                base.scratchBytes(), base.scratchBandwidth(), source);
    }

    private static NumaLayout numa(NumaLayout base, NumaMatrix m, List<String> taken, List<String> kept) {
        int n = base.domains();
        if (m.nodes().size() != n) {
            throw new IllegalArgumentException("the NUMA matrix covers " + m.nodes().size() + " nodes but the node"
                    + " type has " + n + " domains (give numaDomains: " + m.nodes().size() + " if it is that machine)");
        }
        List<List<Integer>> measured = m.distances();
        if (!measured.isEmpty() && measured.size() != n) {
            throw new IllegalArgumentException("the numactl -H distances cover " + measured.size() + " nodes but the"
                    + " node type has " + n + " domains");
        }
        double local = 0;
        int locals = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(m.bandwidth()[i][i])) {
                local += m.bandwidth()[i][i];
                locals++;
            }
        }
        double bandwidth = base.bandwidthPerDomain();
        if (locals > 0) {
            bandwidth = local / locals;
            taken.add("NUMA bandwidth per domain (mean local triad)");
        } else {
            kept.add("NUMA bandwidth per domain (no local triad)");
        }
        int[][] distances = base.distances();
        int fromBandwidth = 0;
        int fromNumactl = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double relative = m.relative()[i][j];
                if (i == j) {
                    continue;
                }
                if (Double.isFinite(relative) && relative > 0) {
                    // NumaLayout.remoteFactor is local distance over distance: this makes it remote
                    // over local bandwidth, to the rounding of an integer distance.
                    distances[i][j] = (int) Math.max(NumaLayout.LOCAL_DISTANCE,
                            Math.round(NumaLayout.LOCAL_DISTANCE / relative));
                    fromBandwidth++;
                } else if (!measured.isEmpty()) {
                    distances[i][j] = measured.get(i).get(j);
                    fromNumactl++;
                }
            }
        }
        int pairs = n * (n - 1);
        if (fromBandwidth > 0) {
            taken.add("NUMA distances from remote/local triad bandwidth" + (fromBandwidth < pairs ? " (" + fromBandwidth
                    + " of " + pairs + " pairs)" : ""));
        }
        if (fromNumactl > 0) {
            taken.add("NUMA distances from numactl -H" + (fromNumactl < pairs ? " (" + fromNumactl + " of " + pairs
                    + " pairs)" : ""));
        }
        if (pairs > 0 && fromBandwidth + fromNumactl < pairs) {
            kept.add("NUMA distances of " + (pairs - fromBandwidth - fromNumactl) + " of " + pairs + " pairs");
        }
        return new NumaLayout(base.sockets(), base.coresPerDomain(), base.memoryPerDomain(), bandwidth, distances);
    }

    // gpu_stream and gemm measure achieved rates; hpcsim's GEMM is single precision, so its rate
    // stands for the FP32 peak. The other peaks (FP64, tensor cores) stay the catalog's.
    private static GpuModel gpu(GpuModel g, Roofline r, String profile, List<String> taken, List<String> kept) {
        double fp32 = g.fp32();
        taken.add("GPU memory bandwidth (roofline)");
        if (Double.isFinite(r.computeFlops())) {
            fp32 = r.computeFlops();
            taken.add("GPU FP32 (roofline's GEMM)");
        } else {
            kept.add("GPU FP32 (no GEMM in the profile)");
        }
        return new GpuModel(g.name(), g.memoryBytes(), r.memoryBandwidth(), g.fp64(), g.fp64Tensor(), fp32, g.bf16(),
                g.nvlinkBandwidth(), g.migProfiles(), g.source() + "; achieved rates from " + profile);
    }
}
