package org.hpcsim.scenarios.pcluster;

/**
 * One {@code SharedStorage[]} entry, as far as hpcsim reports it (there is no storage model yet).
 *
 * @param name           {@code Name}
 * @param storageType    {@code StorageType}: Ebs, Efs, FsxLustre, FsxOpenZfs, FsxOntap or FileCache
 * @param mountDir       {@code MountDir}, or null
 * @param capacityGib    FSx for Lustre {@code StorageCapacity} in GiB, or 0 when not given
 * @param deploymentType FSx for Lustre {@code DeploymentType} (default SCRATCH_2), or null for other types
 * @param throughputMode EFS {@code ThroughputMode} (default bursting), or null for other types
 * @param fileSystemId   an existing file system's {@code FileSystemId}, or null for one the cluster creates
 */
public record SharedStorage(String name, String storageType, String mountDir, int capacityGib, String deploymentType,
                            String throughputMode, String fileSystemId) {
    /** Such as {@code scratch (FsxLustre at /fsx, 1200 GiB, SCRATCH_2)}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(name).append(" (").append(storageType);
        if (mountDir != null) {
            sb.append(" at ").append(mountDir);
        }
        if (fileSystemId != null) {
            sb.append(", existing ").append(fileSystemId);
        }
        if (capacityGib > 0) {
            sb.append(", ").append(capacityGib).append(" GiB");
        }
        if (deploymentType != null) {
            sb.append(", ").append(deploymentType);
        }
        if (throughputMode != null) {
            sb.append(", ").append(throughputMode).append(" throughput");
        }
        return sb.append(')').toString();
    }
}
