package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ResourceOptions;

/**
 * With random mixes of request options, memory counted or not and either select plugin, no node's
 * CPUs, GPUs or memory are ever held twice, and every placement keeps to the nodes the options allow.
 */
class RequestOptionsProperties {
    private static final String[] CONSTRAINTS = {"", "", "gpu", "ib", "cpu|gpu", "gpu&ib", "ib|cpu&gpu"};
    private static final String[] TYPES = {"", "", "a100", "h100"};
    private static final long[] MEMORY = {0, 0, 8_000, 40_000, 100_000};
    private static final ConsumableMemory[] COUNTING = {ConsumableMemory.NONE, ConsumableMemory.counted(0),
        ConsumableMemory.counted(16_000)};

    private static ResourceOptions randomOptions(Random rnd, int cpusPerTask) {
        return new ResourceOptions(CONSTRAINTS[rnd.nextInt(CONSTRAINTS.length)], TYPES[rnd.nextInt(TYPES.length)],
                rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(2) : 0, rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(4) : 0,
                MEMORY[rnd.nextInt(MEMORY.length)], 0, false, cpusPerTask);
    }

    private static Job randomJob(Random rnd, long id, long submit) {
        int cpusPerTask = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(4) : 0;
        int cpus = rnd.nextInt(12 / Math.max(cpusPerTask, 1)) * Math.max(cpusPerTask, 1) + Math.max(cpusPerTask, 1);
        int nodes = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(2) : 0;
        int gpus = rnd.nextInt(3) == 0 ? rnd.nextInt(5) : 0;
        return RequestOptionsTest.job(id, submit, 1 + rnd.nextInt(100), cpus, nodes, gpus,
                randomOptions(rnd, cpusPerTask));
    }

    /** Two leaf switches of two nodes each under one top switch. */
    private static final SwitchTree TREE = SwitchTree.builder(4).leaf("s1", 0, 1).leaf("s2", 2, 3)
            .upper("top", "s1", "s2").build();

    @Property(tries = 500)
    void shouldNeverOversubscribeANodeNorLeaveTheNodesTheOptionsAllow(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2) int counting, @ForAll boolean linear, @ForAll boolean tree) {
        Random rnd = new Random(seed);
        SlurmConfig base = RequestOptionsTest.config(COUNTING[counting]);
        SlurmConfig config = linear ? new SlurmConfig(base.nodes(), base.partitions(), base.scheduler(),
                SelectType.LINEAR, base.params(), true, null) : base;
        config = tree ? config.withTopology(TREE) : config;
        SlurmCluster cluster = new SlurmCluster(config);
        JobRequests requests = new JobRequests(cluster);
        Deque<Allocation> held = new ArrayDeque<>();
        for (int step = 0; step < 40; step++) {
            if (!held.isEmpty() && rnd.nextInt(3) == 0) {
                cluster.free.release(held.removeFirst());
                continue;
            }
            Job job = randomJob(rnd, step, 0);
            JobRequest asked = requests.of(job);
            JobRequest r = asked == null ? null : cluster.requestIn(asked, 0); // as the partition sees it
            if (r == null) {
                continue;
            }
            Allocation a = cluster.selector.select(r, cluster.partitionNodes(0), cluster.free);
            if (a == null) {
                continue;
            }
            ResourceOptions o = job.options().resources();
            for (int k = 0; k < a.nodeCount(); k++) {
                SlurmNode n = cluster.nodes.get(a.node(k));
                assertTrue(o.gpuType().isEmpty() || n.gpuType().equals(o.gpuType()), "GPU type on " + n.name());
                assertTrue(n.memoryMb() >= o.memoryMb(), "RealMemory on " + n.name());
                assertTrue(o.constraint().isEmpty() || FeatureConstraint.parse(o.constraint()).matches(n.features()),
                        "constraint on " + n.name());
                if (!a.whole() && r.shape().gpusPerNode() > 0) {
                    assertEquals(r.shape().gpusPerNode(), a.gpus(k), "GPUs per node on " + n.name());
                }
            }
            int perTask = Math.max(o.cpusPerTask(), 1);
            if (!a.whole() && perTask > 1 && !tree) {
                // cons_tres lays tasks out whole; the last may get less than a task's CPUs
                // (dist_tasks over-subscribing), so only each node's first task is whole.
                assertTrue(a.nodeCount() <= Math.max(r.tasks(), r.minNodes()), "no more nodes than tasks");
                for (int k = 0; k < a.nodeCount(); k++) {
                    assertTrue(a.cpus(k) >= perTask, "a whole task on node " + a.node(k));
                }
            }
            if (!a.whole() && perTask == 1) {
                assertTrue(a.totalCpus() >= r.cpus(), "a node taken for GPUs alone still takes a CPU");
                if (o.tasksPerNode() > 0 && job.processors() > 1 && !linear) {
                    for (int k = 0; k < a.nodeCount(); k++) {
                        assertTrue(a.cpus(k) >= o.tasksPerNode(), "--ntasks-per-node CPUs on node " + a.node(k));
                    }
                }
            }
            if (!a.whole() && r.gpus() > 0 && r.shape().gpusPerNode() == 0 && r.minNodes() == 0) {
                assertTrue(a.nodeCount() <= r.tasks(), "no more nodes than tasks");
            }
            cluster.free.take(a); // throws when a node's CPUs, GPUs or memory go below 0
            held.addLast(a);
            for (int i = 0; i < cluster.nodes.size(); i++) {
                assertTrue(cluster.free.freeCpus[i] >= 0 && cluster.free.freeGpus[i] >= 0
                        && cluster.free.freeMemory[i] >= 0);
            }
        }
    }

    @Property(tries = 100)
    void shouldEndOrRefuseEveryJobOfARandomOptionMixOnce(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2) int counting, @ForAll boolean backfill) {
        Random rnd = new Random(seed);
        List<Job> jobs = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            jobs.add(randomJob(rnd, i, rnd.nextInt(200)));
        }
        jobs.sort((x, y) -> Long.compare(x.submitTime(), y.submitTime()));
        SlurmConfig base = RequestOptionsTest.config(COUNTING[counting]);
        SlurmConfig config = backfill ? new SlurmConfig(base.nodes(), base.partitions(), SchedulerType.BACKFILL,
                SelectType.CONS_TRES, SlurmReplay.params(5, 1), true, null).withMemory(COUNTING[counting]) : base;
        SlurmReplay.Result r = SlurmReplay.run(config, jobs);
        assertEquals(List.of(), r.endedTwice);
        assertEquals(jobs.size(), r.outcomes.size() + r.rejected.size());
    }
}
