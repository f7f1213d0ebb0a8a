package org.hpcsim.scenarios.run;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.hpcsim.models.slurm.ConsumableMemory;
import org.hpcsim.models.slurm.MemoryCeiling;
import org.hpcsim.scenarios.slurmconf.Partition;
import org.hpcsim.scenarios.slurmconf.SlurmConf;

/**
 * Whether the select plugin of a slurm.conf counts memory: select/cons_tres (or cons_res) with a
 * SelectTypeParameters of CR_Memory, CR_CPU_Memory, CR_Core_Memory or CR_Socket_Memory
 * (cons_tres.html), with the cluster's DefMemPerCPU for jobs that ask no memory, or the
 * partition's own where a PartitionName line sets one above 0 (job_mgr.c, job_limits_check: a
 * partition's def_mem_per_cpu of 0 leaves the cluster's). An unset SelectTypeParameters is
 * CR_Core_Memory under cons_tres, as slurmctld 22.05 takes it. select/linear gives whole nodes and
 * CR_Core or CR_CPU leave memory uncounted.
 *
 * <p>MaxMemPerCPU or MaxMemPerNode, the cluster's or a partition's own (one above 0 replaces the
 * cluster's), is modelled where memory is counted; where both are set, MaxMemPerNode is kept, as
 * read_config.c keeps it ("MaxMemPerCPU ignored, since it's mutually exclusive with
 * MaxMemPerNode"). Where memory is not counted they are noted as not modelled.
 */
final class SlurmConfMemory {
    private SlurmConfMemory() {}

    /** How {@code conf}'s select plugin counts memory; what is not modelled goes to {@code notes}. */
    static ConsumableMemory of(SlurmConf conf, boolean consTres, List<String> notes) {
        List<String> params = conf.scheduling().selectTypeParameters();
        // cons_common.c select_p_node_init (22.05): "SelectTypeParameters not specified, using default
        // value: CR_Core_Memory".
        boolean counted = consTres && (params.isEmpty() || params.stream().map(p -> p.toUpperCase(Locale.ROOT))
                .anyMatch(p -> p.equals("CR_MEMORY") || p.startsWith("CR_") && p.endsWith("_MEMORY")));
        String file = conf.path().toString();
        MemoryCeiling clusterCeiling = ceiling(conf.scheduling().maxMemPerCpuMb(), conf.scheduling().maxMemPerNodeMb(),
                file + ": ", notes);
        if (!counted) {
            boolean anyCeiling = !clusterCeiling.none() || conf.partitions().stream()
                    .anyMatch(p -> positive(p.maxMemPerCpuMb()) || positive(p.maxMemPerNodeMb()));
            if (anyCeiling) {
                notes.add(file + ": MaxMemPerCPU and MaxMemPerNode are not modelled where memory is not a consumable"
                        + " resource (SelectType=select/cons_tres with a CR_*_Memory SelectTypeParameters)");
            }
            return ConsumableMemory.NONE;
        }
        ConsumableMemory memory = ConsumableMemory.counted(conf.scheduling().defMemPerCpuMb())
                .withCeiling(clusterCeiling);
        for (Partition p : conf.partitions()) {
            if (p.defMemPerCpuMb().isPresent() && p.defMemPerCpuMb().getAsLong() > 0) {
                memory = memory.withPartitionDefault(p.name(), p.defMemPerCpuMb().getAsLong());
            }
            MemoryCeiling own = ceiling(p.maxMemPerCpuMb(), p.maxMemPerNodeMb(),
                    p.at() + ": partition " + p.name() + ": ", notes);
            if (!own.none()) {
                memory = memory.withPartitionCeiling(p.name(), own); // job_mgr.c: a partition's 0 leaves the cluster's
            }
        }
        return memory;
    }

    /** The limit MaxMemPerCPU {@code perCpu} and MaxMemPerNode {@code perNode} set; a note where both are. */
    private static MemoryCeiling ceiling(OptionalLong perCpu, OptionalLong perNode, String where, List<String> notes) {
        if (perNode.isPresent()) {
            if (perCpu.isPresent()) {
                notes.add(where + "MaxMemPerCPU is ignored, since it is mutually exclusive with MaxMemPerNode"
                        + " (as slurmctld ignores it)");
            }
            return MemoryCeiling.perNode(perNode.getAsLong());
        }
        return perCpu.isPresent() ? MemoryCeiling.perCpu(perCpu.getAsLong()) : MemoryCeiling.NONE;
    }

    private static boolean positive(OptionalLong mb) {
        return mb.isPresent() && mb.getAsLong() > 0;
    }
}
