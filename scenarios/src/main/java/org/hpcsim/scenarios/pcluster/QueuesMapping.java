package org.hpcsim.scenarios.pcluster;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.cloud.InstanceCatalog;
import org.hpcsim.models.cloud.InstanceType;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.ComputeResourceSpec;
import org.hpcsim.scenarios.spec.InvalidFieldException;
import org.hpcsim.scenarios.spec.PricingSpec;

/**
 * Maps every queue and compute resource of a ParallelCluster configuration onto a cluster of
 * several node groups, run under policy slurm as ParallelCluster's Slurm cluster (see
 * {@link PclusterSlurm}), each group priced at its own instance type and capacity type.
 */
public final class QueuesMapping {
    /**
     * RealMemory is this share of the instance's memory unless SchedulableMemory says otherwise
     * (aws-parallelcluster-cookbook attributes/slurm_attributes.rb realmemory_to_ec2memory_ratio,
     * applied in head_node_slurm/slurm/config_utils.py).
     */
    static final double REAL_MEMORY_RATIO = 0.95;

    private QueuesMapping() {}

    /** The cluster {@code config} describes, jobs given whole nodes ({@code allocation} null or node). */
    public static PclusterImport map(PclusterCluster config, AllocationUnit allocation) {
        String o = config.origin() + ": ";
        if (allocation == AllocationUnit.CORE) {
            throw new InvalidFieldException("allocation", "core is not modelled with several compute resources ("
                    + config.origin() + "); jobs get whole nodes (allowed: node)");
        }
        List<ComputeResourceSpec> resources = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int nodes = 0;
        int maxCpus = 0;
        for (SlurmQueue q : config.queues()) {
            boolean spot = q.capacityType().equals("SPOT");
            PricingSpec pricing = spot ? PricingSpec.spotAtDefaultDiscount() : PricingSpec.CATALOG;
            for (ComputeResource cr : q.computeResources()) {
                InstanceType type = InstanceCatalog.find(cr.instanceType()).orElseThrow();
                ComputeResourceSpec spec = resource(q, cr, type, pricing);
                resources.add(spec);
                nodes += spec.staticNodes() + spec.dynamicNodes();
                maxCpus = Math.max(maxCpus, spec.cpus());
                notes.add(o + "queue " + q.name() + (resources.size() == 1 ? " (the default partition)" : "")
                        + ", compute resource " + cr.name() + ": " + PclusterMapping.size(cr, type) + ", " + spec.cpus()
                        + " CPUs each (" + PclusterMapping.cpuSource(cr, type) + ")"
                        + (spec.gpus() > 0 ? ", Gres=gpu:" + spec.gpuType() + ":" + spec.gpus() : "") + "; "
                        + PclusterMapping.pricingNote(pricing, type, spot));
                if (cr.instanceTypes().size() > 1) {
                    notes.add(o + q.name() + "/" + cr.name() + ": Instances lists " + cr.instanceTypes().size()
                            + " types; hpcsim builds its nodes from the first, " + type.name());
                }
            }
        }
        double idle = config.scaledownIdletime() == PclusterReader.NEVER_SCALE_DOWN ? PclusterMapping.NEVER_SECONDS
                : config.scaledownIdletime() * 60.0;
        ClusterSpec cluster = new ClusterSpec(nodes, maxCpus, 0, AllocationUnit.NODE, null, null, 0,
                ClusterSpec.DEFAULT_BOOT_TIME, idle).withComputeResources(resources);
        notes.add(o + "Slurm nodes <queue>-st-<cr>-N (static, Weight 1, always up) and <queue>-dy-<cr>-N (dynamic,"
                + " Weight 1000, booting in " + (int) ClusterSpec.DEFAULT_BOOT_TIME + " s, "
                + (idle == PclusterMapping.NEVER_SECONDS ? "never powered down"
                        : "powered down after " + config.scaledownIdletime() + " idle minutes") + "), one partition"
                + " per queue; a job naming a queue runs there, others in " + config.queues().get(0).name()
                + "; jobs get whole nodes; each node priced at its own instance type and CapacityType");
        cluster = PclusterMapping.withHeadNode(cluster, config.headNodeInstanceType(), o, notes);
        if (!config.sharedStorage().isEmpty()) {
            notes.add(o + "shared storage " + String.join(", ", config.sharedStorage().stream()
                    .map(SharedStorage::describe).toList()) + ": no effect on runtimes (no storage model yet)");
        }
        if (!config.ignoredKeys().isEmpty()) {
            notes.add(o + config.ignoredKeys().size() + " keys not modelled and ignored: "
                    + String.join(", ", config.ignoredKeys()));
        }
        return new PclusterImport(cluster, notes);
    }

    private static ComputeResourceSpec resource(SlurmQueue q, ComputeResource cr, InstanceType type,
                                                PricingSpec pricing) {
        // CPUs as config_renderer.py writes them: vCPUs, or vCPUs / threads per core (the cores)
        // with DisableSimultaneousMultithreading.
        int cpus = cr.multithreadingDisabled() ? type.cores() : type.vcpus();
        long memoryMb = (long) Math.floor(type.memoryGib() * 1024L * REAL_MEMORY_RATIO);
        List<String> features = new ArrayList<>();
        if (cr.instanceTypes().size() == 1) {
            features.add(type.name()); // several types: the renderer lists none, not knowing which launches
        }
        features.add(cr.name());
        if (cr.efa()) {
            features.add("efa");
        }
        if (type.gpus() > 0) {
            features.add("gpu");
        }
        return new ComputeResourceSpec(q.name(), cr.name(), type.name(), pricing, cr.minCount(),
                cr.maxCount() - cr.minCount(), cpus, memoryMb, type.gpus(), gpuType(type), features);
    }

    /**
     * The Slurm GPU type ParallelCluster writes: the NVIDIA GPU's name, lower case without spaces
     * (config_utils.py); p4d carries A100s and p5 H100s (AWS's P4 and P5 instance pages).
     */
    static String gpuType(InstanceType type) {
        if (type.gpus() == 0) {
            return "";
        }
        return type.name().startsWith("p4d.") ? "a100" : type.name().startsWith("p5.") ? "h100" : "gpu";
    }
}
