package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.hpcsim.models.run.JobOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MaxMemPerCPU through a whole run from a slurm.conf: jobs whose memory per CPU, or per node, is
 * more than the limit pays for get more CPUs, and so hold a node another job could have shared.
 */
class MaxMemPerCpuRunTest {
    private static final String CONF = """
            ClusterName=mem
            SchedulerType=sched/builtin
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core_Memory
            DefMemPerCPU=2000
            MaxMemPerCPU=4000
            NodeName=n[1-2] CPUs=8 RealMemory=64000
            PartitionName=batch Nodes=n[1-2] Default=YES MaxTime=1:00:00
            """;

    /** Job 1: 2 tasks at 16000 MB a CPU; job 2: 4 tasks with 32000 MB a node; job 3: 1 task. */
    private static final String JOBS = """
            job_id,submit_s,run_s,requested_s,processors,mem_mb,mem_per_cpu_mb
            1,0,100,600,2,,16000
            2,0,500,600,4,32000,
            3,1,10,600,1,,
            """;

    @TempDir
    Path dir;

    @Test
    void shouldGiveJobsTheCpusTheirMemoryNeedsUnderMaxMemPerCpu() throws Exception {
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, JOBS);
        // ceil(16000 / 4000) = 4 CPUs a task: 8 CPUs, all of one node.
        assertEquals(8, ran.get(1L).allocatedCores());
        // 32000 MB a node at 4000 a CPU is 8 CPUs on its one node: 2 CPUs a task.
        assertEquals(8, ran.get(2L).allocatedCores());
        assertEquals(1, ran.get(2L).allocatedUnits(), "on one node");
        // Every CPU is taken until job 1 ends; job 3 (DefMemPerCPU 2000, within the limit) waits for it.
        assertEquals(1, ran.get(3L).allocatedCores());
        long gap = ran.get(3L).startTime() - ran.get(1L).endTime();
        assertTrue(gap >= 0, "job 3 starts after job 1 ends: " + gap);
    }

    @Test
    void shouldLetTheThirdJobStartAtOnceWithoutTheLimit() throws Exception {
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF.replace("MaxMemPerCPU=4000\n", ""), JOBS);
        assertEquals(2, ran.get(1L).allocatedCores());
        assertEquals(4, ran.get(2L).allocatedCores());
        assertTrue(ran.get(3L).startTime() < ran.get(1L).endTime(), "job 3 shares a node at once");
    }
}
