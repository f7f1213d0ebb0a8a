package org.hpcsim.models.slurm;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A partition's TRESBillingWeights: what one second of a job's allocation is billed in fair-share
 * usage, and what sacct shows as its {@code billing} TRES. Without weights a job is billed its
 * allocated CPUs (slurm.conf(5); job_mgr.c {@code calc_job_billable_tres}). With them, each TRES
 * the job holds is multiplied by its weight and the products are combined as PriorityFlags says
 * ({@link Combine}; assoc_mgr.c {@code assoc_mgr_tres_weighted}). The TRES counted are the job's
 * totals: CPUs, memory in MB (0 where select/cons_tres counts no memory), nodes, GPUs
 * ({@code gres/gpu}) and, for {@code gres/gpu:TYPE}, its GPUs when it asked for that type by name,
 * as slurmctld counts a typed GRES TRES from the job's request. TRES the model does not hold
 * (licenses, burst buffers, energy, other GRES) count 0.
 *
 * @param combine  how the weighted TRES add up
 * @param cpu      weight of one CPU
 * @param memPerMb weight of one MB of memory (a weight written with a G suffix is divided by 1024)
 * @param node     weight of one node
 * @param gpu      weight of one GPU of any type
 * @param gpuTypes weight of one GPU asked for by type, by type name ("a100"), kept sorted
 */
public record BillingWeights(Combine combine, double cpu, double memPerMb, double node, double gpu,
                             SortedMap<String, Double> gpuTypes) {
    /** No TRESBillingWeights: a job is billed its CPUs. */
    public static final BillingWeights CPUS = new BillingWeights(Combine.SUM, 1, 0, 0, 0, new TreeMap<>());

    /** How the weighted TRES of a job add up (PriorityFlags). */
    public enum Combine {
        /** The sum of every weighted TRES (the default). */
        SUM,
        /** MAX_TRES: the largest of the node TRES (CPUs, memory, nodes, GPUs) plus the global ones. */
        MAX_TRES,
        /** MAX_TRES_GRES (Slurm 25.05): the largest of CPUs, memory and nodes, plus every GPU TRES. */
        MAX_TRES_GRES
    }

    /** Rejects a weight that is not a finite number and keeps a sorted, unmodifiable copy of the types. */
    public BillingWeights {
        if (combine == null) {
            throw new IllegalArgumentException("billing weights need a way to combine them");
        }
        TreeMap<String, Double> copy = new TreeMap<>(gpuTypes == null ? new TreeMap<>() : gpuTypes);
        for (double w : new double[] {cpu, memPerMb, node, gpu}) {
            requireFinite(w);
        }
        copy.values().forEach(BillingWeights::requireFinite);
        gpuTypes = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * The billable TRES of {@code a}, held by a job that asked for GPUs of type {@code gpuType}
     * ("" for any type).
     */
    public double billable(Allocation a, String gpuType) {
        long memoryMb = 0;
        for (int k = 0; memPerMb != 0 && k < a.nodeCount(); k++) {
            memoryMb += a.memoryMb(k);
        }
        return billable(a.totalCpus(), memoryMb, a.nodeCount(), a.totalGpus(), gpuType);
    }

    /** The billable TRES of a job holding these totals (see {@link #billable(Allocation, String)}). */
    double billable(long cpus, long memoryMb, int nodes, long gpus, String gpuType) {
        return billable(cpus, memoryMb, nodes, gpus, gpuType.isEmpty() ? Map.of() : Map.of(gpuType, gpus));
    }

    /**
     * The billable TRES of these totals, with {@code typedGpus} the GPUs counted under each
     * {@code gres/gpu:TYPE} TRES (a job's when it asked for the type; a partition's of each type).
     */
    double billable(long cpus, long memoryMb, int nodes, long gpus, Map<String, Long> typedGpus) {
        double nodeMost = Math.max(0, Math.max(cpus * cpu, Math.max(memoryMb * memPerMb, nodes * node)));
        double nodeSum = cpus * cpu + memoryMb * memPerMb + nodes * node;
        double gresSum = gpus * gpu;
        double gresMost = Math.max(0, gpus * gpu);
        for (Map.Entry<String, Long> t : typedGpus.entrySet()) {
            Double w = gpuTypes.get(t.getKey());
            if (w != null) {
                gresSum += t.getValue() * w;
                gresMost = Math.max(gresMost, t.getValue() * w);
            }
        }
        switch (combine) {
            case MAX_TRES:
                // The largest, starting from 0: negative weights never bill below nothing here.
                return Math.max(nodeMost, gresMost);
            case MAX_TRES_GRES:
                return nodeMost + gresSum;
            default:
                return nodeSum + gresSum;
        }
    }

    private static void requireFinite(double w) {
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("a billing weight must be a finite number, got " + w);
        }
    }
}
