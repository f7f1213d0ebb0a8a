package org.hpcsim.scenarios.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.calibration.CollectiveSeries;
import org.hpcsim.models.calibration.KernelResult;
import org.hpcsim.models.calibration.Measurements;
import org.hpcsim.models.calibration.NumaTriad;
import org.hpcsim.models.calibration.Point;
import org.hpcsim.models.calibration.Series;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;

/**
 * measurements.json: everything `hpcsim calibrate run` measured, parsed, with the machine's
 * description, in a fixed key order; and reading it back for `fit` and `check`.
 */
public final class MeasurementsJson {
    /** Its file name in a calibration folder. */
    public static final String FILE_NAME = "measurements.json";

    private MeasurementsJson() {}

    /** The JSON text of {@code m}, ending in a newline. */
    public static String render(Measurements m) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("hpcsim", MeasurementsFile.KIND);
        root.put("version", MeasurementsFile.VERSION);
        root.put("machine", m.machine());
        root.put("sources", m.sources());
        root.put("latency", sweeps(m.latency(), null, "seconds"));
        root.put("bandwidth", sweeps(m.bandwidth(), null, "bytes/s"));
        List<Map<String, Object>> allreduce = new ArrayList<>();
        for (CollectiveSeries c : m.allreduce()) {
            allreduce.addAll(sweeps(List.of(c.series()), c.ranks(), "seconds"));
        }
        root.put("allreduce", allreduce);
        root.put("gpuKernels", m.gpuKernels().stream().map(MeasurementsJson::kernel).toList());
        root.put("gpuTransfers", m.gpuTransfers().stream().map(MeasurementsJson::kernel).toList());
        List<Map<String, Object>> triads = new ArrayList<>();
        for (NumaTriad t : m.numaTriads()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("cpuNode", t.cpuNode());
            e.put("memoryNode", t.memoryNode());
            e.put("result", kernel(t.result()));
            triads.add(e);
        }
        root.put("numaTriads", triads);
        root.put("numaDistances", m.numaDistances());
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render measurements: " + e.getMessage(), e);
        }
    }

    /** Reads {@code file}; a malformed one is a one-line error naming the file and field or line. */
    public static Measurements read(Path file) {
        String origin = file.toString();
        MeasurementsFile f = new ScenarioLoader().read(ScenarioLoader.readText(file), origin, MeasurementsFile.class);
        if (f == null) {
            throw new ScenarioException(origin + ": the file is empty");
        }
        MeasurementsBuilder b = new MeasurementsBuilder();
        f.machine().forEach(b::machine);
        f.sources().forEach(b::source);
        try {
            f.latency().forEach(e -> b.latency(series(e)));
            f.bandwidth().forEach(e -> b.bandwidth(series(e)));
            for (int i = 0; i < f.allreduce().size(); i++) {
                MeasurementsFile.SweepEntry e = f.allreduce().get(i);
                if (e.ranks() == null || e.ranks() < 1) {
                    throw new ScenarioException(origin + ": allreduce[" + i + "].ranks: expected a rank count >= 1, got "
                            + e.ranks());
                }
                b.allreduce(new CollectiveSeries(e.ranks(), series(e)));
            }
            f.gpuKernels().forEach(k -> b.gpuKernel(kernel(k)));
            f.gpuTransfers().forEach(k -> b.gpuTransfer(kernel(k)));
            f.numaTriads().forEach(t -> b.numaTriad(new NumaTriad(t.cpuNode(), t.memoryNode(), kernel(t.result()))));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(origin + ": " + e.getMessage());
        }
        b.numaDistances(f.numaDistances());
        return b.build();
    }

    private static List<Map<String, Object>> sweeps(List<Series> list, Integer ranks, String unit) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Series s : list) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("source", s.source());
            if (ranks != null) {
                e.put("ranks", ranks);
            }
            e.put("unit", unit);
            e.put("points", s.points().stream().map(p -> List.of(p.bytes(), p.value())).toList());
            out.add(e);
        }
        return out;
    }

    private static Map<String, Object> kernel(KernelResult k) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("kernel", k.kernel());
        e.put("elements", k.elements());
        e.put("bytes", k.bytes());
        e.put("flops", k.flops());
        e.put("seconds", k.seconds());
        return e;
    }

    private static Series series(MeasurementsFile.SweepEntry e) {
        return new Series(e.source(), e.points().stream().map(p -> new Point(p.get(0), p.get(1))).toList());
    }

    private static KernelResult kernel(MeasurementsFile.KernelEntry k) {
        return new KernelResult(k.kernel(), k.elements(), k.bytes(), k.flops(), k.seconds());
    }
}
