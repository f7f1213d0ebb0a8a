package org.hpcsim.scenarios.run;

import java.util.List;
import java.util.Locale;
import org.hpcsim.models.slurm.ConsumableMemory;
import org.hpcsim.scenarios.slurmconf.Partition;
import org.hpcsim.scenarios.slurmconf.SlurmConf;

/**
 * Whether the select plugin of a slurm.conf counts memory: select/cons_tres (or cons_res) with a
 * SelectTypeParameters of CR_Memory, CR_CPU_Memory, CR_Core_Memory or CR_Socket_Memory
 * (cons_tres.html), with the cluster's DefMemPerCPU for jobs that ask no memory, or the
 * partition's own where a PartitionName line sets one above 0 (job_mgr.c, job_limits_check: a
 * partition's def_mem_per_cpu of 0 leaves the cluster's). select/linear gives whole nodes and
 * CR_Core or CR_CPU leave memory uncounted, as does an unset SelectTypeParameters here. A
 * partition's MaxMemPerCPU is noted as not modelled.
 */
final class SlurmConfMemory {
    private SlurmConfMemory() {}

    /** How {@code conf}'s select plugin counts memory; what is not modelled goes to {@code notes}. */
    static ConsumableMemory of(SlurmConf conf, boolean consTres, List<String> notes) {
        boolean counted = consTres && conf.scheduling().selectTypeParameters().stream()
                .map(p -> p.toUpperCase(Locale.ROOT))
                .anyMatch(p -> p.equals("CR_MEMORY") || p.startsWith("CR_") && p.endsWith("_MEMORY"));
        if (!counted) {
            return ConsumableMemory.NONE;
        }
        ConsumableMemory memory = ConsumableMemory.counted(conf.scheduling().defMemPerCpuMb());
        for (Partition p : conf.partitions()) {
            if (p.defMemPerCpuMb().isPresent() && p.defMemPerCpuMb().getAsLong() > 0) {
                memory = memory.withPartitionDefault(p.name(), p.defMemPerCpuMb().getAsLong());
            }
            if (p.maxMemPerCpuMb().isPresent()) {
                notes.add(p.at() + ": partition " + p.name() + "'s MaxMemPerCPU is not modelled: a job asking more"
                        + " memory per CPU is not given more CPUs in its stead (slurm.conf(5))");
            }
        }
        return memory;
    }
}
