package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
 * Where select/cons_tres puts a job with --ntasks-per-node and how many CPUs it holds, as a real
 * slurmctld 22.05.8 did on four 4-CPU nodes under CR_Core (scripts/slurm-local, scontrol show job
 * -d): with more than one task each node gets the full --ntasks-per-node (pn_min_cpus), a node that
 * cannot run that many offers nothing, and the nodes are chosen by _eval_nodes's best fit.
 */
class TasksPerNodeTest {
    private static final List<SlurmNode> NODES = List.of(node("n1"), node("n2"), node("n3"), node("n4"));

    private final SlurmCluster cluster;
    private final JobRequests requests;

    TasksPerNodeTest() {
        BitSet all = new BitSet();
        all.set(0, NODES.size());
        cluster = new SlurmCluster(new SlurmConfig(NODES, List.of(Partition.of("all", all, true)),
                SchedulerType.BUILTIN, SelectType.CONS_TRES, SchedulerParams.defaults().immediate(), true, null));
        requests = new JobRequests(cluster);
    }

    private static SlurmNode node(String name) {
        return new SlurmNode(name, 4, 0, 0, "", 1, List.of());
    }

    /** Places -N nodes (0: not given) -n tasks --ntasks-per-node; returns {node, cpus, node, cpus, ...}. */
    private int[] place(int nodes, int tasks, int perNode) {
        Job job = new Job(1, SimTime.seconds(0), SimTime.seconds(10), SimTime.seconds(60), tasks, nodes, 0, JobLabels.NONE,
                JobHistory.UNKNOWN, -1, -1,
                new SubmitOptions(new ResourceOptions("", "", 0, perNode, 0), JobLinks.NONE));
        JobRequest r = cluster.requestIn(requests.of(job), 0);
        Allocation a = cluster.selector.select(r, cluster.partitionNodes(0), cluster.free);
        cluster.free.take(a);
        int[] out = new int[2 * a.nodeCount()];
        for (int k = 0; k < a.nodeCount(); k++) {
            out[2 * k] = a.node(k);
            out[2 * k + 1] = a.cpus(k);
        }
        return out;
    }

    /** Frees every node, then holds 3 CPUs of n1, 2 of n3 and 1 of n4 (sbatch -w). */
    private void partlyBusy() {
        cluster.free.copyFrom(new NodeResources(NODES));
        cluster.free.take(new Allocation(new int[] {0, 2, 3}, new int[] {3, 2, 1}, new int[] {0, 0, 0}, false));
    }

    @Test
    void shouldHoldTheTasksPerNodeOnEveryNodeWhenThereAreFewerTasks() {
        assertArrayEquals(new int[] {0, 3, 1, 3}, place(2, 4, 3), "-N 2 -n 4 --ntasks-per-node=3: NumCPUs=6");
        assertArrayEquals(new int[] {2, 3, 3, 3}, place(0, 4, 3), "-n 4 --ntasks-per-node=3: 2 nodes, 3 each");
        cluster.free.copyFrom(new NodeResources(NODES));
        assertArrayEquals(new int[] {0, 2, 1, 2, 2, 2}, place(3, 4, 2), "-N 3 -n 4 --ntasks-per-node=2: 2 each");
        // One task: no minimum to hold, but only a node that could run 3 tasks takes it (n4).
        assertArrayEquals(new int[] {3, 1}, place(0, 1, 3), "-n 1 --ntasks-per-node=3: 1 CPU of n4");
    }

    @Test
    void shouldChooseNodesThatCanRunTheTasksPerNodeByBestFit() {
        // Free: n1 1, n2 4, n3 2, n4 3.
        partlyBusy();
        assertArrayEquals(new int[] {1, 2, 2, 2}, place(2, 4, 2), "-N 2 -n 4 --ntasks-per-node=2: n2 and n3");
        partlyBusy();
        assertArrayEquals(new int[] {1, 2, 2, 2}, place(2, 3, 2), "-N 2 -n 3 --ntasks-per-node=2: 2 and 2");
        partlyBusy();
        assertArrayEquals(new int[] {3, 3}, place(0, 3, 3), "-n 3 --ntasks-per-node=3: n4, the tightest that runs 3");
        partlyBusy();
        assertArrayEquals(new int[] {0, 1, 1, 1}, place(2, 2, 1), "-N 2 -n 2 --ntasks-per-node=1: n1 and n2");
    }
}
