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
    void shouldWeighTheJobSizeOfTheCpusAskedNotOfTheRaise() throws Exception {
        // A real slurmctld 22.05.8 (MaxMemPerCPU=100, PriorityWeightJobSize=1000, two 8-CPU nodes)
        // gave -n 2 --mem-per-cpu=300, raised to 6 CPUs, the JOBSIZE of -n 2 (312) and not that of
        // -n 6 (438), at submission and after PriorityCalcPeriod recalculations alike. On one node:
        // job 2 (-n 2 at 300 MB a CPU, 6 CPUs held) weighs (1 + 2/8) / 2, job 3 (-n 4) (1 + 4/8) / 2,
        // so job 3 goes first when the blocker ends, and job 2 waits for it.
        String conf = """
                ClusterName=mem
                SchedulerType=sched/builtin
                SelectType=select/cons_tres
                SelectTypeParameters=CR_Core_Memory
                PriorityType=priority/multifactor
                PriorityWeightJobSize=1000
                PriorityWeightAge=0
                MaxMemPerCPU=100
                NodeName=n1 CPUs=8 RealMemory=1000
                PartitionName=batch Nodes=n1 Default=YES MaxTime=1:00:00
                """;
        String jobs = """
                job_id,submit_s,run_s,requested_s,processors,mem_mb,mem_per_cpu_mb
                1,0,100,600,8,,50
                2,10,100,600,2,,300
                3,20,100,600,%d,,%d
                """;
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, jobs.formatted(4, 100));
        assertEquals(6, ran.get(2L).allocatedCores(), "raised to 3 CPUs a task");
        assertTrue(ran.get(3L).startTime() < ran.get(2L).startTime(), "the larger job as asked goes first");
        assertTrue(ran.get(2L).startTime() >= ran.get(3L).endTime(), "the raised job waits for it");
        // -n 1 at 300 MB a CPU holds 3 CPUs, too many to share the node with job 2, and weighs less.
        Map<Long, JobOutcome> smaller = SlurmConfRun.outcomes(dir, conf, jobs.formatted(1, 300));
        assertTrue(smaller.get(2L).startTime() < smaller.get(3L).startTime(), "a 1-task job 3 weighs less than job 2");
    }

    @Test
    void shouldLetTheThirdJobStartAtOnceWithoutTheLimit() throws Exception {
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF.replace("MaxMemPerCPU=4000\n", ""), JOBS);
        assertEquals(2, ran.get(1L).allocatedCores());
        assertEquals(4, ran.get(2L).allocatedCores());
        assertTrue(ran.get(3L).startTime() < ran.get(1L).endTime(), "job 3 shares a node at once");
    }
}
