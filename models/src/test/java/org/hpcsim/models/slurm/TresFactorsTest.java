package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.BillingWeights.Combine;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.junit.jupiter.api.Test;

/** PriorityWeightTRES factors: what a pending job asks for over its partition's totals, worked by hand. */
class TresFactorsTest {
    // Two CPU nodes (16 CPUs, 64 GB) and two GPU nodes (32 CPUs, 256 GB, 4 GPUs: one a100, one h100).
    private static final List<SlurmNode> NODES = List.of(
            new SlurmNode("c1", 16, 64_000, 0, "", 1, List.of()),
            new SlurmNode("c2", 16, 64_000, 0, "", 1, List.of()),
            new SlurmNode("g1", 32, 256_000, 4, "a100", 1, List.of()),
            new SlurmNode("g2", 32, 256_000, 4, "h100", 1, List.of()));
    // "all" bills CPUs; "gpu" bills a CPU 1, a GPU 8 and an a100 8 more.
    private static final BillingWeights GPU_BILLING = new BillingWeights(Combine.SUM, 1, 0, 0, 8,
            new TreeMap<>(Map.of("a100", 8.0)));
    private static final List<Partition> PARTITIONS = List.of(
            Partition.of("all", nodes(0, 3), true),
            new Partition("gpu", nodes(2, 3), false, 1, 1, Long.MAX_VALUE, -1, Integer.MAX_VALUE, PreemptMode.OFF, "",
                    PartitionAccess.ALL, false, GPU_BILLING));
    private static final Set<String> WEIGHTED = Set.of("cpu", "mem", "node", "gres/gpu", "gres/gpu:a100", "billing");

    private static BitSet nodes(int from, int to) {
        BitSet b = new BitSet();
        b.set(from, to + 1);
        return b;
    }

    private static SlurmConfig cluster(ConsumableMemory memory) {
        return new SlurmConfig(NODES, PARTITIONS, SchedulerType.BACKFILL, SelectType.CONS_TRES,
                SchedulerParams.defaults(), true, null, null, null, null, null, memory);
    }

    private static SlurmJob job(JobRequest r, String gpuType) {
        Job j = new Job(1, 0, SimTime.HOUR, SimTime.HOUR, r.cpus(), r.minNodes(), r.gpus(), JobLabels.NONE,
                JobHistory.UNKNOWN, -1, -1,
                new SubmitOptions(new ResourceOptions("", gpuType, 0, 0, 0), JobLinks.NONE));
        return new SlurmJob(j, r, 1, -1);
    }

    @Test
    void shouldDivideEachAskByThePartitionsTotal() {
        // 24 CPUs on 2 nodes with 4 GPUs of type a100 and --mem=32000 per node, in "gpu" (64 CPUs,
        // 512,000 MB, 2 nodes, 8 GPUs of which 4 a100).
        JobRequest r = new JobRequest(2, 24, 4, false, new int[] {0, 1}, 0, 0, 0,
                new RequestShape(null, 0, 32_000));
        Map<String, Double> f = new TresFactors(cluster(ConsumableMemory.counted(0)), WEIGHTED)
                .of(job(r, "a100"), r, 1);
        assertEquals(24.0 / 64, f.get("cpu"), 1e-12);
        assertEquals(64_000.0 / 512_000, f.get("mem"), 1e-12);
        assertEquals(1.0, f.get("node"), 1e-12);
        assertEquals(0.5, f.get("gres/gpu"), 1e-12);
        assertEquals(1.0, f.get("gres/gpu:a100"), 1e-12);
        // Billing: the ask 24 + 4 x 8 + 4 x 8 = 88 over the partition's 64 + 8 x 8 + 4 x 8 = 160.
        assertEquals(88.0 / 160, f.get("billing"), 1e-12);
    }

    @Test
    void shouldTakeTheSamePartitionsTotalsForAnUntypedAskAndBillCpusWithoutWeights() {
        JobRequest r = new JobRequest(0, 8, 0, false, new int[] {0, 1}, 0);
        // DefMemPerCPU 2000 MB stands in for the memory it did not ask for: 16,000 MB of "all"'s 640,000.
        Map<String, Double> f = new TresFactors(cluster(ConsumableMemory.counted(2000)), WEIGHTED).of(job(r, ""), r, 0);
        assertEquals(8.0 / 96, f.get("cpu"), 1e-12);
        assertEquals(16_000.0 / 640_000, f.get("mem"), 1e-12);
        assertEquals(1.0 / 4, f.get("node"), 1e-12, "a CPU-only ask counts one node");
        assertEquals(0.0, f.get("gres/gpu"));
        assertEquals(0.0, f.get("gres/gpu:a100"));
        assertEquals(8.0 / 96, f.get("billing"), 1e-12, "no weights: billing is CPUs");
    }

    @Test
    void shouldGiveNoFactorsWhenNothingIsWeighted() {
        JobRequest r = new JobRequest(1, 8, 0, false, new int[] {0}, 0);
        assertEquals(Map.of(), new TresFactors(cluster(ConsumableMemory.NONE), Set.of()).of(job(r, ""), r, 0));
    }
}
