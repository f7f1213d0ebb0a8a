package org.hpcsim.models.slurm;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * priority/multifactor's TRES factors of a pending job in one partition: for each TRES that
 * PriorityWeightTRES weighs, what the job asks for over the partition's total of it
 * (priority_multifactor.c {@code _get_tres_factors}; 0 where the partition has none). The job's
 * asks are slurmctld's {@code tres_req_cnt} (job_mgr.c {@code job_set_req_tres}): its CPUs, its
 * nodes (at least one), its memory in MB ({@code --mem} per node times nodes, else memory per CPU
 * times CPUs, the partition's or cluster's DefMemPerCPU standing in for an ask), its GPUs, under
 * {@code gres/gpu:TYPE} its GPUs when it asked for that type, and its billing: the partition's
 * TRESBillingWeights over those asks. A partition's totals are its nodes' CPUs, RealMemory and
 * GPUs, its node count, and the billing of those totals (partition_mgr.c {@code _calc_part_tres}).
 * TRES names are the model's: {@code cpu}, {@code mem}, {@code node}, {@code billing},
 * {@code gres/gpu}, {@code gres/gpu:TYPE}.
 */
final class TresFactors {
    /** A partition's TRES totals. */
    private record Totals(long cpus, long memoryMb, int nodes, long gpus, Map<String, Long> typedGpus, double billing) {}

    private final Set<String> weighted;
    private final List<Partition> partitions;
    private final ConsumableMemory memory;
    private final Totals[] totals;

    TresFactors(SlurmConfig cluster, Set<String> weighted) {
        this.weighted = Set.copyOf(weighted);
        this.partitions = cluster.partitions();
        this.memory = cluster.memory();
        this.totals = new Totals[partitions.size()];
        for (int p = 0; p < totals.length; p++) {
            totals[p] = totals(cluster.nodes(), partitions.get(p));
        }
    }

    private static Totals totals(List<SlurmNode> nodes, Partition p) {
        long cpus = 0;
        long memoryMb = 0;
        long gpus = 0;
        Map<String, Long> typed = new TreeMap<>();
        var members = p.nodes();
        for (int n = members.nextSetBit(0); n >= 0; n = members.nextSetBit(n + 1)) {
            SlurmNode node = nodes.get(n);
            cpus += node.cpus();
            memoryMb += node.memoryMb();
            gpus += node.gpus();
            if (!node.gpuType().isEmpty()) {
                typed.merge(node.gpuType(), (long) node.gpus(), Long::sum);
            }
        }
        int count = members.cardinality();
        return new Totals(cpus, memoryMb, count, gpus, typed, p.billing().billable(cpus, memoryMb, count, gpus, typed));
    }

    /** The factors of {@code job}, asking {@code r}, in partition {@code p}. */
    SortedMap<String, Double> of(SlurmJob job, JobRequest r, int p) {
        if (weighted.isEmpty()) {
            return Collections.emptySortedMap();
        }
        SortedMap<String, Double> factors = new TreeMap<>();
        Totals t = totals[p];
        int nodes = Math.max(r.minNodes(), 1);
        RequestShape s = r.shape();
        if (s.memoryDefaulted()) {
            // The partition's own DefMemPerCPU stands in for an ask, as where the job runs.
            s = s.withDefaultMemoryPerCpu(memory.partitionDefault(partitions.get(p).name()));
        }
        long memoryMb = s.memoryMb() > 0 ? s.memoryMb() * nodes : memory.perCpu(s) * r.cpus();
        String gpuType = job.job.options().resources().gpuType();
        double billing = partitions.get(p).billing().billable(r.cpus(), memoryMb, nodes, r.gpus(), gpuType);
        for (String tres : weighted) {
            double ask;
            double total;
            switch (tres) {
                case "cpu" -> { ask = r.cpus(); total = t.cpus(); }
                case "mem" -> { ask = memoryMb; total = t.memoryMb(); }
                case "node" -> { ask = nodes; total = t.nodes(); }
                case "gres/gpu" -> { ask = r.gpus(); total = t.gpus(); }
                case "billing" -> { ask = billing; total = t.billing(); }
                default -> {
                    String type = tres.startsWith("gres/gpu:") ? tres.substring("gres/gpu:".length()) : null;
                    ask = type != null && type.equals(gpuType) ? r.gpus() : 0;
                    total = type == null ? 0 : t.typedGpus().getOrDefault(type, 0L);
                }
            }
            // _get_tres_factors leaves a factor at 0 where the job asks nothing or the partition has none.
            factors.put(tres, ask > 0 && total > 0 ? ask / total : 0.0);
        }
        return factors;
    }
}
