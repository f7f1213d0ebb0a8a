package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.hpcsim.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slurm.conf's PriorityWeightTRES orders waiting jobs by what they ask for. */
class TresPriorityRunTest {
    @TempDir
    Path dir;

    private static final String CONF = """
            SchedulerType=sched/builtin
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            GresTypes=gpu
            PriorityType=priority/multifactor
            %s
            NodeName=g1 CPUs=8 Gres=gpu:4
            PartitionName=all Nodes=ALL Default=YES MaxTime=INFINITE
            """;

    // Job 1 holds the whole node for 100 s; job 2 (8 CPUs) then job 3 (8 CPUs and 4 GPUs) wait for it.
    private static final String JOBS = """
            job_id,submit_s,run_s,requested_s,processors,nodes,gpus
            1,0,100,200,8,1,0
            2,10,50,200,8,1,0
            3,20,50,200,8,1,4
            """;

    private Map<Long, long[]> run(String weights) throws Exception {
        return SlurmConfRun.run(dir, CONF.formatted(weights), JOBS, o -> o.allocatedCores());
    }

    @Test
    void shouldStartTheGpuJobFirstWhenGpusWeigh() throws Exception {
        Map<Long, long[]> fifo = run("PriorityWeightAge=1000");
        assertTrue(fifo.get(2L)[0] < fifo.get(3L)[0], "age alone: job 2, submitted first, goes first");
        Map<Long, long[]> byGpus = run("PriorityWeightAge=1000\nPriorityWeightTRES=GRES/gpu=100000");
        // Job 3 asks all 4 GPUs of the partition: factor 1 x 100000 over job 2's age.
        assertEquals(fifo.get(2L)[0], byGpus.get(3L)[0], "job 3 takes job 2's turn");
        assertEquals(fifo.get(3L)[0], byGpus.get(2L)[0]);
    }

    @Test
    void shouldRefuseAWeightOnSomethingThatIsNoTres() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> run("PriorityWeightTRES=Cores=10"));
        assertEquals(dir.resolve("slurm.conf") + ": PriorityWeightTRES names 'Cores', which is not a TRES (allowed:"
                + " CPU, Mem, Node, Billing, GRES/<name>, GRES/gpu:<type>, License/<name>, BB/<name>, Energy, FS/Disk,"
                + " FS/Lustre, IC/OFED, Pages, VMem)", e.getMessage());
    }
}
