package org.hpcsim.scenarios.pcluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code Scheduling.SlurmQueues}: each queue and its compute resources, with ParallelCluster
 * v3's defaults and the checks its own schema makes on the keys hpcsim uses (Scheduling section of
 * the ParallelCluster v3 user guide; {@code cluster_schema.py} of aws-parallelcluster 3.x).
 */
final class QueueReader {
    /** v3's queue capacity types; the default is ONDEMAND. */
    static final List<String> CAPACITY_TYPES = List.of("ONDEMAND", "SPOT", "CAPACITY_BLOCK");
    // ComputeResources MinCount and MaxCount defaults (v3 user guide; DEFAULT_MIN_COUNT and
    // DEFAULT_MAX_COUNT in aws-parallelcluster's constants.py).
    static final int DEFAULT_MIN_COUNT = 0;
    static final int DEFAULT_MAX_COUNT = 10;

    private QueueReader() {}

    /** The queues of a Slurm {@code Scheduling} section, at least one. */
    static List<SlurmQueue> queues(ConfigSection scheduling) {
        List<ConfigSection> items = scheduling.list("SlurmQueues");
        if (items.isEmpty()) {
            throw scheduling.missing("SlurmQueues", "at least one Slurm queue with its ComputeResources");
        }
        List<SlurmQueue> queues = new ArrayList<>();
        for (ConfigSection q : items) {
            queues.add(queue(q));
        }
        return queues;
    }

    private static SlurmQueue queue(ConfigSection q) {
        String name = q.requiredText("Name", "the queue's name, which Slurm uses as the partition's");
        String capacity = q.text("CapacityType");
        if (capacity != null && !CAPACITY_TYPES.contains(capacity)) {
            throw q.error("CapacityType", "unknown capacity type '" + capacity + "' (allowed: "
                    + String.join(", ", CAPACITY_TYPES) + ")");
        }
        ConfigSection networking = q.section("Networking");
        PlacementGroup group = networking == null ? null : placementGroup(networking);
        boolean exclusive = q.bool("JobExclusiveAllocation", false);
        List<ConfigSection> items = q.list("ComputeResources");
        if (items.isEmpty()) {
            throw q.missing("ComputeResources", "at least one compute resource");
        }
        List<ComputeResource> resources = new ArrayList<>();
        for (ConfigSection cr : items) {
            resources.add(computeResource(cr));
        }
        return new SlurmQueue(name, capacity == null ? "ONDEMAND" : capacity,
                group == null ? PlacementGroup.NONE : group, exclusive, resources, q.path());
    }

    private static ComputeResource computeResource(ConfigSection cr) {
        String name = cr.requiredText("Name", "the compute resource's name");
        if (cr.has("CapacityType")) {
            List<Object> at = cr.path().segments();
            KeyPath queue = new KeyPath(at.subList(0, at.size() - 2));
            throw cr.error("CapacityType", "is a queue setting in ParallelCluster v3; move it to "
                    + queue.key("CapacityType"));
        }
        String single = cr.text("InstanceType");
        List<ConfigSection> flexible = cr.list("Instances");
        if (single != null && !flexible.isEmpty()) {
            throw cr.error("Instances", "give InstanceType or Instances, not both (as ParallelCluster requires)");
        }
        List<String> types = new ArrayList<>();
        KeyPath typeAt = cr.path().key("InstanceType");
        if (single != null) {
            types.add(single);
        } else if (!flexible.isEmpty()) {
            for (ConfigSection i : flexible) {
                types.add(i.requiredText("InstanceType", "an EC2 instance type"));
            }
            typeAt = flexible.get(0).path().key("InstanceType");
        } else {
            throw cr.missing("InstanceType", "or Instances: hpcsim sizes and prices the nodes by their instance type");
        }
        int min = cr.integer("MinCount", DEFAULT_MIN_COUNT);
        int max = cr.integer("MaxCount", DEFAULT_MAX_COUNT);
        if (min < 0) {
            throw cr.error("MinCount", "must be 0 or more, got " + min);
        }
        if (max < 1) {
            throw cr.error("MaxCount", "must be 1 or more, got " + max);
        }
        if (max < min) {
            throw cr.has("MaxCount")
                    ? cr.error("MaxCount", "is " + max + ", below MinCount " + min + " (MaxCount must be at least MinCount)")
                    : cr.error("MinCount", "is " + min + ", above MaxCount's default of " + max
                            + " (give MaxCount, at least MinCount)");
        }
        ConfigSection efa = cr.section("Efa");
        boolean efaEnabled = efa != null && efa.bool("Enabled", false);
        boolean smtOff = cr.bool("DisableSimultaneousMultithreading", false);
        ConfigSection networking = cr.section("Networking");
        PlacementGroup group = networking == null ? null : placementGroup(networking);
        return new ComputeResource(name, types, min, max, efaEnabled, smtOff, group, cr.path(), typeAt);
    }

    /** The placement group of a {@code Networking} mapping, or null when it names none. */
    private static PlacementGroup placementGroup(ConfigSection networking) {
        ConfigSection pg = networking.section("PlacementGroup");
        if (pg == null) {
            return null;
        }
        boolean enabled = pg.bool("Enabled", false);
        String name = pg.text("Name");
        String id = pg.text("Id");
        if (name != null && id != null) {
            throw pg.error("Id", "give Name or Id, not both (they are the same setting; as ParallelCluster requires)");
        }
        String group = name != null ? name : id;
        return new PlacementGroup(enabled || group != null, group);
    }
}
