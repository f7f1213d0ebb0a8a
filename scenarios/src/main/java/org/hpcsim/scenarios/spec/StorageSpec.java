package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import org.hpcsim.models.cloud.StorageVolume;

/**
 * A shared file system paid for by its size over the run (a {@code storage:} entry): FSx for
 * Lustre by its provisioned capacity, EFS by the data it holds. hpcsim has no storage prices of
 * its own (they vary by deployment type, throughput and region), so the price is the user's.
 *
 * @param name             what reports call it (default: its type)
 * @param type             one of {@link #TYPES}, ParallelCluster's StorageType kinds
 * @param capacityGiB      GiB paid for; 0 until {@code --pcluster} fills it from an FSx for Lustre
 *                         StorageCapacity
 * @param pricePerGiBMonth US dollars per GiB-month
 */
public record StorageSpec(String name, String type, double capacityGiB, double pricePerGiBMonth) {
    /** The kinds of storage, as ParallelCluster's SharedStorage StorageType names them (lower case, hyphenated). */
    public static final List<String> TYPES = List.of("fsx-lustre", "efs", "ebs", "fsx-openzfs", "fsx-ontap",
            "file-cache");

    /** Validates the entry. */
    public StorageSpec {
        InvalidFieldException.require(type != null && TYPES.contains(type), "type",
                "unknown storage type '" + type + "' (allowed: " + String.join(", ", TYPES) + ")");
        InvalidFieldException.require(name != null && !name.isBlank(), "name", "must not be empty");
        InvalidFieldException.require(capacityGiB >= 0 && Double.isFinite(capacityGiB), "capacityGiB",
                "must be a positive number of GiB, got " + capacityGiB);
        InvalidFieldException.require(pricePerGiBMonth > 0 && Double.isFinite(pricePerGiBMonth), "pricePerGiBMonth",
                "must be a positive number of US dollars per GiB-month, got " + pricePerGiBMonth);
    }

    /** This entry with {@code gib} GiB. */
    public StorageSpec withCapacity(double gib) {
        return new StorageSpec(name, type, gib, pricePerGiBMonth);
    }

    /** The volume a run pays for. */
    public StorageVolume volume() {
        return new StorageVolume(name, type, capacityGiB, pricePerGiBMonth);
    }

    @JsonCreator
    static StorageSpec fromFile(@JsonProperty("name") String name, @JsonProperty("type") String type,
                                @JsonProperty("capacityGiB") Double capacityGiB,
                                @JsonProperty("pricePerGiBMonth") Double pricePerGiBMonth) {
        InvalidFieldException.require(type != null, "type", "is required (allowed: " + String.join(", ", TYPES) + ")");
        String t = type.toLowerCase(Locale.ROOT).replace('_', '-');
        InvalidFieldException.require(capacityGiB == null || capacityGiB > 0, "capacityGiB",
                "must be a positive number of GiB, got " + capacityGiB);
        InvalidFieldException.require(pricePerGiBMonth != null, "pricePerGiBMonth",
                "is required: US dollars per GiB-month, from the AWS pricing page for your region and deployment type"
                        + " (hpcsim has no storage prices)");
        return new StorageSpec(name == null ? t : name, t, capacityGiB == null ? 0 : capacityGiB, pricePerGiBMonth);
    }
}
