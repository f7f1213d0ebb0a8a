package org.hpcsim.scenarios.pcluster;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.cloud.InstanceCatalog;
import org.hpcsim.models.cloud.InstanceType;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.InvalidFieldException;
import org.hpcsim.scenarios.spec.PricingSpec;

/**
 * Maps the chosen compute resource of a ParallelCluster configuration onto hpcsim's homogeneous
 * cluster, and says in notes what it chose and what has no effect.
 */
public final class PclusterMapping {
    /**
     * Seconds standing for "never" when {@code ScaledownIdletime} is -1 (Slurm power saving off,
     * aws-parallelcluster CHANGELOG 3.7.2): 100 years, longer than any trace, and in nanoseconds
     * still far inside a long next to the run's own clock.
     */
    static final double NEVER_SECONDS = 100 * 365.25 * 86400;

    private PclusterMapping() {}

    /**
     * The cluster {@code config} describes. Jobs get whole nodes unless {@code allocation} is
     * {@link AllocationUnit#CORE} (null: whole nodes), which dynamic nodes do not allow.
     */
    public static PclusterImport map(PclusterConfig config, AllocationUnit allocation) {
        ComputeResource cr = config.computeResource();
        SlurmQueue queue = config.queue();
        InstanceType type = InstanceCatalog.find(cr.instanceType()).orElseThrow();
        int dynamic = cr.maxCount() - cr.minCount();
        if (allocation == AllocationUnit.CORE && dynamic > 0) {
            throw new InvalidFieldException("allocation", "core is not allowed with dynamic nodes (" + config.origin()
                    + ": MaxCount " + cr.maxCount() + " > MinCount " + cr.minCount() + "); hpcsim's autoscaling"
                    + " allocates whole nodes (allowed: node)");
        }
        AllocationUnit unit = allocation == null ? AllocationUnit.NODE : allocation;
        // What Slurm counts as a node's CPUs: ParallelCluster writes CPUs = vCPUs, or vCPUs divided by
        // threads per core when multithreading is disabled (aws-parallelcluster-cookbook,
        // head_node_slurm/slurm/config_renderer.py). A trace job's processors are Slurm CPUs.
        int cpus = cr.multithreadingDisabled() ? type.cores() : type.vcpus();
        boolean spot = queue.capacityType().equals("SPOT");
        PricingSpec pricing = spot ? PricingSpec.spotAtDefaultDiscount() : PricingSpec.CATALOG;
        double idle = config.scaledownIdletime() == PclusterReader.NEVER_SCALE_DOWN ? NEVER_SECONDS
                : config.scaledownIdletime() * 60.0;
        ClusterSpec cluster = new ClusterSpec(cr.minCount(), cpus, type.gpus(), unit, type.name(), pricing, dynamic,
                ClusterSpec.DEFAULT_BOOT_TIME, idle);

        String o = config.origin() + ": ";
        List<String> notes = new ArrayList<>();
        notes.add(o + "simulating queue " + queue.name() + ", compute resource " + cr.name() + ": " + size(cr, type)
                + ", " + cpus + " CPUs each (" + cpuSource(cr, type) + ")");
        if (cr.instanceTypes().size() > 1) {
            notes.add(o + "Instances lists " + cr.instanceTypes().size() + " types; hpcsim builds every node from the"
                    + " first, " + type.name() + " (not simulated: "
                    + String.join(", ", cr.instanceTypes().subList(1, cr.instanceTypes().size())) + ")");
        }
        notes.add(o + pricingNote(pricing, type, spot));
        if (dynamic > 0) {
            notes.add(o + "dynamic nodes boot in " + (int) ClusterSpec.DEFAULT_BOOT_TIME + " s (hpcsim's default; the"
                    + " file has no boot time) and " + (idle == NEVER_SECONDS
                            ? "never power down (ScaledownIdletime -1 turns power saving off)"
                            : "power down after " + config.scaledownIdletime() + " idle minutes (ScaledownIdletime)"));
        }
        notes.add(o + allocationNote(unit, queue.jobExclusiveAllocation(), dynamic > 0));
        String network = networkNote(cr.efa(), config.placementGroup());
        if (network != null) {
            notes.add(o + network + ": sets the interconnect of the scenario's hardware block, if it has one"
                    + " (without one, jobs keep their trace's runtimes)");
        }
        cluster = withHeadNode(cluster, config.headNodeInstanceType(), o, notes);
        if (!config.sharedStorage().isEmpty()) {
            notes.add(o + "shared storage " + String.join(", ", config.sharedStorage().stream()
                    .map(SharedStorage::describe).toList()) + ": no effect on runtimes (no storage model yet)");
        }
        if (!config.leftOut().isEmpty()) {
            notes.add(o + "not simulated (one compute resource chosen): " + String.join(", ", config.leftOut()));
        }
        if (!config.ignoredKeys().isEmpty()) {
            notes.add(o + config.ignoredKeys().size() + " keys not modelled and ignored: "
                    + String.join(", ", config.ignoredKeys()));
        }
        return new PclusterImport(cluster, notes);
    }

    /** {@code cluster} with the head node priced when the catalog has its type; a note says which. */
    static ClusterSpec withHeadNode(ClusterSpec cluster, String head, String o, List<String> notes) {
        if (head != null && InstanceCatalog.find(head).isPresent()) {
            notes.add(o + "head node " + head + " paid On-Demand ($" + InstanceCatalog.find(head).get().onDemandPerHour()
                    + "/h) over the whole run");
            return cluster.withHeadNode(head);
        }
        if (head != null) {
            notes.add(o + "head node " + head + " is not in the catalog and not priced (known: " + InstanceCatalog.names()
                    + ")");
        }
        return cluster;
    }

    static String size(ComputeResource cr, InstanceType type) {
        int dynamic = cr.maxCount() - cr.minCount();
        if (dynamic == 0) {
            return cr.minCount() + " static " + type.name() + " nodes (MinCount = MaxCount = " + cr.minCount() + ")";
        }
        return cr.minCount() + " static + " + dynamic + " dynamic " + type.name() + " nodes (MinCount " + cr.minCount()
                + ", MaxCount " + cr.maxCount() + ")";
    }

    static String cpuSource(ComputeResource cr, InstanceType type) {
        if (type.vcpus() == type.cores()) {
            return "one thread per core on this type";
        }
        return cr.multithreadingDisabled() ? "physical cores: DisableSimultaneousMultithreading is true"
                : "vCPUs: multithreading stays on, ParallelCluster's default, and Slurm counts every hardware thread";
    }

    static String pricingNote(PricingSpec pricing, InstanceType type, boolean spot) {
        String onDemand = "$" + money(type.onDemandPerHour()) + "/node-hour On-Demand (hpcsim's catalog)";
        if (!spot) {
            return "CapacityType ONDEMAND: " + onDemand;
        }
        return "CapacityType SPOT: " + Math.round(pricing.spotDiscount() * 100) + "% off " + onDemand + " = $"
                + money(pricing.resolve(type.name()).perNodeHour()) + "/node-hour (hpcsim's default Spot discount;"
                + " interruptions only with a cluster.spot block in the scenario)";
    }

    private static String allocationNote(AllocationUnit unit, boolean exclusive, boolean dynamic) {
        if (unit == AllocationUnit.CORE) {
            return "jobs share nodes by CPU (allocation core), as ParallelCluster's Slurm does";
        }
        if (exclusive) {
            return "jobs get whole nodes (JobExclusiveAllocation: true)";
        }
        return "jobs get whole nodes (" + (dynamic ? "hpcsim's autoscaling allocates whole nodes" : "hpcsim's choice")
                + "; ParallelCluster's Slurm shares a node's CPUs between jobs unless JobExclusiveAllocation is true"
                + (dynamic ? ")" : ": allocation core does that)");
    }

    static String networkNote(boolean efa, PlacementGroup group) {
        if (efa && group.enabled()) {
            return "EFA enabled, " + group.describe();
        }
        if (efa) {
            return "EFA enabled";
        }
        return group.enabled() ? group.describe() : null;
    }

    private static String money(double dollars) {
        return BigDecimal.valueOf(dollars).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
