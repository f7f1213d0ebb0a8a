package org.hpcsim.scenarios.run;

import static org.hpcsim.scenarios.run.SlurmConfRun.expectPlaced;

import java.nio.file.Path;
import java.util.Map;
import org.hpcsim.models.run.JobOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GPUs in all (sbatch --gpus) on a node count (-N) under select/cons_tres, through a whole run from
 * a slurm.conf, as a real slurmctld 22.05.8 placed them on four 8-CPU nodes of 2 GPUs with
 * DefCpuPerGPU=2.
 */
class GpusOnANodeCountRunTest {
    private static final String CONF = """
            ClusterName=gpus
            SchedulerType=sched/builtin
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            GresTypes=gpu
            DefCpuPerGPU=2
            NodeName=n[1-4] CPUs=8 Gres=gpu:2
            PartitionName=all Nodes=n[1-4] Default=YES MaxTime=1:00:00
            """;

    @TempDir
    Path dir;

    @Test
    void shouldPreferNodesWithMoreOfTheGpusFree() throws Exception {
        // Job 1 holds a GPU (and 2 CPUs) of n1 and of n2; each later job runs alone beside it.
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, """
                job_id,submit_s,run_s,requested_s,processors,nodes,gpus,gpus_per_node
                1,0,3000,3600,2,2,0,1
                8,100,100,600,2,2,2,
                9,300,100,600,2,2,4,
                10,500,100,600,4,2,2,
                11,700,100,600,3,3,3,
                12,900,100,600,2,2,3,
                13,1100,100,600,6,3,4,
                """);
        expectPlaced(ran, 1, new int[] {0, 1}, new int[] {2, 2});
        expectPlaced(ran, 8, new int[] {2, 3}, new int[] {2, 2}); // -N 2 -n 2 --gpus=2
        expectPlaced(ran, 9, new int[] {2, 3}, new int[] {6, 2}); // -N 2 --gpus=4
        expectPlaced(ran, 10, new int[] {2, 3}, new int[] {2, 2}); // -N 2 -n 4 --gpus=2
        expectPlaced(ran, 11, new int[] {0, 2, 3}, new int[] {2, 2, 2}); // -N 3 -n 3 --gpus=3
        expectPlaced(ran, 12, new int[] {2, 3}, new int[] {4, 2}); // -N 2 -n 2 --gpus=3
        expectPlaced(ran, 13, new int[] {0, 2, 3}, new int[] {2, 4, 2}); // -N 3 -n 6 --gpus=4
    }

    @Test
    void shouldLookPastALighterNodeThatCannotHoldTheGpus() throws Exception {
        // n4 of lower Weight, no DefCpuPerGPU; job 1 holds one of n4's GPUs. A real slurmctld
        // 22.05.8 ran each later job alone beside it on n1: -N 1 -n 1 --gpus=2, -n 1 --gpus=2 and
        // -N 1 -n 2 --gpus=2 did not wait for n4, the lighter node, to have both GPUs free. With
        // -N 2 -n 2 it put --gpus=4 on n1 and n2, but --gpus=3 and --gpus=2 on n1 and n4.
        String conf = CONF.replace("DefCpuPerGPU=2\n", "")
                .replace("NodeName=n[1-4] CPUs=8 Gres=gpu:2", SlurmConfRun.GPU_NODES_N4_LIGHTER);
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, """
                job_id,submit_s,run_s,requested_s,processors,nodes,gpus,gpus_per_node
                1,0,3000,3600,1,1,0,1
                2,100,100,600,1,1,2,
                3,300,100,600,1,,2,
                4,500,100,600,2,1,2,
                5,700,100,600,2,2,4,
                6,900,100,600,2,2,3,
                7,1100,100,600,2,2,2,
                """);
        expectPlaced(ran, 1, new int[] {3}, new int[] {1});
        expectPlaced(ran, 2, new int[] {0}, new int[] {1});
        expectPlaced(ran, 3, new int[] {0}, new int[] {1});
        expectPlaced(ran, 4, new int[] {0}, new int[] {2});
        expectPlaced(ran, 5, new int[] {0, 1}, new int[] {1, 1});
        expectPlaced(ran, 6, new int[] {0, 3}, new int[] {1, 1});
        expectPlaced(ran, 7, new int[] {0, 3}, new int[] {1, 1});
    }

}
