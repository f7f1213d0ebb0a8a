package org.hpcsim.models.cloud;

/**
 * A shared file system paid for by its size over time, such as FSx for Lustre (its provisioned
 * capacity) or EFS (the data it holds).
 *
 * @param name             the name reports give it
 * @param type             its kind, such as "fsx-lustre" or "efs"
 * @param capacityGiB      GiB paid for
 * @param pricePerGiBMonth US dollars per GiB-month
 */
public record StorageVolume(String name, String type, double capacityGiB, double pricePerGiBMonth) {
    /**
     * Hours in the month a GiB-month price is for: a year's 8,760 hours over 12. AWS prorates
     * storage over the hours of each calendar month (its EFS pricing page divides GB-hours by 744
     * for March), so a real bill differs by up to 4% from month to month; a run has no calendar.
     */
    public static final double HOURS_PER_MONTH = 730;

    /** Validates the figures. */
    public StorageVolume {
        if (!(capacityGiB >= 0) || Double.isInfinite(capacityGiB) || !(pricePerGiBMonth >= 0)
                || Double.isInfinite(pricePerGiBMonth)) {
            throw new IllegalArgumentException("storage capacity and price must be finite and not negative");
        }
    }

    /** What it costs over {@code hours}. */
    public StorageCost costOver(double hours) {
        return new StorageCost(name, type, capacityGiB, pricePerGiBMonth, hours,
                capacityGiB * pricePerGiBMonth * hours / HOURS_PER_MONTH);
    }
}
