package org.hpcsim.scenarios.pcluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.cloud.InstanceCatalog;
import org.hpcsim.scenarios.ScenarioLoader;

/**
 * Reads an AWS ParallelCluster v3 cluster configuration and picks the compute resource to
 * simulate. Keys hpcsim does not model are tolerated and listed; problems with the keys it uses
 * are one-line errors naming the file, line and key.
 */
public final class PclusterReader {
    /** {@code ScaledownIdletime} default, in minutes (v3 user guide, SlurmSettings). */
    static final int DEFAULT_SCALEDOWN_IDLETIME = 10;
    /** {@code ScaledownIdletime} that turns Slurm power saving off: nodes never power down. */
    public static final int NEVER_SCALE_DOWN = -1;

    private PclusterReader() {}

    /**
     * Reads {@code file} and picks the compute resource named {@code resource} of the queue named
     * {@code queue}; either may be null when the file leaves no doubt.
     */
    public static PclusterConfig read(Path file, String queue, String resource) {
        return parse(ScenarioLoader.readText(file), file.toString(), queue, resource);
    }

    /** As {@link #read}, from text; {@code origin} names it in messages. */
    public static PclusterConfig parse(String text, String origin, String queue, String resource) {
        Parsed p = parsed(text, origin);
        ResourceChoice.Chosen chosen = ResourceChoice.choose(p.queues(), queue, resource, origin);
        check(p.doc(), chosen.queue(), chosen.resource());
        return new PclusterConfig(origin, chosen.queue(), chosen.resource(), ResourceChoice.others(p.queues(), chosen),
                p.idle(), p.headType(), p.storage(), ignored(p.unread(), p.queues(), chosen));
    }

    /** Reads {@code file} whole: every queue and compute resource, for a Slurm cluster of them all. */
    public static PclusterCluster readAll(Path file) {
        return parseAll(ScenarioLoader.readText(file), file.toString());
    }

    /** As {@link #readAll}, from text; {@code origin} names it in messages. */
    public static PclusterCluster parseAll(String text, String origin) {
        Parsed p = parsed(text, origin);
        for (SlurmQueue q : p.queues()) {
            for (ComputeResource cr : q.computeResources()) {
                check(p.doc(), q, cr);
            }
        }
        return new PclusterCluster(origin, p.queues(), p.idle(), p.headType(), p.storage(),
                p.unread().stream().map(KeyPath::toString).toList());
    }

    /** What every reading of the file shares: the document, its queues, settings and unread keys. */
    private record Parsed(ConfigDocument doc, List<SlurmQueue> queues, int idle, String headType,
                          List<SharedStorage> storage, List<KeyPath> unread) {}

    private static Parsed parsed(String text, String origin) {
        ConfigDocument doc = ConfigDocument.parse(text, origin);
        ConfigSection root = doc.root();
        ConfigSection head = root.section("HeadNode");
        String headType = head == null ? null : head.text("InstanceType");
        ConfigSection scheduling = root.section("Scheduling");
        if (scheduling == null) {
            throw root.missing("Scheduling", "Scheduler: slurm and SlurmQueues");
        }
        String scheduler = scheduling.requiredText("Scheduler", "slurm");
        if (scheduler.equals("awsbatch")) {
            throw scheduling.error("Scheduler", "awsbatch is not supported: hpcsim imports Slurm clusters (allowed: slurm)");
        }
        if (!scheduler.equals("slurm")) {
            throw scheduling.error("Scheduler", "unknown scheduler '" + scheduler + "' (allowed: slurm)");
        }
        ConfigSection settings = scheduling.section("SlurmSettings");
        int idle = settings == null ? DEFAULT_SCALEDOWN_IDLETIME
                : settings.integer("ScaledownIdletime", DEFAULT_SCALEDOWN_IDLETIME);
        if (idle < NEVER_SCALE_DOWN) {
            throw settings.error("ScaledownIdletime", "must be minutes, 0 or more, or -1 (never), got " + idle);
        }
        List<SlurmQueue> queues = QueueReader.queues(scheduling);
        List<SharedStorage> storage = StorageReader.sharedStorage(root);
        return new Parsed(doc, queues, idle, headType, storage, doc.unreadKeys());
    }

    /** Refuses what hpcsim cannot simulate in a compute resource it simulates. */
    private static void check(ConfigDocument doc, SlurmQueue queue, ComputeResource resource) {
        if (queue.capacityType().equals("CAPACITY_BLOCK")) {
            throw doc.error(queue.at().key("CapacityType"), "CAPACITY_BLOCK is not modelled: a Capacity"
                    + " Block is reserved and paid up front, which hpcsim does not price (allowed: ONDEMAND, SPOT)");
        }
        String type = resource.instanceType();
        if (InstanceCatalog.find(type).isEmpty()) {
            throw doc.error(resource.instanceTypeAt(), "instance type '" + type + "' is not in hpcsim's"
                    + " catalog (known: " + InstanceCatalog.names() + "); for another type write a scenario"
                    + " with cluster coresPerNode and pricing.perNodeHour");
        }
    }

    /** The unread keys as text, less those inside the compute resources not simulated. */
    private static List<String> ignored(List<KeyPath> unread, List<SlurmQueue> queues, ResourceChoice.Chosen chosen) {
        List<KeyPath> leftOut = new ArrayList<>();
        for (SlurmQueue q : queues) {
            if (!q.equals(chosen.queue())) {
                leftOut.add(q.at());
                continue;
            }
            for (ComputeResource cr : q.computeResources()) {
                if (!cr.equals(chosen.resource())) {
                    leftOut.add(cr.at());
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (KeyPath key : unread) {
            if (leftOut.stream().noneMatch(key::startsWith)) {
                out.add(key.toString());
            }
        }
        return out;
    }
}
