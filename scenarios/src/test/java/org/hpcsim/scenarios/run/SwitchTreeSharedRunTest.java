package org.hpcsim.scenarios.run;

import static org.hpcsim.scenarios.run.SlurmConfRun.expectPlaced;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hpcsim.models.run.JobOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jobs on shared nodes under topology/tree and select/cons_tres, through a whole run from a
 * slurm.conf and topology.conf, as a real slurmctld 22.05.8 placed them on four 8-CPU nodes, n1
 * and n2 on leaf s1, n3 and n4 on s2.
 */
class SwitchTreeSharedRunTest {
    private static final String CONF = """
            ClusterName=tree
            SchedulerType=sched/builtin
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            TopologyPlugin=topology/tree
            NodeName=n[1-4] CPUs=8
            PartitionName=all Nodes=n[1-4] Default=YES MaxTime=1:00:00
            """;

    private static final String TOPOLOGY = """
            SwitchName=s1 Nodes=n[1-2]
            SwitchName=s2 Nodes=n[3-4]
            SwitchName=top Switches=s[1-2]
            """;

    @TempDir
    Path dir;

    @Test
    void shouldTryAgainWithoutTheNodesOfOneCpu() throws Exception {
        // Jobs 1 and 2 leave n1 and n2 one CPU each; each later job runs alone beside them.
        // -N 2 -n 2 takes the two slivers. -N 2 -n 6 first takes them too (both leaves hold its
        // two nodes, s1 comes first), falls short, and is placed again without nodes of 1 CPU
        // (choose_nodes): 5 + 1 on n3 and n4. -N 2 -n 3 goes the same way: 2 + 1.
        Files.writeString(dir.resolve("topology.conf"), TOPOLOGY);
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, """
                job_id,submit_s,run_s,requested_s,processors,nodes
                1,0,3000,3600,7,1
                2,1,3000,3600,7,1
                3,100,100,600,2,2
                4,300,100,600,6,2
                5,500,100,600,3,2
                """);
        expectPlaced(ran, 1, new int[] {0}, new int[] {7});
        expectPlaced(ran, 2, new int[] {1}, new int[] {7});
        expectPlaced(ran, 3, new int[] {0, 1}, new int[] {1, 1});
        expectPlaced(ran, 4, new int[] {2, 3}, new int[] {5, 1});
        expectPlaced(ran, 5, new int[] {2, 3}, new int[] {2, 1});
    }

    @Test
    void shouldHoldEachGpusWorthOfCpusOnTheSwitchTree() throws Exception {
        // Two GPUs on each node, DefCpuPerGPU=2; each job alone on idle nodes, as a real
        // slurmctld 22.05.8 ran them.
        Files.writeString(dir.resolve("topology.conf"), TOPOLOGY);
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, withGpus(), """
                job_id,submit_s,run_s,requested_s,processors,nodes,gpus,gpus_per_node,cpus_per_task
                1,0,100,600,2,,3,,
                2,200,100,600,3,,3,,
                3,400,100,600,5,,0,1,
                4,600,100,600,5,,1,,
                5,800,100,600,1,,2,,
                6,1000,100,600,4,,4,,
                7,1200,100,600,2,2,0,1,
                8,1400,100,600,6,,3,,1
                """);
        expectPlaced(ran, 1, new int[] {0, 1}, new int[] {4, 2}); // -n 2 --gpus=3
        expectPlaced(ran, 2, new int[] {0, 1}, new int[] {4, 2}); // -n 3 --gpus=3
        expectPlaced(ran, 3, new int[] {0}, new int[] {5}); // -n 5 --gres=gpu:1
        expectPlaced(ran, 4, new int[] {0}, new int[] {5}); // -n 5 --gpus=1
        expectPlaced(ran, 5, new int[] {0}, new int[] {4}); // -n 1 --gpus=2
        expectPlaced(ran, 6, new int[] {0, 1}, new int[] {6, 2}); // -n 4 --gpus=4
        expectPlaced(ran, 7, new int[] {0, 1}, new int[] {2, 2}); // -N 2 -n 2 --gres=gpu:1
        expectPlaced(ran, 8, new int[] {0, 1}, new int[] {5, 1}); // -n 6 --gpus=3 -c 1: no DefCpuPerGPU
    }

    @Test
    void shouldTakeNoGpuFromANodeShortOfItsCpusOnTheSwitchTree() throws Exception {
        // As above, with job 1 leaving n1 1 CPU and 2 GPUs; each later job alone beside it. The
        // real slurmctld put -n 1 --gpus=1 on n2 (n1's CPU pays for no GPU at 2 CPUs each), -n 1
        // --gpus=1 --cpus-per-gpu=1 on n1, and -n 9 --gpus=2 on n2 and n3, a GPU on each.
        Files.writeString(dir.resolve("topology.conf"), TOPOLOGY);
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, withGpus(), """
                job_id,submit_s,run_s,requested_s,processors,gpus,cpus_per_gpu
                1,0,3000,3600,7,0,
                10,100,100,600,1,1,
                11,300,100,600,2,3,
                12,500,100,600,1,1,1
                13,700,100,600,3,2,
                14,900,100,600,9,2,
                """);
        expectPlaced(ran, 10, new int[] {1}, new int[] {2});
        expectPlaced(ran, 11, new int[] {1, 2}, new int[] {4, 2});
        expectPlaced(ran, 12, new int[] {0}, new int[] {1});
        expectPlaced(ran, 13, new int[] {1}, new int[] {4});
        expectPlaced(ran, 14, new int[] {1, 2}, new int[] {7, 2});
    }

    @Test
    void shouldRankNodesByTheirFreeGpusOnTheSwitchTree() throws Exception {
        // As above; jobs 1 to 3 (-n 1 --gres=gpu:1 each) take both GPUs of n1 and one of n2, as on
        // the real cluster. Each later job runs alone beside them. slurmctld lowers a node's weight
        // by its free GPUs, so nodes with more of them come first, on one leaf or across both.
        Files.writeString(dir.resolve("topology.conf"), TOPOLOGY);
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, withGpus(), """
                job_id,submit_s,run_s,requested_s,processors,nodes,gpus,gpus_per_node
                1,0,3000,3600,1,,0,1
                2,1,3000,3600,1,,0,1
                3,2,3000,3600,1,,0,1
                4,100,100,600,2,2,2,
                5,300,100,600,2,2,3,
                6,500,100,600,3,3,3,
                7,700,100,600,3,,3,
                8,900,100,600,2,,2,
                9,1100,100,600,1,,1,
                """);
        expectPlaced(ran, 2, new int[] {0}, new int[] {2});
        expectPlaced(ran, 3, new int[] {1}, new int[] {2});
        expectPlaced(ran, 4, new int[] {2, 3}, new int[] {2, 2}); // -N 2 -n 2 --gpus=2
        expectPlaced(ran, 5, new int[] {2, 3}, new int[] {4, 2}); // -N 2 -n 2 --gpus=3
        expectPlaced(ran, 6, new int[] {1, 2, 3}, new int[] {2, 2, 2}); // -N 3 -n 3 --gpus=3
        expectPlaced(ran, 7, new int[] {2, 3}, new int[] {4, 2}); // -n 3 --gpus=3
        expectPlaced(ran, 8, new int[] {2}, new int[] {4}); // -n 2 --gpus=2
        expectPlaced(ran, 9, new int[] {1}, new int[] {2}); // -n 1 --gpus=1
    }

    /** {@link #CONF} with two GPUs on each node and DefCpuPerGPU=2. */
    @Test
    void shouldFillALeafItMustUsePastTheTasksNodeBound() throws Exception {
        // One leaf over all four nodes, two GPUs each, n4 of lower Weight. Jobs 1 to 4 leave 1 CPU
        // and 1 GPU on n4, 2 CPUs and 2 GPUs on n1 and on n2, nothing on n3. A real slurmctld
        // 22.05.8 put -n 2 --gpus=4 on three nodes, one CPU each: n4 first (the lighter weight),
        // then the leaf's other nodes until the GPUs were there, with no bound of one node per
        // task (_eval_nodes_topo adds to the leaves it already uses without looking at max_nodes).
        // The same with -N 2 (-n 2 or -n 4) stayed pending (Resources) until the others ended,
        // though n1 and n2 alone would have held it: past its node count the placement fails.
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, oneLeafLighterLast(), """
                job_id,submit_s,run_s,requested_s,processors,nodes,gpus_per_node,gpus
                1,0,3000,3600,7,1,1,
                2,1,3000,3600,6,1,,
                3,2,3000,3600,6,1,,
                4,3,3000,3600,8,1,2,
                5,100,100,600,2,,,4
                6,300,100,600,2,2,,4
                7,301,100,600,4,2,,4
                """);
        assertTrue(ran.get(6L).startTime() >= ran.get(1L).endTime(), "-N 2 -n 2 --gpus=4 waits");
        assertTrue(ran.get(7L).startTime() >= ran.get(1L).endTime(), "-N 2 -n 4 --gpus=4 waits");
        expectPlaced(ran, 1, new int[] {3}, new int[] {7});
        expectPlaced(ran, 2, new int[] {0}, new int[] {6});
        expectPlaced(ran, 3, new int[] {1}, new int[] {6});
        expectPlaced(ran, 4, new int[] {2}, new int[] {8});
        expectPlaced(ran, 5, new int[] {0, 1, 3}, new int[] {1, 1, 1});
    }

    @Test
    void shouldCountOnEachNodeOnlyTheCpusThatPayForItsGpusOnTheSwitchTree() throws Exception {
        // One leaf, n4 of lower Weight, each job alone on idle nodes, as a real slurmctld 22.05.8
        // ran them: with its own --cpus-per-gpu a node makes available only the CPUs that pay for
        // whole GPUs of it (gres_sched_add), and holds what it made available. -n 6 --gpus=4
        // --cpus-per-gpu=1 held 2 CPUs on n4, n1 and n2; -n 2 --gpus=3 --cpus-per-gpu=3 held 6 on
        // n4 (first, the lighter weight) and 3 on n1, which got 2 of the GPUs.
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, oneLeafLighterLast(), """
                job_id,submit_s,run_s,requested_s,processors,gpus,cpus_per_gpu
                1,0,100,600,6,4,1
                2,200,100,600,2,3,3
                """);
        expectPlaced(ran, 1, new int[] {0, 1, 3}, new int[] {2, 2, 2});
        expectPlaced(ran, 2, new int[] {0, 3}, new int[] {3, 6});
    }

    @Test
    void shouldGoOnToOtherLeavesOnceTheRequiredLeafPassedTheBound() throws Exception {
        // Leaf sA over n2 to n4 (n4 of lower Weight), leaf sB over n1; jobs 1 to 4 hold one GPU of
        // each node. A real slurmctld 22.05.8 put -n 2 --gpus=4 on all four nodes, one CPU each:
        // n4, then n2 and n3 of its leaf past the bound of two nodes, then n1 of the other leaf
        // (max_nodes is unsigned in _eval_nodes_topo, so past zero it no longer stops a leaf).
        // On idle nodes, -N 2 --ntasks-per-node=4 -n 8 --gpus=2 --cpus-per-gpu=2 held 4 + 4 on
        // n2 and n4: even shares are not cut to the GPUs' worth of a node's share.
        Files.writeString(dir.resolve("topology.conf"), """
                SwitchName=sA Nodes=n[2-4]
                SwitchName=sB Nodes=n1
                SwitchName=top Switches=sA,sB
                """);
        String conf = CONF.replace("NodeName=n[1-4] CPUs=8", """
                GresTypes=gpu
                NodeName=n1 CPUs=8 Gres=gpu:2 Weight=10 Feature=f1
                NodeName=n2 CPUs=8 Gres=gpu:2 Weight=10 Feature=f2
                NodeName=n3 CPUs=8 Gres=gpu:2 Weight=10 Feature=f3
                NodeName=n4 CPUs=8 Gres=gpu:2 Weight=1 Feature=f4""");
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, """
                job_id,submit_s,run_s,requested_s,processors,nodes,gpus_per_node,gpus,constraint,tasks_per_node,cpus_per_gpu
                1,0,3000,3600,1,1,1,,f1,,
                2,1,3000,3600,1,1,1,,f2,,
                3,2,3000,3600,1,1,1,,f3,,
                4,3,3000,3600,1,1,1,,f4,,
                5,100,100,600,2,,,4,,,
                6,4000,100,600,8,2,,2,,4,2
                """);
        expectPlaced(ran, 5, new int[] {0, 1, 2, 3}, new int[] {1, 1, 1, 1});
        expectPlaced(ran, 6, new int[] {1, 3}, new int[] {4, 4});
    }

    /** One leaf switch over n1 to n4, two GPUs on each node, n4 of a lower Weight than the rest. */
    private String oneLeafLighterLast() throws java.io.IOException {
        Files.writeString(dir.resolve("topology.conf"), "SwitchName=s1 Nodes=n[1-4]\n");
        return CONF.replace("NodeName=n[1-4] CPUs=8", "GresTypes=gpu\n" + SlurmConfRun.GPU_NODES_N4_LIGHTER);
    }

    private static String withGpus() {
        return CONF.replace("NodeName=n[1-4] CPUs=8", "GresTypes=gpu\nDefCpuPerGPU=2\nNodeName=n[1-4] CPUs=8 Gres=gpu:2");
    }

}
