package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.RequestOptionsTest.NODES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

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
 * MaxMemPerCPU and MaxMemPerNode worked by hand after job_mgr.c's _valid_pn_min_mem, on the nodes
 * of {@link RequestOptionsTest} (8 CPUs each; the partition's first node, n1, has 64000 MB).
 */
class MemoryCeilingsTest {
    private static final ConsumableMemory NO_DEFAULT = ConsumableMemory.counted(0);

    private static JobRequest request(int cpus, int nodes, int tasksPerNode, long memMb, long perCpuMb) {
        int minNodes = nodes > 0 || tasksPerNode == 0 ? nodes : (cpus + tasksPerNode - 1) / tasksPerNode;
        boolean defaulted = memMb == 0 && perCpuMb == 0;
        return new JobRequest(minNodes, cpus, 0, false, new int[] {0}, 0, 0, 0,
                new RequestShape(null, 0, memMb, perCpuMb, defaulted, tasksPerNode));
    }

    private static JobRequest apply(JobRequest r, MemoryCeiling c, ConsumableMemory memory) {
        return MemoryCeilings.apply(r, c, memory, 64_000, 8);
    }

    @Test
    void shouldRaiseCpusPerTaskForMemoryPerCpuOverMaxMemPerCpu() {
        // ceil(10000 / 4000) = 3 CPUs a task, ceil(10000 / 3) = 3334 MB each.
        JobRequest r = apply(request(2, 0, 0, 0, 10_000), MemoryCeiling.perCpu(4000), NO_DEFAULT);
        assertEquals(6, r.cpus());
        assertEquals(0, r.minNodes());
        assertEquals(3334, r.shape().memoryPerCpuMb());
        JobRequest within = request(2, 0, 0, 0, 4000);
        assertSame(within, apply(within, MemoryCeiling.perCpu(4000), NO_DEFAULT), "at the limit: unchanged");
    }

    @Test
    void shouldRaiseCpusForADefMemPerCpuOverTheLimitToo() {
        // The cluster's DefMemPerCPU of 6000 over 4000: 2 CPUs a task at 3000 MB.
        JobRequest r = apply(request(3, 0, 0, 0, 0), MemoryCeiling.perCpu(4000), ConsumableMemory.counted(6000));
        assertEquals(6, r.cpus());
        assertEquals(3000, r.shape().memoryPerCpuMb());
    }

    @Test
    void shouldAskAtLeastTheCpusAJobsMemoryPerNodeNeedsOnEachNode() {
        // --mem=20000 under 4000 a CPU needs 5 CPUs a node: without a node count, a least per node.
        JobRequest r = apply(request(2, 0, 0, 20_000, 0), MemoryCeiling.perCpu(4000), NO_DEFAULT);
        assertEquals(2, r.cpus());
        assertEquals(0, r.minNodes());
        assertEquals(5, r.shape().minCpusPerNode());
        // -N 2 -n 4: 5 a node, 10 in all.
        JobRequest fixed = apply(request(4, 2, 0, 20_000, 0), MemoryCeiling.perCpu(4000), NO_DEFAULT);
        assertEquals(10, fixed.cpus());
        assertEquals(2, fixed.minNodes());
    }

    @Test
    void shouldRaiseCpusPerTaskFromTasksPerNode() {
        // --ntasks-per-node=2 -n 5 (3 nodes): ceil(5 / 2) = 3 CPUs a task, 15 in all.
        JobRequest r = apply(request(5, 0, 2, 20_000, 0), MemoryCeiling.perCpu(4000), NO_DEFAULT);
        assertEquals(15, r.cpus());
        assertEquals(3, r.minNodes());
        // --ntasks-per-node=6 asks 6 CPUs a node already: unchanged.
        JobRequest six = request(12, 0, 6, 20_000, 0);
        assertSame(six, apply(six, MemoryCeiling.perCpu(4000), NO_DEFAULT));
    }

    @Test
    void shouldGiveAJobAskingNoMemoryTheCpusItsFirstNodesMemoryNeeds() {
        // No memory and no default: it holds a node's 64000 MB, which at 8000 a CPU is 8 CPUs a node.
        JobRequest r = apply(request(1, 0, 0, 0, 0), MemoryCeiling.perCpu(8000), NO_DEFAULT);
        assertEquals(8, r.shape().minCpusPerNode());
    }

    @Test
    void shouldKeepAJobOverMaxMemPerNodeOutForGood() {
        MemoryCeiling node = MemoryCeiling.perNode(32_000);
        assertNull(apply(request(2, 0, 0, 40_000, 0), node, NO_DEFAULT), "--mem over the limit");
        assertNull(apply(request(2, 0, 0, 0, 0), node, NO_DEFAULT), "no memory asked: a whole node's 64000 MB");
        JobRequest spread = request(2, 0, 0, 0, 8000);
        assertSame(spread, apply(spread, node, NO_DEFAULT), "8000 a CPU on one CPU a node: within");
        assertNull(apply(request(8, 1, 0, 0, 8000), node, NO_DEFAULT), "-N 1 -n 8: 8 CPUs a node, 64000 MB");
        JobRequest exclusive = new JobRequest(0, 1, 0, true, new int[] {0}, 0, 0, 0,
                new RequestShape(null, 0, 0, 5000, false, 0));
        assertNull(apply(exclusive, node, NO_DEFAULT), "--exclusive: all 8 CPUs of a node at 5000 MB");
    }

    @Test
    void shouldApplyAPartitionsOwnLimitThroughTheClusterAndRefuseWhereNoPartitionCanRunIt() {
        BitSet batch = new BitSet();
        batch.set(0, 2);
        BitSet big = new BitSet();
        big.set(2, 4);
        ConsumableMemory memory = NO_DEFAULT.withCeiling(MemoryCeiling.perCpu(4000))
                .withPartitionCeiling("big", MemoryCeiling.perNode(100_000));
        SlurmCluster cluster = new SlurmCluster(new SlurmConfig(NODES, List.of(Partition.of("batch", batch, true),
                Partition.of("big", big, false)), SchedulerType.BUILTIN, SelectType.CONS_TRES,
                SchedulerParams.defaults().immediate(), true, null).withMemory(memory));
        JobRequests requests = new JobRequests(cluster);
        JobRequest r = requests.of(job("batch,big", 2, new ResourceOptions("", "", 0, 0, 0, 10_000)));
        assertEquals(6, cluster.requestIn(r, 0).cpus(), "batch: the cluster's MaxMemPerCPU");
        assertEquals(2, cluster.requestIn(r, 1).cpus(), "big: its own MaxMemPerNode, 2 x 10000 MB within it");
        // --mem=120000 fits no node of batch at 4000 a CPU (30 CPUs) nor big's MaxMemPerNode.
        assertNull(requests.of(job("batch,big", 1, new ResourceOptions("", "", 0, 0, 120_000, 0))));
        assertEquals("requests more than partition batch can ever give (nodes, CPUs, GPUs, MaxTime or, under its"
                + " MaxMemPerCPU, CPUs for its memory)", requests.refusal);
    }

    private static Job job(String partition, int cpus, ResourceOptions o) {
        return new Job(1, 0, SimTime.seconds(10), SimTime.seconds(20), cpus, 0, 0,
                new JobLabels("", "", "", partition, "", "", ""), JobHistory.UNKNOWN, -1, -1,
                new SubmitOptions(o, JobLinks.NONE));
    }
}
