package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hpcsim.models.hardware.HardwareCatalog;
import org.hpcsim.models.hardware.Precision;
import org.hpcsim.models.network.AllreduceAlgorithm;
import org.hpcsim.models.perf.AppProfile;
import org.hpcsim.models.perf.BulkSynchronousProfile;
import org.hpcsim.models.perf.DataParallelProfile;
import org.hpcsim.models.perf.EmbarrassinglyParallelProfile;
import org.hpcsim.models.perf.Io;
import org.hpcsim.models.perf.MemoryBoundProfile;
import org.hpcsim.models.perf.RigidProfile;

/**
 * One application profile of {@code hardware.profiles}: its kind and the figures that kind takes.
 * Iterations (steps, tasks) left out are derived from each job's recorded runtime.
 *
 * @param profile the model's profile
 */
public record ProfileSpec(AppProfile profile) {
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "rigid", Set.of(),
            "bsp-mpi", Set.of("iterations", "flopsPerRank", "memoryBytesPerRank", "haloBytes", "haloDimensions",
                    "allreduceBytes",
                    "algorithm", "efficiency", "pinned", "io"),
            "data-parallel", Set.of("steps", "flopsPerSample", "memoryBytesPerSample", "batchPerGpu", "gradientBytes",
                    "precision", "algorithm", "efficiency", "mig", "io"),
            "embarrassingly-parallel", Set.of("tasks", "coresPerTask", "taskSeconds", "referenceNodeType",
                    "referenceGflopsPerCore", "io"),
            "memory-bound", Set.of("iterations", "bytesPerTask", "flopsPerTask", "tasksPerNode", "pinned", "io"));
    private static final String KINDS = "rigid, bsp-mpi, data-parallel, embarrassingly-parallel, memory-bound";

    /** Validates the profile. */
    public ProfileSpec {
        InvalidFieldException.require(profile != null, "kind", "is required (" + KINDS + ")");
    }

    @JsonCreator
    static ProfileSpec fromFile(@JsonProperty("kind") String kind,
                                @JsonProperty("iterations") Double iterations,
                                @JsonProperty("steps") Double steps,
                                @JsonProperty("tasks") Long tasks,
                                @JsonProperty("flopsPerRank") Double flopsPerRank,
                                @JsonProperty("memoryBytesPerRank") Double memoryBytesPerRank,
                                @JsonProperty("haloBytes") Long haloBytes,
                                @JsonProperty("haloDimensions") Integer haloDimensions,
                                @JsonProperty("allreduceBytes") Long allreduceBytes,
                                @JsonProperty("algorithm") String algorithm,
                                @JsonProperty("efficiency") Double efficiency,
                                @JsonProperty("pinned") Boolean pinned,
                                @JsonProperty("flopsPerSample") Double flopsPerSample,
                                @JsonProperty("memoryBytesPerSample") Double memoryBytesPerSample,
                                @JsonProperty("batchPerGpu") Integer batchPerGpu,
                                @JsonProperty("gradientBytes") Double gradientBytes,
                                @JsonProperty("precision") String precision,
                                @JsonProperty("mig") String mig,
                                @JsonProperty("coresPerTask") Integer coresPerTask,
                                @JsonProperty("taskSeconds") Double taskSeconds,
                                @JsonProperty("referenceNodeType") String referenceNodeType,
                                @JsonProperty("referenceGflopsPerCore") Double referenceGflopsPerCore,
                                @JsonProperty("bytesPerTask") Double bytesPerTask,
                                @JsonProperty("flopsPerTask") Double flopsPerTask,
                                @JsonProperty("tasksPerNode") Integer tasksPerNode,
                                @JsonProperty("io") IoSpec io) {
        InvalidFieldException.require(kind != null, "kind", "is required (" + KINDS + ")");
        String k = kind.toLowerCase(Locale.ROOT);
        InvalidFieldException.require(FIELDS.containsKey(k), "kind", "unknown profile kind '" + kind + "' (" + KINDS + ")");
        Object[] values = {iterations, steps, tasks, flopsPerRank, memoryBytesPerRank, haloBytes, haloDimensions,
            allreduceBytes,
            algorithm, efficiency, pinned, flopsPerSample, memoryBytesPerSample, batchPerGpu, gradientBytes, precision,
            mig, coresPerTask, taskSeconds, referenceNodeType, referenceGflopsPerCore, bytesPerTask, flopsPerTask,
            tasksPerNode, io};
        String[] names = {"iterations", "steps", "tasks", "flopsPerRank", "memoryBytesPerRank", "haloBytes",
            "haloDimensions", "allreduceBytes", "algorithm", "efficiency", "pinned", "flopsPerSample", "memoryBytesPerSample",
            "batchPerGpu", "gradientBytes", "precision", "mig", "coresPerTask", "taskSeconds", "referenceNodeType",
            "referenceGflopsPerCore", "bytesPerTask", "flopsPerTask", "tasksPerNode", "io"};
        for (int i = 0; i < names.length; i++) {
            InvalidFieldException.require(values[i] == null || FIELDS.get(k).contains(names[i]), names[i],
                    "does not apply to a " + k + " profile (it takes: " + sorted(FIELDS.get(k)) + ")");
        }
        Io i = io == null ? Io.NONE : io.io();
        double eff = positiveShare(efficiency);
        return new ProfileSpec(switch (k) {
            case "rigid" -> RigidProfile.INSTANCE;
            case "bsp-mpi" -> new BulkSynchronousProfile(count(iterations, "iterations"),
                    nonNegative(flopsPerRank, "flopsPerRank"), nonNegative(memoryBytesPerRank, "memoryBytesPerRank"),
                    bytes(haloBytes, "haloBytes"), haloDimensions(haloDimensions), bytes(allreduceBytes, "allreduceBytes"),
                    algorithm(algorithm), eff,
                    pinned == null || pinned, i);
            case "data-parallel" -> dataParallel(steps, flopsPerSample, memoryBytesPerSample, batchPerGpu,
                    gradientBytes, precision, algorithm, eff, mig, i);
            case "embarrassingly-parallel" -> new EmbarrassinglyParallelProfile(tasks == null ? 0 : positiveTasks(tasks),
                    coresPerTask == null ? 1 : atLeastOne(coresPerTask, "coresPerTask"),
                    required(taskSeconds, "taskSeconds"), referenceFlops(referenceNodeType, referenceGflopsPerCore), i);
            default -> new MemoryBoundProfile(count(iterations, "iterations"), required(bytesPerTask, "bytesPerTask"),
                    nonNegative(flopsPerTask, "flopsPerTask"), tasksPerNode == null ? 0 : atLeastOne(tasksPerNode,
                    "tasksPerNode"), pinned != null && pinned, i);
        });
    }

    private static AppProfile dataParallel(Double steps, Double flopsPerSample, Double memoryBytesPerSample,
                                           Integer batchPerGpu, Double gradientBytes, String precision,
                                           String algorithm, double efficiency, String mig, Io io) {
        double flops = required(flopsPerSample, "flopsPerSample");
        InvalidFieldException.require(flops > 0, "flopsPerSample", "must be positive, got " + flops);
        return new DataParallelProfile(count(steps, "steps"), flops,
                nonNegative(memoryBytesPerSample, "memoryBytesPerSample"),
                batchPerGpu == null ? 1 : atLeastOne(batchPerGpu, "batchPerGpu"),
                nonNegative(gradientBytes, "gradientBytes"), precision(precision), algorithm(algorithm), efficiency,
                mig, io);
    }

    private static double count(Double v, String field) {
        if (v == null) {
            return -1;
        }
        InvalidFieldException.require(v >= 0 && Double.isFinite(v), field,
                "must be 0 or more (leave it out to derive it from each job's recorded runtime), got " + v);
        return v;
    }

    private static double required(Double v, String field) {
        InvalidFieldException.require(v != null, field, "is required");
        return nonNegative(v, field);
    }

    private static double nonNegative(Double v, String field) {
        double d = v == null ? 0 : v;
        InvalidFieldException.require(d >= 0 && Double.isFinite(d), field, "must be 0 or more, got " + d);
        return d;
    }

    private static long bytes(Long v, String field) {
        long b = v == null ? 0 : v;
        InvalidFieldException.require(b >= 0, field, "must be 0 or more bytes, got " + b);
        return b;
    }

    private static long positiveTasks(long tasks) {
        InvalidFieldException.require(tasks > 0, "tasks",
                "must be positive (leave it out to derive the waves from each job's recorded runtime), got " + tasks);
        return tasks;
    }

    /** A domain decomposition over nodes is three-dimensional unless the profile says otherwise, as CFD codes are. */
    private static int haloDimensions(Integer dims) {
        int d = dims == null ? 3 : dims;
        InvalidFieldException.require(d >= 1 && d <= 3, "haloDimensions", "must be 1, 2 or 3, got " + d);
        return d;
    }

    private static int atLeastOne(int v, String field) {
        InvalidFieldException.require(v >= 1, field, "must be at least 1, got " + v);
        return v;
    }

    private static double positiveShare(Double v) {
        double e = v == null ? 1 : v;
        InvalidFieldException.require(e > 0 && e <= 1, "efficiency",
                "must be a share of the peak in (0, 1], got " + e);
        return e;
    }

    private static AllreduceAlgorithm algorithm(String word) {
        if (word == null) {
            return AllreduceAlgorithm.RING;
        }
        try {
            return AllreduceAlgorithm.fromName(word);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("algorithm",
                    "unknown allreduce '" + word + "' (ring, tree, recursive-doubling, rabenseifner)");
        }
    }

    private static Precision precision(String word) {
        if (word == null) {
            return Precision.BF16;
        }
        for (Precision p : Precision.values()) {
            if (p.name().replace('_', '-').equalsIgnoreCase(word)) {
                return p;
            }
        }
        throw new InvalidFieldException("precision", "unknown precision '" + word + "' (fp64, fp64-tensor, fp32, bf16)");
    }

    private static double referenceFlops(String nodeType, Double gflops) {
        InvalidFieldException.require(nodeType == null || gflops == null, "referenceGflopsPerCore",
                "give it or referenceNodeType, not both");
        if (gflops != null) {
            InvalidFieldException.require(gflops > 0 && Double.isFinite(gflops), "referenceGflopsPerCore",
                    "must be a positive GFLOP/s figure, got " + gflops);
            return gflops * 1e9;
        }
        if (nodeType == null) {
            return 0;
        }
        return HardwareCatalog.node(nodeType).orElseThrow(() -> new InvalidFieldException("referenceNodeType",
                "unknown node type '" + nodeType + "' (known: " + HardwareCatalog.nodeNames() + ")")).flopsPerCore();
    }

    private static String sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list.isEmpty() ? "nothing" : String.join(", ", list);
    }
}
