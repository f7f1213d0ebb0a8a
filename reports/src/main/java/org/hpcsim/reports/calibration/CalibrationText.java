package org.hpcsim.reports.calibration;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.calibration.AllreduceFit;
import org.hpcsim.models.calibration.CalibrationProfile;
import org.hpcsim.models.calibration.FitQuality;
import org.hpcsim.models.calibration.LogGp;
import org.hpcsim.models.calibration.NumaMatrix;
import org.hpcsim.models.calibration.Roofline;
import org.hpcsim.models.calibration.Segment;
import org.hpcsim.models.calibration.SweepFit;

/**
 * The terminal summary of a fitted profile: each model's parameters with their 95% intervals,
 * where the breakpoints fell, and how well each fits (R^2, RMSE, relative error).
 */
public final class CalibrationText {
    private CalibrationText() {}

    /** The summary's lines. */
    public static List<String> lines(CalibrationProfile p) {
        List<String> out = new ArrayList<>();
        if (!p.machine().isEmpty()) {
            out.add("machine: " + String.join("; ", p.machine().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).toList()));
        }
        if (p.pointToPoint() != null) {
            sweep(out, "point-to-point latency (piecewise Hockney: time = alpha + bytes / bandwidth)", p.pointToPoint());
        }
        if (p.logGp() != null) {
            logGp(out, p.logGp());
        }
        for (AllreduceFit a : p.allreduce()) {
            sweep(out, "allreduce on " + a.ranks() + " ranks", a.fit());
            if (!Double.isNaN(a.reductionSecondsPerByte())) {
                out.add("  reduction cost gamma " + Units.number(a.reductionSecondsPerByte() * 1e9)
                        + " ns/byte (ring or Rabenseifner term, with the point-to-point bandwidth)");
            }
        }
        if (p.gpu() != null) {
            Roofline r = p.gpu().roofline();
            if (r != null) {
                out.add("GPU roofline (achieved): memory " + Units.gbps(r.memoryBandwidth()) + " (" + r.memoryKernel()
                        + "), compute " + Units.gflops(r.computeFlops())
                        + (r.computeKernel() == null ? "" : " (" + r.computeKernel() + ")")
                        + (Double.isNaN(r.tiledSpeedup()) ? "" : ", tiled GEMM " + Units.number(r.tiledSpeedup())
                        + "x naive"));
                for (Roofline.RooflinePoint k : r.points()) {
                    out.add("  " + k.kernel() + ": " + Units.gbps(k.bytes()) + ", " + Units.gflops(k.flops())
                            + ", intensity " + Units.number(k.intensity()) + " FLOP/byte, "
                            + Units.percent(k.efficiency()) + " of the roof");
                }
            }
            if (p.gpu().hostToDevice() != null) {
                sweep(out, "GPU host-to-device copy", p.gpu().hostToDevice());
            }
            if (p.gpu().deviceToHost() != null) {
                sweep(out, "GPU device-to-host copy", p.gpu().deviceToHost());
            }
        }
        if (p.numa() != null) {
            numa(out, p.numa());
        }
        for (String n : p.notes()) {
            out.add("note: " + n);
        }
        return out;
    }

    private static void sweep(List<String> out, String title, SweepFit f) {
        int fitted = f.segmentation().quality().points();
        out.add(title + ": " + f.segmentation().segments().size() + " piece"
                + (f.segmentation().segments().size() == 1 ? "" : "s") + " by BIC, " + fitted + " points fitted, "
                + f.heldOutBytes().size() + " sizes held out");
        for (Segment s : f.segmentation().segments()) {
            double[] bw = s.bandwidthInterval();
            double hw = s.fit().interceptHalfWidth();
            out.add("  " + Units.bytes(s.fromBytes()) + " .. " + Units.bytes(s.toBytes()) + ": alpha "
                    + Units.micros(s.alpha()) + (Double.isNaN(hw) ? " (held at 0)" : " [" + Units.micros(s.alpha() - hw)
                    + ", " + Units.micros(s.alpha() + hw) + "]") + ", bandwidth " + Units.gbps(s.bandwidth())
                    + (Double.isNaN(bw[0]) ? " (slope held at 0)" : " [" + Units.gbps(bw[0]) + ", " + Units.gbps(bw[1]) + "]")
                    + ", " + quality(s.fit().quality()));
        }
        double[] b = f.segmentation().breakpoints();
        List<String> at = new ArrayList<>();
        for (double x : b) {
            at.add(Units.bytes(x));
        }
        out.add("  " + (b.length == 0 ? "no switch" : "switch" + (b.length == 1 ? "" : "es") + " above "
                + String.join(", ", at)) + "; whole model " + quality(f.segmentation().quality()));
    }

    private static void logGp(List<String> out, LogGp g) {
        out.add("LogGP: L + 2o " + Units.micros(g.latency()) + " [" + Units.micros(g.latencyInterval()[0]) + ", "
                + Units.micros(g.latencyInterval()[1]) + "], G " + Units.number(g.gapPerByte() * 1e9) + " ns/byte ("
                + Units.gbps(1 / g.gapPerByte()) + ")" + (g.hasGap() ? ", g " + Units.micros(g.gap()) + " ["
                + Units.micros(g.gapInterval()[0]) + ", " + Units.micros(g.gapInterval()[1]) + "]" : "")
                + (g.rendezvousBytes() > 0 ? ", rendezvous above " + Units.bytes(g.rendezvousBytes()) : ", no rendezvous switch"));
        out.add("  latency " + quality(g.latencyQuality())
                + (g.bandwidthQuality() == null ? "" : "; bandwidth R² " + Units.number(g.bandwidthQuality().r2())
                + ", mean error " + Units.percent(g.bandwidthQuality().meanRelativeError())));
    }

    private static void numa(List<String> out, NumaMatrix m) {
        out.add("NUMA triad bandwidth (rows: cores on node, columns: memory on node " + m.nodes() + ")");
        for (int i = 0; i < m.nodes().size(); i++) {
            List<String> cells = new ArrayList<>();
            for (int j = 0; j < m.nodes().size(); j++) {
                cells.add(Units.gbps(m.bandwidth()[i][j]) + " (" + Units.percent(m.relative()[i][j]) + ")");
            }
            out.add("  node " + m.nodes().get(i) + ": " + String.join(", ", cells));
        }
        out.add("  remote over local, mean: " + Units.percent(m.meanRemoteRatio()));
    }

    private static String quality(FitQuality q) {
        return "R² " + Units.number(q.r2()) + ", RMSE " + Units.micros(q.rmse()) + ", mean error "
                + Units.percent(q.meanRelativeError());
    }
}
