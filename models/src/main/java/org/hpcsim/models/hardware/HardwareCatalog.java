package org.hpcsim.models.hardware;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The built-in hardware hpcsim knows by name: accelerator models and node types, each with the
 * sources of its figures, for scenarios to name instead of spelling every figure out.
 */
public final class HardwareCatalog {
    private HardwareCatalog() {}

    /** The accelerator model named {@code name} (e.g. {@code H100-80GB}), if the catalog has it. */
    public static Optional<GpuModel> gpu(String name) {
        return find(GpuCatalog.GPUS, GpuModel::name, name);
    }

    /** The node type named {@code name} (e.g. {@code p5.48xlarge}), if the catalog has it. */
    public static Optional<NodeType> node(String name) {
        return find(NodeCatalog.NODES, NodeType::name, name);
    }

    /** The accelerator models' names, comma-separated, for error messages. */
    public static String gpuNames() {
        return names(GpuCatalog.GPUS, GpuModel::name);
    }

    /** The node types' names, comma-separated, for error messages. */
    public static String nodeNames() {
        return names(NodeCatalog.NODES, NodeType::name);
    }

    /** Every accelerator model, in catalog order. */
    public static List<GpuModel> gpus() {
        return GpuCatalog.GPUS;
    }

    /** Every node type, in catalog order. */
    public static List<NodeType> nodes() {
        return NodeCatalog.NODES;
    }

    private static <T> Optional<T> find(List<T> entries, Function<T, String> name, String wanted) {
        return entries.stream().filter(e -> name.apply(e).equals(wanted)).findFirst();
    }

    private static <T> String names(List<T> entries, Function<T, String> name) {
        return entries.stream().map(name).collect(Collectors.joining(", "));
    }
}
