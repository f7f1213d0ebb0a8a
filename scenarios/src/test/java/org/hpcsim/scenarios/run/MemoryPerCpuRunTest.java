package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --mem-per-cpu (jobs.csv {@code mem_per_cpu_mb}) and a partition's own DefMemPerCPU through a whole
 * run, on a slurm.conf of two 8-CPU nodes of 64000 MB with memory counted (CR_Core_Memory).
 */
class MemoryPerCpuRunTest {
    private static final String CONF = """
            ClusterName=mem
            SchedulerType=sched/builtin
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core_Memory
            DefMemPerCPU=1000
            NodeName=n[1-2] CPUs=8 RealMemory=64000
            PartitionName=batch Nodes=n[1-2] Default=YES MaxTime=1:00:00
            PartitionName=big Nodes=n[1-2] MaxTime=1:00:00 DefMemPerCPU=32000
            """;

    @TempDir
    Path dir;

    private Map<Long, long[]> run(String jobsCsv) throws Exception {
        return SlurmConfRun.run(dir, CONF, jobsCsv, JobOutcome::allocatedUnits);
    }

    @Test
    void shouldHoldMemoryPerCpuSoAJobWaitsForANodeThatPaysForItsCpus() throws Exception {
        // Job 1 holds all of n1 (8 x 8000 MB); job 2 (DefMemPerCPU 1000) takes a CPU of n2, whose
        // 63000 MB left pay for 3 CPUs at 16000 MB: job 3 (4 CPUs) waits for n1, free when job 1 ends.
        Map<Long, long[]> ran = run("""
                job_id,submit_s,run_s,requested_s,processors,mem_per_cpu_mb
                1,0,100,600,8,8000
                2,0,500,600,1,
                3,0,10,600,4,16000
                """);
        assertEquals(ran.get(1L)[0], ran.get(2L)[0]);
        long gap = ran.get(3L)[0] - ran.get(1L)[2];
        assertEquals(true, gap >= 0 && gap <= 1, "job 3 starts on the tick after job 1's end: " + gap);
        assertEquals(1, ran.get(3L)[1], "all 4 CPUs on n1");
    }

    @Test
    void shouldGiveJobsOfAPartitionItsOwnDefMemPerCpu() throws Exception {
        // In big, 32000 MB per CPU: a 64000 MB node holds 2 CPUs of a job that asks no memory, so a
        // 4-CPU job spans both nodes and a second one waits for it; in batch (1000 MB) both share n1.
        Map<Long, long[]> big = run("""
                job_id,submit_s,run_s,requested_s,processors,partition
                1,0,100,600,4,big
                2,0,100,600,4,big
                """);
        assertEquals(2, big.get(1L)[1]);
        long gap = big.get(2L)[0] - big.get(1L)[2];
        assertEquals(true, gap >= 0 && gap <= 1, "job 2 waits for job 1's memory: " + gap);
        Map<Long, long[]> batch = run("""
                job_id,submit_s,run_s,requested_s,processors,partition
                1,0,100,600,4,batch
                2,0,100,600,4,batch
                """);
        assertEquals(batch.get(1L)[0], batch.get(2L)[0]);
        assertEquals(1, batch.get(1L)[1]);
    }

    @Test
    void shouldGiveAJobNamingSeveralPartitionsEachOnesDefMemPerCpu() throws Exception {
        // big (n1, 32000 MB per CPU) could never hold 4 CPUs of a job that asks no memory on its one
        // node; batch (n2, the cluster's 1000 MB) can. Naming big first must not carry big's default
        // into batch, where the job runs at once on one node.
        String split = CONF.replace("PartitionName=batch Nodes=n[1-2]", "PartitionName=batch Nodes=n2")
                .replace("PartitionName=big Nodes=n[1-2]", "PartitionName=big Nodes=n1");
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, split, """
                job_id,submit_s,run_s,requested_s,processors,partition
                1,0,100,600,4,"big,batch"
                2,0,100,600,2,"batch,big"
                """);
        assertEquals("batch", ran.get(1L).partition());
        assertEquals(1, ran.get(1L).allocatedUnits(), "4 x 1000 MB on n2");
        assertEquals(true, ran.get(1L).startTime() <= 3 * SimTime.SECOND, "on the first pass");
        // Job 2 finds n2's CPUs taken up to 4 of 8 and runs beside job 1 in batch.
        assertEquals("batch", ran.get(2L).partition());
    }

    @Test
    void shouldRunOneJobWithoutMemoryPerNodeUnderConsTresWithoutParameters() throws Exception {
        // As a real slurmctld 22.05.8 did: no SelectTypeParameters is CR_Core_Memory, and a job that
        // asks no memory where no DefMemPerCPU applies holds all of its node's.
        String conf = """
                ClusterName=mem
                SchedulerType=sched/builtin
                SelectType=select/cons_tres
                NodeName=n1 CPUs=8 RealMemory=1000
                PartitionName=batch Nodes=n1 Default=YES MaxTime=1:00:00
                """;
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, conf, """
                job_id,submit_s,run_s,requested_s,processors
                1,0,100,600,1
                2,0,100,600,1
                """);
        assertEquals(true, ran.get(2L).startTime() >= ran.get(1L).endTime(), "one job at a time on the node");
        Map<Long, JobOutcome> shared = SlurmConfRun.outcomes(dir, conf.replace("SelectType=select/cons_tres",
                "SelectType=select/cons_tres\nSelectTypeParameters=CR_Core"), """
                job_id,submit_s,run_s,requested_s,processors
                1,0,100,600,1
                2,0,100,600,1
                """);
        assertEquals(shared.get(1L).startTime(), shared.get(2L).startTime(), "CR_Core: both at once");
    }
}
