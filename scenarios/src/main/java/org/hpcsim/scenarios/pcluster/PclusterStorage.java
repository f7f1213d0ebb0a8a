package org.hpcsim.scenarios.pcluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hpcsim.scenarios.spec.StorageSpec;

/**
 * Prices the shared storage of a ParallelCluster configuration with the scenario's
 * {@code storage:} entries. The file gives sizes but no prices: an FSx for Lustre
 * {@code StorageCapacity} fills the capacity of the scenario's fsx-lustre entry that leaves it
 * out (the one of the same name, else the only one), and the scenario's price applies. A file
 * system no entry prices is noted and costs nothing.
 */
public final class PclusterStorage {
    private PclusterStorage() {}

    /** The scenario's entries {@code given} with capacities filled from {@code config}; notes go to {@code notes}. */
    public static List<StorageSpec> storage(PclusterConfig config, List<StorageSpec> given, List<String> notes) {
        return storage(config.origin(), config.sharedStorage(), given, notes);
    }

    /** As above, for a configuration read whole. */
    public static List<StorageSpec> storage(PclusterCluster config, List<StorageSpec> given, List<String> notes) {
        return storage(config.origin(), config.sharedStorage(), given, notes);
    }

    private static List<StorageSpec> storage(String origin, List<SharedStorage> shared, List<StorageSpec> given,
                                             List<String> notes) {
        List<StorageSpec> out = new ArrayList<>(given);
        String o = origin + ": ";
        for (SharedStorage fs : shared) {
            String type = typeOf(fs.storageType());
            int i = fs.capacityGib() > 0 ? unfilled(out, type, fs.name()) : -1;
            if (i >= 0) {
                StorageSpec e = out.get(i);
                String name = e.name().equals(e.type()) ? fs.name() : e.name();
                out.set(i, new StorageSpec(name, type, fs.capacityGib(), e.pricePerGiBMonth()));
                notes.add(o + "shared storage " + fs.name() + ": " + fs.capacityGib() + " GiB (StorageCapacity) at $"
                        + e.pricePerGiBMonth() + " per GiB-month (the scenario's storage entry)");
            } else if (!priced(out, type, fs.name())) {
                notes.add(o + "shared storage " + fs.name() + " is not priced: hpcsim has no storage prices; give the"
                        + " scenario a storage entry {name: " + fs.name() + ", type: " + type
                        + (fs.capacityGib() > 0 ? "" : ", capacityGiB: ...") + ", pricePerGiBMonth: ...}");
            }
        }
        return out;
    }

    /** ParallelCluster's StorageType as a scenario's storage type: FsxLustre is fsx-lustre. */
    static String typeOf(String storageType) {
        return switch (storageType) {
            case "FsxLustre" -> "fsx-lustre";
            case "FsxOpenZfs" -> "fsx-openzfs";
            case "FsxOntap" -> "fsx-ontap";
            case "FileCache" -> "file-cache";
            default -> storageType.toLowerCase(Locale.ROOT);
        };
    }

    // The entry without a capacity for a file system: of its name, else the only one of its type.
    private static int unfilled(List<StorageSpec> entries, String type, String name) {
        int only = -1;
        int count = 0;
        for (int i = 0; i < entries.size(); i++) {
            StorageSpec e = entries.get(i);
            if (e.type().equals(type) && e.capacityGiB() == 0) {
                if (e.name().equals(name)) {
                    return i;
                }
                if (e.name().equals(type)) {
                    only = i;
                    count++;
                }
            }
        }
        return count == 1 ? only : -1;
    }

    private static boolean priced(List<StorageSpec> entries, String type, String name) {
        for (StorageSpec e : entries) {
            if (e.type().equals(type) && (e.name().equals(name) || e.name().equals(type))) {
                return true;
            }
        }
        return false;
    }
}
