package org.hpcsim.scenarios.calibration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.calibration.AllreduceFit;
import org.hpcsim.models.calibration.CalibrationProfile;
import org.hpcsim.models.calibration.FitQuality;
import org.hpcsim.models.calibration.GpuFit;
import org.hpcsim.models.calibration.LinearFit;
import org.hpcsim.models.calibration.LogGp;
import org.hpcsim.models.calibration.NumaMatrix;
import org.hpcsim.models.calibration.Roofline;
import org.hpcsim.models.calibration.Segment;
import org.hpcsim.models.calibration.SweepFit;

/**
 * Writes a calibration profile as YAML. A scenario's {@code interconnect: {profile: FILE}} reads
 * its point-to-point pieces, and {@code nodeType: {profile: FILE}} its {@code gpu.roofline} and
 * {@code numa}; the statistics beside each parameter are for people. Units are in the key names; numbers have
 * six significant digits; a missing value (no interval, no model) is null.
 */
public final class ProfileYaml {
    /** The value of the {@code hpcsim} key. */
    public static final String KIND = "calibration-profile";
    /** The format version this code writes and reads. */
    public static final int VERSION = 1;

    /** The first line of every profile, by which a folder reader knows one. */
    static final String HEADER_FIRST_LINE = "# hpcsim calibration profile";

    private static final String HEADER = """
            # hpcsim calibration profile, written by 'hpcsim calibrate fit'.
            # Sizes in bytes, times in seconds, bandwidths in bytes per second; every interval is a 95%
            # confidence interval. A message size uses the first segment whose toBytes it does not exceed
            # (the last segment past them all): time = alphaSeconds + bytes * secondsPerByte. A breakpoint
            # is a segment's last size: larger messages use the next segment.
            """;

    private ProfileYaml() {}

    /** The profile's YAML text. */
    public static String render(CalibrationProfile p) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("hpcsim", KIND);
        root.put("version", VERSION);
        root.put("machine", p.machine());
        root.put("sources", p.sources());
        Map<String, Object> fit = new LinkedHashMap<>();
        fit.put("maxSegments", p.options().maxSegments());
        fit.put("minPointsPerSegment", p.options().minPoints());
        fit.put("holdOutEvery", p.options().holdOutEvery());
        fit.put("logGp", p.options().logGp());
        root.put("fit", fit);
        Map<String, Object> network = new LinkedHashMap<>();
        network.put("pointToPoint", p.pointToPoint() == null ? null : sweep(p.pointToPoint()));
        network.put("logGp", p.logGp() == null ? null : logGp(p.logGp(), p.bandwidthHeldOutBytes()));
        List<Object> allreduce = new ArrayList<>();
        for (AllreduceFit a : p.allreduce()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ranks", a.ranks());
            m.put("reductionSecondsPerByte", round(a.reductionSecondsPerByte()));
            m.putAll(sweep(a.fit()));
            allreduce.add(m);
        }
        network.put("allreduce", allreduce);
        root.put("network", network);
        root.put("gpu", p.gpu() == null ? null : gpu(p.gpu()));
        root.put("numa", p.numa() == null ? null : numa(p.numa()));
        root.put("notes", p.notes());
        return HEADER + YamlText.render(root);
    }

    static Map<String, Object> sweep(SweepFit f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", "piecewise-hockney");
        m.put("source", f.source());
        m.put("heldOutBytes", bytes(f.heldOutBytes()));
        List<Object> breakpoints = new ArrayList<>();
        for (double b : f.segmentation().breakpoints()) {
            breakpoints.add((long) b);
        }
        m.put("breakpointsBytes", breakpoints);
        m.put("bic", round(f.segmentation().bic()));
        m.put("bicBySegments", f.segmentation().bicBySegments().stream().map(ProfileYaml::round).toList());
        m.put("quality", quality(f.segmentation().quality(), "Seconds"));
        List<Object> segments = new ArrayList<>();
        for (Segment s : f.segmentation().segments()) {
            Map<String, Object> e = new LinkedHashMap<>();
            LinearFit lf = s.fit();
            e.put("fromBytes", (long) s.fromBytes());
            e.put("toBytes", (long) s.toBytes());
            e.put("alphaSeconds", round(s.alpha()));
            e.put("alphaInterval", interval(s.alpha(), lf.interceptHalfWidth()));
            e.put("secondsPerByte", round(s.secondsPerByte()));
            e.put("secondsPerByteInterval", interval(s.secondsPerByte(), lf.slopeHalfWidth()));
            e.put("bandwidthBytesPerSecond", round(s.bandwidth()));
            double[] bw = s.bandwidthInterval();
            e.put("bandwidthInterval", Double.isNaN(bw[0]) ? null : List.of(round(bw[0]), round(bw[1])));
            e.put("fitted", switch (lf.kind()) {
                case FREE -> "alpha and slope";
                case THROUGH_ORIGIN -> "slope (alpha held at 0)";
                case FLAT -> "alpha (slope held at 0)";
            });
            e.put("quality", quality(lf.quality(), "Seconds"));
            segments.add(e);
        }
        m.put("segments", segments);
        return m;
    }

    private static Map<String, Object> logGp(LogGp g, List<Double> bandwidthHeldOut) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", "loggp");
        m.put("latencySeconds", round(g.latency()));
        m.put("latencyInterval", pair(g.latencyInterval()));
        m.put("gapPerByteSeconds", round(g.gapPerByte()));
        m.put("gapPerByteInterval", pair(g.gapPerByteInterval()));
        m.put("gapSeconds", round(g.gap()));
        m.put("gapInterval", g.hasGap() ? pair(g.gapInterval()) : null);
        m.put("rendezvousBytes", (long) g.rendezvousBytes());
        m.put("heldOutBandwidthBytes", bytes(bandwidthHeldOut));
        m.put("bic", round(g.bic()));
        m.put("latencyQuality", quality(g.latencyQuality(), "Seconds"));
        m.put("bandwidthQuality", g.bandwidthQuality() == null ? null : quality(g.bandwidthQuality(), "BytesPerSecond"));
        return m;
    }

    private static Map<String, Object> gpu(GpuFit g) {
        Map<String, Object> m = new LinkedHashMap<>();
        Roofline r = g.roofline();
        if (r != null) {
            Map<String, Object> roof = new LinkedHashMap<>();
            roof.put("memoryBandwidthBytesPerSecond", round(r.memoryBandwidth()));
            roof.put("memoryKernel", r.memoryKernel());
            roof.put("computeFlopsPerSecond", round(r.computeFlops()));
            roof.put("computeKernel", r.computeKernel());
            roof.put("tiledGemmSpeedup", round(r.tiledSpeedup()));
            List<Object> kernels = new ArrayList<>();
            for (Roofline.RooflinePoint k : r.points()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("kernel", k.kernel());
                e.put("intensityFlopsPerByte", round(k.intensity()));
                e.put("flopsPerSecond", round(k.flops()));
                e.put("bytesPerSecond", round(k.bytes()));
                e.put("attainableFlopsPerSecond", round(k.attainable()));
                e.put("efficiency", round(k.efficiency()));
                kernels.add(e);
            }
            roof.put("kernels", kernels);
            m.put("roofline", roof);
        } else {
            m.put("roofline", null);
        }
        m.put("hostToDevice", g.hostToDevice() == null ? null : sweep(g.hostToDevice()));
        m.put("deviceToHost", g.deviceToHost() == null ? null : sweep(g.deviceToHost()));
        return m;
    }

    private static Map<String, Object> numa(NumaMatrix n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", n.nodes());
        m.put("bandwidthBytesPerSecond", matrix(n.bandwidth()));
        m.put("relativeToLocal", matrix(n.relative()));
        m.put("meanRemoteRatio", round(n.meanRemoteRatio()));
        m.put("distances", n.distances());
        return m;
    }

    private static List<Object> matrix(double[][] a) {
        List<Object> rows = new ArrayList<>();
        for (double[] row : a) {
            List<Object> r = new ArrayList<>();
            for (double v : row) {
                r.add(round(v));
            }
            rows.add(r);
        }
        return rows;
    }

    private static Map<String, Object> quality(FitQuality q, String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points", q.points());
        m.put("r2", round(q.r2()));
        m.put("rmse" + unit, round(q.rmse()));
        m.put("meanRelativeError", round(q.meanRelativeError()));
        m.put("maxRelativeError", round(q.maxRelativeError()));
        return m;
    }

    private static List<Object> interval(double value, double halfWidth) {
        return Double.isNaN(halfWidth) ? null : List.of(round(value - halfWidth), round(value + halfWidth));
    }

    private static List<Object> pair(double[] interval) {
        return List.of(round(interval[0]), round(interval[1]));
    }

    private static List<Object> bytes(List<Double> sizes) {
        return sizes.stream().map(d -> (Object) (long) (double) d).toList();
    }

    /** {@code v} to six significant digits; NaN and infinities stay (written as null). */
    static Double round(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(6)).doubleValue();
    }
}
