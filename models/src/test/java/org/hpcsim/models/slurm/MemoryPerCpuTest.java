package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.RequestOptionsTest.NODES;
import static org.hpcsim.models.slurm.RequestOptionsTest.cpus;
import static org.hpcsim.models.slurm.RequestOptionsTest.memory;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked placements of jobs with --mem-per-cpu, and of jobs that ask no memory in a
 * partition with its own DefMemPerCPU, under select/cons_tres on the nodes of
 * {@link RequestOptionsTest}: four 8-CPU nodes, n1 n2 n4 of 64 GB and n3 of 128 GB. Partition batch
 * has n1 and n2 (the default), partition big n3 and n4.
 */
class MemoryPerCpuTest {
    private static ResourceOptions perCpu(long mb) {
        return new ResourceOptions("", "", 0, 0, 0, mb);
    }

    private static final class Bench {
        final SlurmCluster cluster;
        final JobRequests requests;

        Bench(ConsumableMemory memory) {
            BitSet batch = new BitSet();
            batch.set(0, 2);
            BitSet big = new BitSet();
            big.set(2, 4);
            BitSet all = new BitSet();
            all.set(0, 4);
            cluster = new SlurmCluster(new SlurmConfig(NODES, List.of(Partition.of("all", all, true),
                    Partition.of("batch", batch, false), Partition.of("big", big, false)), SchedulerType.BUILTIN,
                    SelectType.CONS_TRES, SchedulerParams.defaults().immediate(), true, null).withMemory(memory));
            requests = new JobRequests(cluster);
        }

        JobRequest request(String partition, int cpus, int nodes, ResourceOptions o) {
            return requests.of(new Job(1, 0, SimTime.seconds(10), SimTime.seconds(20), cpus, nodes, 0,
                    new JobLabels("", "", "", partition, "", "", ""), JobHistory.UNKNOWN, -1, -1,
                    new SubmitOptions(o, JobLinks.NONE)));
        }

        Allocation place(String partition, int cpus, int nodes, ResourceOptions o) {
            JobRequest r = request(partition, cpus, nodes, o);
            Allocation a = cluster.selector.select(r, cluster.partitionNodes(r.partitions()[0]), cluster.free);
            if (a != null) {
                cluster.free.take(a);
            }
            return a;
        }
    }

    @Test
    void shouldHoldMemoryPerCpuOnEachNodeAndTakeOnlyTheCpusItPaysFor() {
        // No DefMemPerCPU, so a job without memory would take whole nodes; --mem-per-cpu=16000 takes
        // 4 CPUs of a 64 GB node and all 8 of n3's 128 GB: the one node that holds the job, as a real
        // slurmctld 22.05.8 put -n 8 --mem-per-cpu=160 on the 1280 MB node of 640, 640, 1280, 640.
        Allocation a = new Bench(ConsumableMemory.counted(0)).place("all", 8, 0, perCpu(16_000));
        assertArrayEquals(new int[] {2}, a.nodeIndices());
        assertArrayEquals(new int[] {8}, cpus(a));
        assertArrayEquals(new long[] {128_000}, memory(a));
        Allocation more = new Bench(ConsumableMemory.counted(0)).place("batch", 8, 0, perCpu(16_000));
        assertArrayEquals(new int[] {4, 4}, cpus(more), "without n3: 4 CPUs on each of two 64 GB nodes");
    }

    @Test
    void shouldLetAFixedNodeCountHoldWhatEachNodeGivesTimesTheMemoryPerCpu() {
        // As a real slurmctld 22.05.8 did at a hundredth of the memory (640, 640, 1280 and 640 MB):
        // -N 2 -n 6 --mem-per-cpu=100 held 5 CPUs of n1 and 1 of n2 (cons_tres's _cpus_to_use
        // leaves one CPU for each further node), then -N 2 -n 4 --mem-per-cpu=200 2 CPUs of n2
        // (540 MB left there) and 2 of n3, the first two nodes of the run n2-n4 that holds it.
        Bench b = new Bench(ConsumableMemory.counted(0));
        Allocation first = b.place("all", 6, 2, perCpu(10_000));
        assertArrayEquals(new int[] {0, 1}, first.nodeIndices());
        assertArrayEquals(new int[] {5, 1}, cpus(first));
        assertArrayEquals(new long[] {50_000, 10_000}, memory(first));
        Allocation second = b.place("all", 4, 2, perCpu(20_000));
        assertArrayEquals(new int[] {1, 2}, second.nodeIndices());
        assertArrayEquals(new long[] {40_000, 40_000}, memory(second));
    }

    @Test
    void shouldKeepAJobOffNodesWithoutOneCpusWorthOfMemory() {
        // Memory not counted: only n3 has 100000 MB, and it takes all 8 CPUs.
        Allocation a = new Bench(ConsumableMemory.NONE).place("all", 8, 0, perCpu(100_000));
        assertArrayEquals(new int[] {2}, a.nodeIndices());
        Bench counted = new Bench(ConsumableMemory.counted(0));
        assertArrayEquals(new int[] {2}, counted.place("all", 1, 0, perCpu(100_000)).nodeIndices());
        assertNull(counted.request("all", 2, 0, perCpu(100_000)), "n3 pays for one CPU only");
        assertNull(counted.request("all", 1, 0, perCpu(200_000)));
        assertEquals("memory required by task is not available: no node of partition all has RealMemory >= 200000 MB"
                + " (--mem-per-cpu)", counted.requests.refusal);
    }

    @Test
    void shouldRefuseMemoryAskedBothPerNodeAndPerCpu() {
        assertThrows(IllegalArgumentException.class, () -> new ResourceOptions("", "", 0, 0, 1000, 1000));
    }

    @Test
    void shouldGiveAJobThatAsksNoMemoryItsPartitionsDefMemPerCpu() {
        ConsumableMemory memory = ConsumableMemory.counted(16_000).withPartitionDefault("big", 32_000);
        Bench b = new Bench(memory);
        // big: 32000 MB per CPU, so n3 (128 GB) holds 4 CPUs and n4 (64 GB) 2.
        Allocation big = b.place("big", 6, 0, ResourceOptions.NONE);
        assertArrayEquals(new int[] {2, 3}, big.nodeIndices());
        assertArrayEquals(new int[] {4, 2}, cpus(big));
        assertArrayEquals(new long[] {128_000, 64_000}, memory(big));
        // batch has none of its own: the cluster's 16000, 4 CPUs on each 64 GB node.
        Allocation batch = b.place("batch", 8, 0, ResourceOptions.NONE);
        assertArrayEquals(new int[] {4, 4}, cpus(batch));
        assertNull(new Bench(memory).request("big", 8, 0, ResourceOptions.NONE), "big holds 6 CPUs at 32000 MB");
        Allocation own = new Bench(memory).place("big", 8, 0, perCpu(8_000));
        assertArrayEquals(new int[] {2}, own.nodeIndices(), "its own --mem-per-cpu wins: 8 CPUs on n3");
        assertEquals(0, ConsumableMemory.NONE.withPartitionDefault("big", 32_000).partitionDefault("big"),
                "no default applies where memory is not counted");
    }
}
