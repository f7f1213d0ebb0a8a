package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * Hand-worked placements of jobs with sbatch resource options under select/cons_tres, on four
 * 8-CPU nodes: n1 (64 GB, no GPU, cpu,ib), n2 (64 GB, 4 a100, gpu,ib), n3 (128 GB, 4 h100, gpu),
 * n4 (64 GB, 4 a100, gpu).
 */
class RequestOptionsTest {
    static final List<SlurmNode> NODES = List.of(
            new SlurmNode("n1", 8, 64_000, 0, "", 1, List.of("cpu", "ib")),
            new SlurmNode("n2", 8, 64_000, 4, "a100", 1, List.of("gpu", "ib")),
            new SlurmNode("n3", 8, 128_000, 4, "h100", 1, List.of("gpu")),
            new SlurmNode("n4", 8, 64_000, 4, "a100", 1, List.of("gpu")));

    static SlurmConfig config(ConsumableMemory memory) {
        BitSet all = new BitSet();
        all.set(0, NODES.size());
        return new SlurmConfig(NODES, List.of(Partition.of("batch", all, true)), SchedulerType.BUILTIN,
                SelectType.CONS_TRES, SchedulerParams.defaults().immediate(), true, null).withMemory(memory);
    }

    static ResourceOptions opts(String constraint, String gpuType, int gpusPerNode, int tasksPerNode, long mem) {
        return new ResourceOptions(constraint, gpuType, gpusPerNode, tasksPerNode, mem);
    }

    static Job job(long id, long submit, long run, int cpus, int nodes, int gpus, ResourceOptions o) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(2 * run), cpus, nodes, gpus,
                JobLabels.NONE, JobHistory.UNKNOWN, -1, -1, new SubmitOptions(o, JobLinks.NONE));
    }

    /** A cluster and what it decides for jobs, placing each where the selector says and keeping it there. */
    private static final class Bench {
        final SlurmCluster cluster;
        final JobRequests requests;

        Bench(ConsumableMemory memory) {
            cluster = new SlurmCluster(config(memory));
            requests = new JobRequests(cluster);
        }

        Allocation place(int cpus, int nodes, int gpus, ResourceOptions o) {
            JobRequest r = requests.of(job(1, 0, 10, cpus, nodes, gpus, o));
            Allocation a = cluster.selector.select(r, cluster.partitionNodes(0), cluster.free);
            if (a != null) {
                cluster.free.take(a);
            }
            return a;
        }

        String refusal(int cpus, int nodes, int gpus, ResourceOptions o) {
            assertNull(requests.of(job(1, 0, 10, cpus, nodes, gpus, o)));
            return requests.refusal;
        }
    }

    private static int[] nodes(Allocation a) {
        return a.nodeIndices();
    }

    static int[] cpus(Allocation a) {
        int[] c = new int[a.nodeCount()];
        for (int k = 0; k < c.length; k++) {
            c[k] = a.cpus(k);
        }
        return c;
    }

    private static int[] gpus(Allocation a) {
        int[] g = new int[a.nodeCount()];
        for (int k = 0; k < g.length; k++) {
            g[k] = a.gpus(k);
        }
        return g;
    }

    static long[] memory(Allocation a) {
        long[] m = new long[a.nodeCount()];
        for (int k = 0; k < m.length; k++) {
            m[k] = a.memoryMb(k);
        }
        return m;
    }

    @Test
    void shouldPlaceAJobWithAConstraintOnlyOnNodesThatMeetIt() {
        Bench b = new Bench(ConsumableMemory.NONE);
        assertArrayEquals(new int[] {1}, nodes(b.place(2, 0, 0, opts("gpu&ib", "", 0, 0, 0))), "only n2 has both");
        // OR: each node may have either; 16 CPUs fill n1 (cpu) and then n2 (the first gpu node).
        assertArrayEquals(new int[] {0, 1}, nodes(new Bench(ConsumableMemory.NONE).place(16, 0, 0,
                opts("cpu|gpu", "", 0, 0, 0))));
        // Left to right: ib|cpu&gpu is (ib|cpu)&gpu = n2 alone, not ib|(cpu&gpu) = n1, n2.
        assertArrayEquals(new int[] {1}, nodes(new Bench(ConsumableMemory.NONE).place(8, 0, 0,
                opts("ib|cpu&gpu", "", 0, 0, 0))));
    }

    @Test
    void shouldPlaceATypedGpuAskOnlyOnNodesOfThatTypeAndAnUntypedOneAnywhere() {
        Bench b = new Bench(ConsumableMemory.NONE);
        assertArrayEquals(new int[] {2}, nodes(b.place(1, 1, 4, opts("", "h100", 0, 0, 0))));
        assertArrayEquals(new int[] {1}, nodes(b.place(1, 1, 4, opts("", "a100", 0, 0, 0))));
        assertArrayEquals(new int[] {3}, nodes(b.place(1, 1, 4, opts("", "a100", 0, 0, 0))));
        assertNull(b.place(1, 1, 1, opts("", "a100", 0, 0, 0)), "both a100 nodes are full; n3's h100 are not a100");
        Bench untyped = new Bench(ConsumableMemory.NONE);
        assertArrayEquals(new int[] {1}, nodes(untyped.place(1, 1, 4, ResourceOptions.NONE)));
        assertArrayEquals(new int[] {2}, nodes(untyped.place(1, 1, 4, ResourceOptions.NONE)));
    }

    @Test
    void shouldGiveEveryNodeItsGpusPerNode() {
        // No -N: 12 CPUs packed on nodes with 2 GPUs free: n1 has none, so n2 (8 CPUs) and n3 (4).
        Allocation a = new Bench(ConsumableMemory.NONE).place(12, 0, 0, opts("", "", 2, 0, 0));
        assertArrayEquals(new int[] {1, 2}, nodes(a));
        assertArrayEquals(new int[] {8, 4}, cpus(a));
        assertArrayEquals(new int[] {2, 2}, gpus(a));
        // -N 3: 3 x 2 GPUs, 4 CPUs each, on the first three nodes that have 2 GPUs.
        Allocation even = new Bench(ConsumableMemory.NONE).place(12, 3, 0, opts("", "", 2, 0, 0));
        assertArrayEquals(new int[] {1, 2, 3}, nodes(even));
        assertArrayEquals(new int[] {2, 2, 2}, gpus(even));
    }

    @Test
    void shouldSpreadTasksOverTheNodesTasksPerNodeImplies() {
        // 12 tasks, --ntasks-per-node=4: 3 nodes of 4, where packing alone would fill n1 and n2.
        Allocation a = new Bench(ConsumableMemory.NONE).place(12, 0, 0, opts("", "", 0, 4, 0));
        assertArrayEquals(new int[] {0, 1, 2}, nodes(a));
        assertArrayEquals(new int[] {4, 4, 4}, cpus(a));
        Allocation packed = new Bench(ConsumableMemory.NONE).place(12, 0, 0, ResourceOptions.NONE);
        assertArrayEquals(new int[] {0, 1}, nodes(packed));
    }

    @Test
    void shouldKeepAJobOffNodesWithTooLittleRealMemoryEvenWhenMemoryIsNotCounted() {
        Bench b = new Bench(ConsumableMemory.NONE);
        assertArrayEquals(new int[] {2}, nodes(b.place(2, 0, 0, opts("", "", 0, 0, 100_000))));
        assertArrayEquals(new int[] {2}, nodes(b.place(2, 0, 0, opts("", "", 0, 0, 100_000))),
                "memory not counted: n3's 128 GB hold any number of such jobs");
    }

    @Test
    void shouldLetANodesFreeMemoryLimitWhoSharesItWhenMemoryIsCounted() {
        Bench b = new Bench(ConsumableMemory.counted(0));
        Allocation first = b.place(2, 0, 0, opts("", "", 0, 0, 40_000));
        assertArrayEquals(new int[] {0}, nodes(first));
        assertArrayEquals(new long[] {40_000}, memory(first));
        assertArrayEquals(new int[] {1}, nodes(b.place(2, 0, 0, opts("", "", 0, 0, 40_000))),
                "n1 has 24 GB left, though 6 CPUs");
        // No --mem and no DefMemPerCPU: all of a node's memory, so only an untouched node takes it.
        Allocation whole = b.place(1, 0, 0, ResourceOptions.NONE);
        assertArrayEquals(new int[] {2}, nodes(whole));
        assertArrayEquals(new long[] {128_000}, memory(whole));
        // 20 GB fits n1 and n2 (6 CPUs each) and n4 (8): cons_tres's _eval_nodes takes the tightest
        // run of consecutive nodes that holds the job, n4 alone (8 CPUs against n1-n2's 12), as a real
        // slurmctld 22.05.8 did with the same steps at a hundredth of the memory.
        assertArrayEquals(new int[] {3}, nodes(b.place(2, 0, 0, opts("", "", 0, 0, 20_000))));
        assertNull(b.place(1, 0, 0, opts("", "h100", 0, 0, 1)), "n3's memory is all held");
    }

    @Test
    void shouldTakeOnlyAsManyCpusAsDefMemPerCpuLeavesRoomFor() {
        // DefMemPerCPU=16000: a 64 GB node holds 4 CPUs of a job that asks no memory, n3's 128 GB all 8,
        // so the 8-CPU job fits n3 alone; a 12-CPU one takes n1 and n2 (4 each) and 4 of n3.
        Bench b = new Bench(ConsumableMemory.counted(16_000));
        Allocation a = b.place(8, 0, 0, ResourceOptions.NONE);
        assertArrayEquals(new int[] {2}, nodes(a));
        assertArrayEquals(new long[] {128_000}, memory(a));
        Allocation c = new Bench(ConsumableMemory.counted(16_000)).place(12, 0, 0, ResourceOptions.NONE);
        assertArrayEquals(new int[] {0, 1, 2}, nodes(c));
        assertArrayEquals(new int[] {4, 4, 4}, cpus(c));
    }

    @Test
    void shouldRefuseWhatNoNodeOfThePartitionCanMeetWithOneReason() {
        Bench b = new Bench(ConsumableMemory.NONE);
        assertEquals("invalid feature specification: no node of partition batch has 'fpga'",
                b.refusal(1, 0, 0, opts("fpga", "", 0, 0, 0)));
        assertEquals("invalid feature specification: constraint '[gpu|cpu]': '[' is not modelled"
                + " (features joined by & and | only)", b.refusal(1, 0, 0, opts("[gpu|cpu]", "", 0, 0, 0)));
        assertEquals("requested node configuration is not available: no node of partition batch has GRES gpu:v100",
                b.refusal(1, 0, 1, opts("", "v100", 0, 0, 0)));
        assertEquals("requested node configuration is not available: no node of partition batch has GRES gpu:h100",
                b.refusal(1, 0, 1, opts("ib", "h100", 0, 0, 0)), "h100 is there, but not with ib");
        assertEquals("memory required by task is not available: no node of partition batch has RealMemory >= 200000"
                + " MB", b.refusal(1, 0, 0, opts("", "", 0, 0, 200_000)));
        assertEquals("requested node configuration is not available: no node of partition batch has 8 GPUs",
                b.refusal(1, 0, 0, opts("", "", 8, 0, 0)));
        assertEquals("requested node configuration is not available: 12 tasks on 2 nodes exceed --ntasks-per-node=4",
                b.refusal(12, 2, 0, opts("", "", 0, 4, 0)));
    }

    private static List<Job> a100Rush() {
        return List.of(job(1, 0, 100, 1, 1, 4, opts("", "a100", 0, 0, 0)),
                job(2, 0, 100, 1, 1, 4, opts("", "a100", 0, 0, 0)),
                job(3, 1, 100, 1, 1, 4, opts("", "a100", 0, 0, 0)),
                job(4, 2, 100, 1, 1, 4, ResourceOptions.NONE));
    }

    @Test
    void shouldHoldA100JobsWhileH100NodesIdle() {
        // Three jobs of 4 a100 GPUs: two start on n2 and n4, the third waits for one to end at 100
        // though n3's four h100 are free. Under sched/builtin the untyped job 4 waits behind it
        // (strict order in the partition); backfill starts it on n3 at its first pass.
        SlurmReplay.Result builtin = SlurmReplay.run(config(ConsumableMemory.NONE), a100Rush());
        assertEquals(0, builtin.start(1));
        assertEquals(0, builtin.start(2));
        assertEquals(100, builtin.start(3));
        assertEquals(100, builtin.start(4));
        SlurmConfig backfill = new SlurmConfig(NODES, config(ConsumableMemory.NONE).partitions(),
                SchedulerType.BACKFILL, SelectType.CONS_TRES, SlurmReplay.params(1, 1), true, null);
        SlurmReplay.Result bf = SlurmReplay.run(backfill, a100Rush());
        assertEquals(100, bf.start(3));
        assertEquals(2, bf.start(4), "backfill every second: at its submission");
        assertEquals(List.of(), bf.rejected);
    }

    @Test
    void shouldReportTheRefusalOfAJobWhoseConstraintNoNodeHas() {
        SlurmReplay.Result r = SlurmReplay.run(config(ConsumableMemory.NONE), List.of(
                job(1, 0, 10, 1, 0, 0, opts("fpga", "", 0, 0, 0)), job(2, 0, 10, 1, 0, 0, ResourceOptions.NONE)));
        assertEquals(List.of("1: invalid feature specification: no node of partition batch has 'fpga'"), r.rejected);
        assertEquals(0, r.start(2));
    }
}
