package org.hpcsim.scenarios.pcluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code SharedStorage}: what each file system is, for the notes (SharedStorage section of
 * the ParallelCluster v3 user guide, which gives the defaults used here).
 */
final class StorageReader {
    private static final List<String> TYPES = List.of("Ebs", "Efs", "FsxLustre", "FsxOpenZfs", "FsxOntap", "FileCache");
    // FSx for Lustre DeploymentType and EFS ThroughputMode defaults (v3 user guide, SharedStorage).
    private static final String DEFAULT_LUSTRE_DEPLOYMENT = "SCRATCH_2";
    private static final String DEFAULT_EFS_THROUGHPUT = "bursting";

    private StorageReader() {}

    /** The entries of the top-level {@code SharedStorage} list. */
    static List<SharedStorage> sharedStorage(ConfigSection root) {
        List<SharedStorage> out = new ArrayList<>();
        for (ConfigSection s : root.list("SharedStorage")) {
            out.add(entry(s));
        }
        return out;
    }

    private static SharedStorage entry(ConfigSection s) {
        String name = s.requiredText("Name", "the storage's name");
        String type = s.requiredText("StorageType", "one of " + String.join(", ", TYPES));
        if (!TYPES.contains(type)) {
            throw s.error("StorageType", "unknown storage type '" + type + "' (allowed: " + String.join(", ", TYPES) + ")");
        }
        String mountDir = s.text("MountDir");
        if (type.equals("FsxLustre")) {
            ConfigSection fsx = s.section("FsxLustreSettings");
            if (fsx == null) {
                return new SharedStorage(name, type, mountDir, 0, DEFAULT_LUSTRE_DEPLOYMENT, null, null);
            }
            int capacity = fsx.integer("StorageCapacity", 0);
            if (capacity < 0) {
                throw fsx.error("StorageCapacity", "must be a positive number of GiB, got " + capacity);
            }
            String deployment = fsx.text("DeploymentType");
            String existing = fsx.text("FileSystemId");
            // An existing file system keeps its own deployment type, which the file does not say.
            return new SharedStorage(name, type, mountDir, capacity,
                    deployment != null || existing != null ? deployment : DEFAULT_LUSTRE_DEPLOYMENT, null, existing);
        }
        if (type.equals("Efs")) {
            ConfigSection efs = s.section("EfsSettings");
            if (efs == null) {
                return new SharedStorage(name, type, mountDir, 0, null, DEFAULT_EFS_THROUGHPUT, null);
            }
            String throughput = efs.text("ThroughputMode");
            String existing = efs.text("FileSystemId");
            return new SharedStorage(name, type, mountDir, 0, null,
                    throughput != null || existing != null ? throughput : DEFAULT_EFS_THROUGHPUT, existing);
        }
        return new SharedStorage(name, type, mountDir, 0, null, null, null);
    }
}
