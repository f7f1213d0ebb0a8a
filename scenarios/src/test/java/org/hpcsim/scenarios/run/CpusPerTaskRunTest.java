package org.hpcsim.scenarios.run;

import static org.hpcsim.scenarios.run.SlurmConfRun.expectPlaced;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hpcsim.models.run.JobOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --cpus-per-task (jobs.csv {@code cpus_per_task}) under select/cons_tres through a whole run from a
 * slurm.conf, as a real slurmctld 22.05.8 placed each job on four 8-CPU nodes (CR_Core).
 */
class CpusPerTaskRunTest {
    private static final String CONF = """
            ClusterName=cpt
            SchedulerType=sched/builtin
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            NodeName=n[1-4] CPUs=8
            PartitionName=all Nodes=n[1-4] Default=YES MaxTime=1:00:00
            """;

    @TempDir
    Path dir;

    /** {@link #CONF} with two GPUs on each node and the cluster-wide {@code lines} before the nodes. */
    private static String withGpus(String lines) {
        return CONF.replace("NodeName=n[1-4] CPUs=8", "GresTypes=gpu\n" + lines + "NodeName=n[1-4] CPUs=8 Gres=gpu:2");
    }

    @Test
    void shouldLayTasksOutWholeOnIdleNodes() throws Exception {
        // One after another on idle nodes: -n 3 -c 2 held 6 CPUs of n1, -n 2 -c 3 6 of n2, and
        // -n 5 -c 3 8 of n3 and 6 of n4: 14 CPUs for 15, as slurmctld lays the fifth task over
        // what n3 has left (NumCPUs=14 in scontrol show job).
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, """
                job_id,submit_s,run_s,requested_s,processors,cpus_per_task
                1,0,1000,3600,6,2
                2,1,1000,3600,6,3
                3,2,1000,3600,15,3
                """);
        assertArrayEquals(new int[] {0}, ran.get(1L).nodes().nodes());
        assertArrayEquals(new int[] {6}, ran.get(1L).nodes().cpus());
        assertArrayEquals(new int[] {1}, ran.get(2L).nodes().nodes());
        assertArrayEquals(new int[] {2, 3}, ran.get(3L).nodes().nodes());
        assertArrayEquals(new int[] {8, 6}, ran.get(3L).nodes().cpus());
        assertEquals(14, ran.get(3L).allocatedCores());
    }

    @Test
    void shouldPlaceTasksOnPartlyBusyNodesAsSlurmDid() throws Exception {
        // Jobs 1 to 3 leave 1, 5, 8 and 8 CPUs free on n1 to n4; each later job runs alone beside
        // them. Real slurmctld 22.05.8 placements, in CPUs per node taken:
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, """
                job_id,submit_s,run_s,requested_s,processors,nodes,tasks_per_node,cpus_per_task
                1,0,3000,3600,6,,,
                2,1,3000,3600,3,,,
                3,2,3000,3600,1,,,
                17,100,100,600,6,,,3
                18,300,100,600,12,,,3
                19,500,100,600,8,2,,2
                20,700,100,600,6,,,2
                21,900,100,600,10,,,2
                22,1100,100,600,10,,,5
                23,1300,100,600,12,,,4
                24,1500,100,600,8,,2,2
                26,1700,100,600,16,,,8
                25,1900,100,600,24,,,4
                """);
        assertArrayEquals(new int[] {0}, ran.get(3L).nodes().nodes(), "the filler -n 1 goes to n1's 2 free");
        expectPlaced(ran, 17, new int[] {2}, new int[] {6}); // -n 2 -c 3: n3 alone, not 5 of n2 and 1 of n3
        expectPlaced(ran, 18, new int[] {1, 2}, new int[] {5, 6}); // -n 4 -c 3: 11 CPUs for 12
        expectPlaced(ran, 19, new int[] {1, 2}, new int[] {5, 2}); // -N 2 -n 4 -c 2
        expectPlaced(ran, 20, new int[] {2}, new int[] {6}); // -n 3 -c 2
        expectPlaced(ran, 21, new int[] {1, 2}, new int[] {5, 4}); // -n 5 -c 2
        expectPlaced(ran, 22, new int[] {1, 2}, new int[] {5, 5}); // -n 2 -c 5
        expectPlaced(ran, 23, new int[] {1, 2}, new int[] {5, 4}); // -n 3 -c 4: n2's 5th CPU holds no task
        expectPlaced(ran, 24, new int[] {1, 2}, new int[] {4, 4}); // -n 4 -c 2 --ntasks-per-node=2
        expectPlaced(ran, 26, new int[] {2, 3}, new int[] {8, 8}); // -n 2 -c 8: only whole free nodes offer
        // -n 6 -c 4 needs 24 CPUs where 22 are free: it waits for the fillers (pending, Resources).
        assertTrue(ran.get(25L).startTime() >= ran.get(1L).endTime(), "job 25 waits for the fillers");
    }

    @Test
    void shouldLayTasksOutOnTheSwitchTree() throws Exception {
        // topology/tree with n1 and n2 on leaf s1, n3 and n4 on s2. The fillers leave 0, 6, 8 and
        // 8 CPUs free (under the tree job 2 takes n1's last 2 and 1 of n2); each later job runs
        // alone beside them. Real slurmctld 22.05.8 placements, in CPUs per node taken:
        Files.writeString(dir.resolve("topology.conf"), "SwitchName=s1 Nodes=n[1-2]\n"
                + "SwitchName=s2 Nodes=n[3-4]\nSwitchName=top Switches=s[1-2]\n");
        String conf = CONF + "TopologyPlugin=topology/tree\n";
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, """
                job_id,submit_s,run_s,requested_s,processors,nodes,tasks_per_node,cpus_per_task
                1,0,3000,3600,6,,,
                2,1,3000,3600,3,,,
                3,2,3000,3600,1,,,
                11,100,100,600,6,,,3
                12,300,100,600,12,,,3
                13,500,100,600,8,2,,2
                14,700,100,600,6,,,2
                15,900,100,600,10,,,2
                16,1100,100,600,10,,,5
                17,1300,100,600,12,,,4
                18,1500,100,600,8,,2,2
                19,1700,100,600,16,,,8
                20,1900,100,600,4,2,,
                21,2100,100,600,8,2,,
                22,2300,100,600,3,2,,
                23,2500,100,600,12,3,,2
                24,2700,100,600,6,2,,3
                """);
        expectPlaced(ran, 2, new int[] {0, 1}, new int[] {2, 1});
        expectPlaced(ran, 3, new int[] {1}, new int[] {1});
        expectPlaced(ran, 11, new int[] {1}, new int[] {6}); // -n 2 -c 3
        expectPlaced(ran, 12, new int[] {1, 2}, new int[] {6, 6}); // -n 4 -c 3
        expectPlaced(ran, 13, new int[] {2, 3}, new int[] {6, 2}); // -N 2 -n 4 -c 2: one leaf, 3 tasks then 1
        expectPlaced(ran, 14, new int[] {1}, new int[] {6}); // -n 3 -c 2
        expectPlaced(ran, 15, new int[] {1, 2}, new int[] {6, 4}); // -n 5 -c 2
        expectPlaced(ran, 16, new int[] {1, 2}, new int[] {5, 5}); // -n 2 -c 5
        expectPlaced(ran, 17, new int[] {1, 2}, new int[] {6, 4}); // -n 3 -c 4: 10 CPUs for 12
        expectPlaced(ran, 18, new int[] {2, 3}, new int[] {4, 4}); // -n 4 -c 2 --ntasks-per-node=2
        expectPlaced(ran, 19, new int[] {2, 3}, new int[] {8, 8}); // -n 2 -c 8
        // A node count alone spreads nothing evenly: each node makes available what is still
        // wanted less a CPU for each node still to come.
        expectPlaced(ran, 20, new int[] {2, 3}, new int[] {3, 1}); // -N 2 -n 4
        expectPlaced(ran, 21, new int[] {2, 3}, new int[] {7, 1}); // -N 2 -n 8
        expectPlaced(ran, 22, new int[] {2, 3}, new int[] {2, 1}); // -N 2 -n 3
        expectPlaced(ran, 23, new int[] {1, 2, 3}, new int[] {2, 8, 2}); // -N 3 -n 6 -c 2
        expectPlaced(ran, 24, new int[] {2, 3}, new int[] {3, 3}); // -N 2 -n 2 -c 3
    }


    @Test
    void shouldGiveGpuJobsWholeTasksAndNoDefCpuPerGpu() throws Exception {
        // Four idle 8-CPU nodes of 2 GPUs, DefCpuPerGPU=2; each job alone, as a real slurmctld 22.05.8 ran them.
        String conf = withGpus("DefCpuPerGPU=2\n");
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, """
                job_id,submit_s,run_s,requested_s,processors,nodes,gpus,gpus_per_node,cpus_per_task
                1,0,100,600,1,,0,1,1
                2,200,100,600,1,,0,1,
                3,400,100,600,6,,2,,3
                4,600,100,600,6,,3,,2
                5,800,100,600,6,2,0,1,3
                6,1000,100,600,15,,0,1,3
                """);
        assertEquals(1, ran.get(1L).allocatedCores(), "-n 1 -c 1 --gres=gpu:1: --cpus-per-task overrides DefCpuPerGPU");
        assertEquals(2, ran.get(2L).allocatedCores(), "-n 1 --gres=gpu:1: DefCpuPerGPU's 2");
        expectPlaced(ran, 3, new int[] {0}, new int[] {6}); // -n 2 -c 3 --gpus=2
        expectPlaced(ran, 4, new int[] {0, 1}, new int[] {4, 2}); // -n 3 -c 2 --gpus=3
        expectPlaced(ran, 5, new int[] {0, 1}, new int[] {3, 3}); // -N 2 -n 2 -c 3 --gres=gpu:1
        expectPlaced(ran, 6, new int[] {0, 1, 2}, new int[] {6, 6, 3}); // -n 5 -c 3 --gres=gpu:1
    }

    @Test
    void shouldHoldTheTasksPerNodeTimesTheCpusPerTaskOnEachNode() throws Exception {
        // Each alone on idle nodes; a real slurmctld 22.05.8 gave -N 2 -n 2 --ntasks-per-node=2 -c 2
        // 4 + 4 (NumCPUs=8 for 2 tasks), -n 3 -c 2 --ntasks-per-node=2 4 + 4, -n 3 -c 3
        // --ntasks-per-node=2 6 + 6.
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, """
                job_id,submit_s,run_s,requested_s,processors,nodes,tasks_per_node,cpus_per_task
                1,0,100,600,4,2,2,2
                2,200,100,600,6,,2,2
                3,400,100,600,9,,2,3
                """);
        expectPlaced(ran, 1, new int[] {0, 1}, new int[] {4, 4});
        expectPlaced(ran, 2, new int[] {0, 1}, new int[] {4, 4});
        expectPlaced(ran, 3, new int[] {0, 1}, new int[] {6, 6});
    }

    @Test
    void shouldCountExclusiveNodesByCpusAlone() throws Exception {
        // --exclusive with --cpus-per-task, each job alone on idle nodes, as a real slurmctld
        // 22.05.8 ran them: whole nodes, as many as the CPUs need (-n 5 -c 3 on 2 nodes, though
        // only 2 tasks of 3 fit in 8 CPUs), at least one per task under --ntasks-per-node=1, and
        // -n 11 -c 3 (33 CPUs on a partition of 32) never runs (PartitionConfig).
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, """
                job_id,submit_s,run_s,requested_s,processors,nodes,tasks_per_node,cpus_per_task,exclusive
                1,0,100,600,15,,,3,1
                2,200,100,600,9,,,3,1
                3,400,100,600,15,,,5,1
                4,600,100,600,12,,1,3,1
                5,800,100,600,12,,,2,1
                6,1000,100,600,27,,,3,1
                7,1200,100,600,21,,,3,1
                8,1400,100,600,20,,,5,1
                9,1600,100,600,6,3,,2,1
                10,1800,100,600,33,,,3,1
                """);
        expectPlaced(ran, 1, new int[] {0, 1}, new int[] {8, 8});
        expectPlaced(ran, 2, new int[] {0, 1}, new int[] {8, 8});
        expectPlaced(ran, 3, new int[] {0, 1}, new int[] {8, 8});
        expectPlaced(ran, 4, new int[] {0, 1, 2, 3}, new int[] {8, 8, 8, 8});
        expectPlaced(ran, 5, new int[] {0, 1}, new int[] {8, 8});
        expectPlaced(ran, 6, new int[] {0, 1, 2, 3}, new int[] {8, 8, 8, 8});
        expectPlaced(ran, 7, new int[] {0, 1, 2}, new int[] {8, 8, 8});
        expectPlaced(ran, 8, new int[] {0, 1, 2}, new int[] {8, 8, 8});
        expectPlaced(ran, 9, new int[] {0, 1, 2}, new int[] {8, 8, 8});
        assertTrue(!ran.containsKey(10L) || ran.get(10L).startTime() < 0, "-n 11 -c 3 never runs");
    }

    @Test
    void shouldHoldTheCpusPerGpuAJobAsks() throws Exception {
        // --cpus-per-gpu, each job alone on idle nodes of 2 GPUs with DefCpuPerGPU=2, as a real
        // slurmctld 22.05.8 ran them: the job's own count wins over the partition's default.
        String conf = withGpus("DefCpuPerGPU=2\n");
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, """
                job_id,submit_s,run_s,requested_s,processors,nodes,gpus,gpus_per_node,cpus_per_gpu
                1,0,100,600,1,,0,1,3
                2,200,100,600,1,,2,,3
                3,400,100,600,2,,3,,1
                4,600,100,600,2,2,0,2,3
                5,800,100,600,4,,0,1,3
                6,1000,100,600,1,,4,,2
                7,1200,100,600,2,,4,,2
                """);
        assertEquals(3, ran.get(1L).allocatedCores(), "-n 1 --gres=gpu:1 --cpus-per-gpu=3");
        expectPlaced(ran, 2, new int[] {0}, new int[] {6}); // -n 1 --gpus=2 --cpus-per-gpu=3
        expectPlaced(ran, 3, new int[] {0, 1}, new int[] {2, 1}); // -n 2 --gpus=3 --cpus-per-gpu=1
        expectPlaced(ran, 4, new int[] {0, 1}, new int[] {6, 6}); // -N 2 -n 2 --gres=gpu:2 --cpus-per-gpu=3
        expectPlaced(ran, 5, new int[] {0}, new int[] {4}); // -n 4 --gres=gpu:1 --cpus-per-gpu=3: the tasks are more
        // -n 1 --gpus=4 --cpus-per-gpu=2 was refused (one task, one node, 2 GPUs a node): its 8
        // CPUs do not make more tasks; -n 2 --gpus=4 --cpus-per-gpu=2 ran on n1 and n2, 4 + 4.
        assertTrue(!ran.containsKey(6L), "refused at submission");
        expectPlaced(ran, 7, new int[] {0, 1}, new int[] {4, 4});
    }

    @Test
    void shouldRaiseANodeToItsGpusWorthOnlyForTheJobsOwnCpusPerGpu() throws Exception {
        // DefCpuPerGPU=2 on idle 8-CPU nodes of 2 GPUs; each job alone, as a real slurmctld
        // 22.05.8 ran them. A job's own --cpus-per-gpu=2 makes each node give its GPUs' worth
        // (gres_sched_add), so -n 2 --gpus=4 held 4 + 4; the same CPUs per GPU from DefCpuPerGPU
        // do not (def_cpus_per_gres), so the tasks fill the first node: 6 + 2.
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, withGpus("DefCpuPerGPU=2\n"), """
                job_id,submit_s,run_s,requested_s,processors,gpus,cpus_per_gpu
                1,0,100,600,4,4,
                2,200,100,600,2,4,
                3,400,100,600,2,4,2
                4,600,100,600,4,4,2
                5,800,100,600,9,2,
                """);
        expectPlaced(ran, 1, new int[] {0, 1}, new int[] {6, 2});
        expectPlaced(ran, 2, new int[] {0, 1}, new int[] {6, 2});
        expectPlaced(ran, 3, new int[] {0, 1}, new int[] {4, 4});
        expectPlaced(ran, 4, new int[] {0, 1}, new int[] {4, 4});
        expectPlaced(ran, 5, new int[] {0, 1}, new int[] {7, 2});
    }

    @Test
    void shouldCountOnEachNodeOnlyTheCpusThatPayForItsGpus() throws Exception {
        // DefCpuPerGPU=2 on idle 8-CPU nodes of 2 GPUs; each job alone, with its own --gpus and
        // --cpus-per-gpu, as a real slurmctld 22.05.8 ran them. A node makes available what is
        // still wanted (_cpus_to_use), cut to the CPUs that pay for whole GPUs of it
        // (gres_sched_add): -n 6 --gpus=4 --cpus-per-gpu=1 took 2 CPUs on each of three nodes
        // where 6 + 2 would have done, and -n 2 --gpus=3 --cpus-per-gpu=3 took 6 of the first
        // node's 8, as many as pay for its 2 GPUs, and 3 of the next.
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, withGpus("DefCpuPerGPU=2\n"), """
                job_id,submit_s,run_s,requested_s,processors,gpus,cpus_per_gpu
                1,0,100,600,6,4,1
                2,200,100,600,5,4,1
                3,400,100,600,2,3,3
                4,600,100,600,3,2,2
                5,800,100,600,8,3,1
                6,1000,100,600,7,4,3
                """);
        expectPlaced(ran, 1, new int[] {0, 1, 2}, new int[] {2, 2, 2});
        expectPlaced(ran, 2, new int[] {0, 1, 2}, new int[] {2, 2, 1});
        expectPlaced(ran, 3, new int[] {0, 1}, new int[] {6, 3});
        expectPlaced(ran, 4, new int[] {0}, new int[] {4});
        expectPlaced(ran, 5, new int[] {0, 1, 2, 3}, new int[] {2, 2, 2, 2});
        expectPlaced(ran, 6, new int[] {0, 1}, new int[] {6, 6});
    }

    @Test
    void shouldPayForGpusFromTheLighterNodeFirst() throws Exception {
        // No DefCpuPerGPU, n4 of lower Weight; each job alone on idle nodes, as a real slurmctld
        // 22.05.8 ran them: n4 first gives the CPUs that pay for its GPUs, n1 the rest.
        // -n 6 --gpus=2 --cpus-per-gpu=2 held 4 on n4 and 2 on n1; -n 3 --gpus=1 and -n 3 --gpus=2
        // at --cpus-per-gpu=1 held 2 on n4 and 1 on n1. (At DefCpuPerGPU=2 without weights sbatch
        // refused these three, which hpcsim does not model.) -n 1 --gpus=3 --cpus-per-gpu=3 was
        // refused: one task's node has 2 GPUs.
        String conf = withGpus("").replace("NodeName=n[1-4] CPUs=8 Gres=gpu:2", SlurmConfRun.GPU_NODES_N4_LIGHTER);
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, """
                job_id,submit_s,run_s,requested_s,processors,gpus,cpus_per_gpu
                1,0,100,600,6,2,2
                2,200,100,600,3,1,1
                3,400,100,600,3,2,1
                4,600,100,600,1,3,3
                """);
        expectPlaced(ran, 1, new int[] {0, 3}, new int[] {2, 4});
        expectPlaced(ran, 2, new int[] {0, 3}, new int[] {1, 2});
        expectPlaced(ran, 3, new int[] {0, 3}, new int[] {1, 2});
        assertTrue(!ran.containsKey(4L), "refused at submission");
    }

    @Test
    void shouldTakeNoGpuFromANodeShortOfItsCpus() throws Exception {
        // DefCpuPerGPU=2 on 8-CPU nodes of 2 GPUs; job 1 leaves n1 1 CPU and 2 GPUs. A real
        // slurmctld 22.05.8 put each later job, alone beside job 1, where a GPU has its 2 CPUs:
        // -n 1 --gpus=1, -n 1 --gres=gpu:1 and -n 2 --gpus=2 on n2, but -n 1 --gpus=1
        // --cpus-per-gpu=1 on n1's last CPU.
        String conf = withGpus("DefCpuPerGPU=2\n");
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, """
                job_id,submit_s,run_s,requested_s,processors,gpus,gpus_per_node,cpus_per_gpu
                1,0,3000,3600,7,0,,
                2,100,100,600,1,1,,
                3,300,100,600,1,0,1,
                4,500,100,600,2,2,,
                5,700,100,600,1,1,,1
                6,900,100,600,2,3,,
                7,1100,100,600,3,3,,
                8,1300,100,600,1,2,,1
                """);
        assertArrayEquals(new int[] {0}, ran.get(1L).nodes().nodes());
        expectPlaced(ran, 2, new int[] {1}, new int[] {2});
        expectPlaced(ran, 3, new int[] {1}, new int[] {2});
        expectPlaced(ran, 4, new int[] {1}, new int[] {4});
        expectPlaced(ran, 5, new int[] {0}, new int[] {1});
        // GPUs in all over several nodes skip n1 too (its one CPU pays for no GPU): -n 2 --gpus=3
        // and -n 3 --gpus=3 held 4 CPUs and 2 GPUs of n2 and 2 and 1 of n3; -n 1 --gpus=2
        // --cpus-per-gpu=1 went to n2 (one node for one task, and n1 has 1 CPU for 2 GPUs).
        expectPlaced(ran, 6, new int[] {1, 2}, new int[] {4, 2});
        expectPlaced(ran, 7, new int[] {1, 2}, new int[] {4, 2});
        expectPlaced(ran, 8, new int[] {1}, new int[] {2});
    }

    @Test
    void shouldLeaveAGpuJobWaitingWhenOnlyNodesWithoutGpusHaveCpus() throws Exception {
        // DefCpuPerGPU=2; job 1 leaves n1 1 CPU, jobs 2 to 4 take every GPU of n2 to n4 (2 CPUs
        // each). A real slurmctld 22.05.8 kept -n 3 --gpus=1 pending (Resources) until GPUs
        // freed: no node without a free GPU offers a GPU job anything.
        String conf = withGpus("DefCpuPerGPU=2\n");
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, """
                job_id,submit_s,run_s,requested_s,processors,gpus,gpus_per_node,cpus_per_gpu
                1,0,3000,3600,7,0,,
                2,1,1000,3600,1,0,2,1
                3,2,1000,3600,1,0,2,1
                4,3,1000,3600,1,0,2,1
                5,100,100,600,3,1,,
                """);
        expectPlaced(ran, 2, new int[] {1}, new int[] {2});
        expectPlaced(ran, 4, new int[] {3}, new int[] {2});
        assertTrue(ran.get(5L).startTime() >= ran.get(2L).endTime(), "job 5 waits for GPUs");
    }

    @Test
    void shouldOfferAGpuJobNoNodeWithoutAFreeGpu() throws Exception {
        // No DefCpuPerGPU. Jobs 1 to 3 take both GPUs of n1, n2 and n3 with 2 CPUs each, job 4 7
        // CPUs of n4, which keeps 1 CPU and 2 GPUs. A real slurmctld 22.05.8 kept -n 3 --gpus=1
        // pending (Resources) beside 18 free CPUs of GPU-less nodes, and ran -n 1 --gpus=1 on n4.
        String conf = withGpus("");
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, """
                job_id,submit_s,run_s,requested_s,processors,gpus,gpus_per_node
                1,0,1000,3600,2,0,2
                2,1,1000,3600,2,0,2
                3,2,1000,3600,2,0,2
                4,3,3000,3600,7,0,
                5,100,100,600,1,1,
                6,300,100,600,3,1,
                """);
        expectPlaced(ran, 4, new int[] {3}, new int[] {7});
        expectPlaced(ran, 5, new int[] {3}, new int[] {1});
        assertTrue(ran.get(6L).startTime() >= ran.get(1L).endTime(), "job 6 waits for a GPU with CPUs beside it");
    }

    @Test
    void shouldLayTasksOutOnCoresOfTwoThreads() throws Exception {
        // Nodes of 4 cores of 2 threads and 2 GPUs, DefCpuPerGPU=2; each job alone on idle nodes,
        // as a real slurmctld 22.05.8 ran them: tasks fill the cores their node's first task began.
        String conf = withGpus("DefCpuPerGPU=2\n").replace("CPUs=8 Gres", "CPUs=8 Sockets=1 CoresPerSocket=4"
                + " ThreadsPerCore=2 Gres");
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, """
                job_id,submit_s,run_s,requested_s,processors,nodes,gpus,gpus_per_node,cpus_per_task
                1,0,100,600,4,2,0,2,
                2,200,100,600,9,,0,,3
                3,400,100,600,2,,3,,
                4,600,100,600,5,,0,1,
                5,800,100,600,3,,1,,
                """);
        expectPlaced(ran, 1, new int[] {0, 1}, new int[] {4, 4}); // -N 2 -n 4 --gres=gpu:2 (6 + 4 before)
        expectPlaced(ran, 2, new int[] {0, 1}, new int[] {6, 4}); // -n 3 -c 3: 10 CPUs, whole cores
        expectPlaced(ran, 3, new int[] {0, 1}, new int[] {4, 2}); // -n 2 --gpus=3
        expectPlaced(ran, 4, new int[] {0}, new int[] {6}); // -n 5 --gres=gpu:1
        expectPlaced(ran, 5, new int[] {0}, new int[] {4}); // -n 3 --gpus=1
    }

    @Test
    void shouldGiveWholeTasksWhereMemoryIsHeldPerCpu() throws Exception {
        // CR_Core_Memory, DefMemPerCPU=50, MaxMemPerCPU=100 on 8-CPU nodes of 1000 MB; each job alone
        // on idle nodes, as a real slurmctld 22.05.8 ran them: memory per CPU makes a node give
        // whole tasks (-n 5 -c 3: 6 + 6 + 3), memory per node does not (-n 5 -c 3 --mem=400: 8 + 6),
        // and MaxMemPerCPU raises the CPUs per task (-n 3 -c 2 --mem-per-cpu=150: CPUs/Task=4, 8 + 4).
        String conf = CONF.replace("SelectTypeParameters=CR_Core", "SelectTypeParameters=CR_Core_Memory\n"
                + "DefMemPerCPU=50\nMaxMemPerCPU=100").replace("CPUs=8", "CPUs=8 RealMemory=1000");
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, """
                job_id,submit_s,run_s,requested_s,processors,mem_mb,mem_per_cpu_mb,cpus_per_task
                1,0,100,600,15,,,3
                2,200,100,600,15,400,,3
                3,400,100,600,6,,150,2
                """);
        expectPlaced(ran, 1, new int[] {0, 1, 2}, new int[] {6, 6, 3});
        expectPlaced(ran, 2, new int[] {0, 1}, new int[] {8, 6});
        expectPlaced(ran, 3, new int[] {0, 1}, new int[] {8, 4});
    }
}
