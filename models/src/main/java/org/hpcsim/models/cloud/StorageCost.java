package org.hpcsim.models.cloud;

/**
 * What one shared file system cost over a run's accounting window.
 *
 * @param name             its name
 * @param type             its kind, such as "fsx-lustre" or "efs"
 * @param capacityGiB      GiB paid for
 * @param pricePerGiBMonth US dollars per GiB-month
 * @param hours            hours paid: the accounting window
 * @param cost             US dollars: capacity x price x hours / {@link StorageVolume#HOURS_PER_MONTH}
 */
public record StorageCost(String name, String type, double capacityGiB, double pricePerGiBMonth, double hours,
                          double cost) {}
