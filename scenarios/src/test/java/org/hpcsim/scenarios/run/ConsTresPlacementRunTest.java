package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.hpcsim.models.run.JobOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * select/cons_tres's placement of --ntasks-per-node and --gpus jobs through a whole run from a
 * slurm.conf and a jobs.csv, as a real slurmctld 22.05.8 placed them on four 4-CPU nodes of 2 GPUs.
 */
class ConsTresPlacementRunTest {
    private static final String CONF = """
            ClusterName=placement
            SchedulerType=sched/builtin
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            GresTypes=gpu
            NodeName=n[1-4] CPUs=4 Gres=gpu:2
            PartitionName=all Nodes=n[1-4] Default=YES MaxTime=1:00:00
            """;

    @TempDir
    Path dir;

    @Test
    void shouldHoldTheTasksPerNodeOnEachNode() throws Exception {
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, """
                job_id,submit_s,run_s,requested_s,processors,nodes,tasks_per_node
                1,0,100,600,4,2,3
                2,0,100,600,4,3,2
                """);
        assertEquals(6, ran.get(1L).allocatedCores(), "-N 2 -n 4 --ntasks-per-node=3: NumCPUs=6");
        assertArrayEquals(new int[] {3, 3}, ran.get(1L).nodes().cpus());
        // n3 and n4 are free, but -N 3 needs a third node with 2 CPUs: it waits for job 1.
        assertTrue(ran.get(2L).startTime() >= ran.get(1L).endTime(), "starts after job 1 ends");
        assertArrayEquals(new int[] {2, 2, 2}, ran.get(2L).nodes().cpus());
    }

    @Test
    void shouldGiveAGpuJobTheOneNodeThatHoldsIt() throws Exception {
        // Job 1 takes 3 CPUs of n1, whose 2 GPUs stay free. Job 2 (-n 2 --gpus=2) goes to n2 alone
        // rather than 1 CPU of n1 and 1 of n2; job 3 (-n 1 --gpus=4) is refused: one task, one node.
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, """
                job_id,submit_s,run_s,requested_s,processors,gpus
                1,0,100,600,3,0
                2,1,100,600,2,2
                3,2,100,600,1,4
                """);
        assertArrayEquals(new int[] {0}, ran.get(1L).nodes().nodes());
        assertArrayEquals(new int[] {1}, ran.get(2L).nodes().nodes());
        assertArrayEquals(new int[] {2}, ran.get(2L).nodes().cpus());
        assertFalse(ran.containsKey(3L), "refused at submission");
    }

    @Test
    void shouldSplitTheCpusOfANodeCountWithGpusPerNodeAsTheBestFitDoes() throws Exception {
        // On idle nodes a real slurmctld gave -N 2 -n 4 --gpus-per-node=1 3 CPUs of n1 and 1 of n2,
        // and -N 2 -n 6 --gpus-per-node=2 4 and 2, each node with its GPUs (not 2 + 2 and 3 + 3).
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, """
                job_id,submit_s,run_s,requested_s,processors,nodes,gpus_per_node
                1,0,100,600,4,2,1
                2,200,100,600,6,2,2
                """);
        assertArrayEquals(new int[] {0, 1}, ran.get(1L).nodes().nodes());
        assertArrayEquals(new int[] {3, 1}, ran.get(1L).nodes().cpus());
        assertArrayEquals(new int[] {4, 2}, ran.get(2L).nodes().cpus());
    }

    @Test
    void shouldHoldDefCpuPerGpuCpusForEachGpu() throws Exception {
        // DefCpuPerGPU=2, each job alone on idle nodes, as a real slurmctld 22.05.8 ran them.
        // -n 1 --gres=gpu:1 held 2 CPUs, -N 2 -n 2 --gres=gpu:2 4 + 4, -n 2 --gpus=3 4 CPUs beside
        // 2 GPUs and 2 beside 1, -n 3 --gpus=1 3 (its tasks are more).
        String conf = CONF.replace("GresTypes=gpu", "GresTypes=gpu\nDefCpuPerGPU=2");
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, """
                job_id,submit_s,run_s,requested_s,processors,nodes,gpus,gpus_per_node
                1,0,100,600,1,,0,1
                2,1000,100,600,2,2,0,2
                3,2000,100,600,2,,3,
                4,3000,100,600,3,,1,
                5,4000,100,600,2,2,0,1
                6,5000,100,600,6,2,0,1
                7,6000,100,600,5,,0,1
                """);
        assertEquals(2, ran.get(1L).allocatedCores());
        assertArrayEquals(new int[] {4, 4}, ran.get(2L).nodes().cpus());
        assertArrayEquals(new int[] {4, 2}, ran.get(3L).nodes().cpus());
        assertEquals(3, ran.get(4L).allocatedCores());
        // Each node at least its GPU's 2 CPUs, the tasks laid out in turn: -N 2 -n 2 --gres=gpu:1
        // held 2 + 2, -N 2 -n 6 --gres=gpu:1 4 + 2, -n 5 --gres=gpu:1 3 + 2.
        assertArrayEquals(new int[] {2, 2}, ran.get(5L).nodes().cpus());
        assertArrayEquals(new int[] {4, 2}, ran.get(6L).nodes().cpus());
        assertArrayEquals(new int[] {3, 2}, ran.get(7L).nodes().cpus());
    }
}
