package org.hpcsim.models.cloud;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The instance types hpcsim knows by name, with their sizes and On-Demand prices. */
public final class InstanceCatalog {
    // Prices: AWS us-east-1 On-Demand, Linux, per hour, as gathered in the project's
    // shared/REFERENCE.md (cloud section, November 2026); sizes from the same place and AWS's
    // instance type pages. The p4d and p5 prices are those after AWS's June 2025 reduction.
    private static final String SOURCE = "AWS us-east-1 On-Demand Linux, per shared/REFERENCE.md (Nov 2026)";
    private static final List<InstanceType> TYPES = List.of(
            new InstanceType("c5n.18xlarge", 72, 36, 192, 0, 100, 3.888, SOURCE),
            new InstanceType("hpc7a.96xlarge", 192, 192, 768, 0, 300, 7.20, SOURCE),
            new InstanceType("p4d.24xlarge", 96, 48, 1152, 8, 400, 21.96, SOURCE + ", after the June 2025 cut"),
            new InstanceType("p5.48xlarge", 192, 96, 2048, 8, 3200, 55.04, SOURCE + ", after the June 2025 cut"),
            // Head-node sizes of the c5n family: AWS prices a family linearly by size, so each is
            // c5n.18xlarge's $3.888 scaled (x/18); 2 vCPUs and 5.25 GiB per large (AWS's c5n page;
            // memory rounded down to whole GiB).
            new InstanceType("c5n.large", 2, 1, 5, 0, 25, 0.108, SOURCE + ", scaled by size from c5n.18xlarge"),
            new InstanceType("c5n.xlarge", 4, 2, 10, 0, 25, 0.216, SOURCE + ", scaled by size from c5n.18xlarge"),
            new InstanceType("c5n.2xlarge", 8, 4, 21, 0, 25, 0.432, SOURCE + ", scaled by size from c5n.18xlarge"));

    private InstanceCatalog() {}

    /** The type named {@code name}, if the catalog has it. */
    public static Optional<InstanceType> find(String name) {
        return TYPES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The names, comma-separated, for error messages. */
    public static String names() {
        return TYPES.stream().map(InstanceType::name).collect(Collectors.joining(", "));
    }
}
