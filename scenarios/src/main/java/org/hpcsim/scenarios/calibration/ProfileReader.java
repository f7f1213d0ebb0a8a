package org.hpcsim.scenarios.calibration;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.calibration.CalibratedModels;
import org.hpcsim.models.calibration.CalibratedSweep;
import org.hpcsim.models.calibration.LogGp;
import org.hpcsim.models.calibration.NumaMatrix;
import org.hpcsim.models.calibration.PiecewiseLinear;
import org.hpcsim.models.calibration.Roofline;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;

/** Reads a calibration profile's predicting models; every problem is one line naming the file and field. */
public final class ProfileReader {
    private ProfileReader() {}

    /** The models of the profile in {@code file}. */
    public static CalibratedModels read(Path file) {
        String origin = file.toString();
        ProfileFile f = new ScenarioLoader().read(ScenarioLoader.readText(file), origin, ProfileFile.class);
        if (f == null) {
            throw new ScenarioException(origin + ": the file is empty; a profile starts 'hpcsim: "
                    + ProfileYaml.KIND + "'");
        }
        ProfileFile.Network n = f.network();
        Map<Integer, CalibratedSweep> allreduce = new LinkedHashMap<>();
        for (int i = 0; i < n.allreduce().size(); i++) {
            ProfileFile.Allreduce a = n.allreduce().get(i);
            String at = origin + ": network.allreduce[" + i + "]";
            if (allreduce.containsKey(a.ranks())) {
                throw new ScenarioException(at + ".ranks: " + a.ranks() + " ranks appear twice; keep one model per"
                        + " rank count");
            }
            allreduce.put(a.ranks(), sweep(at, a.heldOutBytes(), a.segments()));
        }
        LogGp logGp = null;
        if (n.logGp() != null) {
            ProfileFile.LogGp g = n.logGp();
            double[] none = {Double.NaN, Double.NaN};
            logGp = new LogGp(g.latencySeconds(), none, g.gapPerByteSeconds(), none,
                    g.gapSeconds() == null ? Double.NaN : g.gapSeconds(), none, g.rendezvousBytes(), null, null,
                    Double.NaN);
        }
        ProfileFile.Gpu gpu = f.gpu();
        Roofline roofline = null;
        if (gpu != null && gpu.roofline() != null) {
            ProfileFile.Roofline r = gpu.roofline();
            roofline = new Roofline(r.memoryBandwidthBytesPerSecond(), null,
                    r.computeFlopsPerSecond() == null ? Double.NaN : r.computeFlopsPerSecond(), null, List.of(),
                    Double.NaN);
        }
        return new CalibratedModels(
                n.pointToPoint() == null ? null : sweep(origin + ": network.pointToPoint", n.pointToPoint().heldOutBytes(),
                        n.pointToPoint().segments()),
                logGp, logGp == null ? List.of() : doubles(n.logGp().heldOutBandwidthBytes()), allreduce,
                gpu == null || gpu.hostToDevice() == null ? null
                        : sweep(origin + ": gpu.hostToDevice", gpu.hostToDevice().heldOutBytes(), gpu.hostToDevice().segments()),
                gpu == null || gpu.deviceToHost() == null ? null
                        : sweep(origin + ": gpu.deviceToHost", gpu.deviceToHost().heldOutBytes(), gpu.deviceToHost().segments()),
                roofline, f.numa() == null ? null : numa(f.numa()));
    }

    private static NumaMatrix numa(ProfileFile.Numa n) {
        int size = n.nodes().size();
        double[][] bandwidth = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                Double v = n.bandwidthBytesPerSecond().get(i).get(j);
                bandwidth[i][j] = v == null ? Double.NaN : v;
            }
        }
        return NumaMatrix.of(n.nodes(), bandwidth, n.distances());
    }

    private static CalibratedSweep sweep(String at, List<Long> heldOut, List<ProfileFile.Piece> pieces) {
        try {
            return new CalibratedSweep(new PiecewiseLinear(pieces.stream().map(p -> new PiecewiseLinear.Piece(
                    p.fromBytes(), p.toBytes(), p.alphaSeconds(), p.secondsPerByte())).toList()), doubles(heldOut));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(at + ".segments: " + e.getMessage());
        }
    }

    private static List<Double> doubles(List<Long> values) {
        return values.stream().map(Long::doubleValue).toList();
    }
}
