package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.hpcsim.models.run.JobOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --exclusive (jobs.csv {@code exclusive}) under select/cons_tres through a whole run: whole nodes, all their CPUs. */
class ExclusiveRunTest {
    private static final String CONF = """
            ClusterName=excl
            SchedulerType=sched/builtin
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            NodeName=n[1-2] CPUs=8
            PartitionName=batch Nodes=n[1-2] Default=YES MaxTime=1:00:00
            """;

    @TempDir
    Path dir;

    /** Per job: start (s), CPUs allocated, end (s). */
    private Map<Long, long[]> run(String exclusiveOfJob1) throws Exception {
        return SlurmConfRun.run(dir, CONF, """
                job_id,submit_s,run_s,requested_s,processors,nodes,exclusive
                1,0,100,600,1,1,%s
                2,0,500,600,1,1,
                3,0,10,600,8,1,
                """.formatted(exclusiveOfJob1), JobOutcome::allocatedCores);
    }

    @Test
    void shouldGiveAnExclusiveJobAllCpusOfItsNodeSoTheWholeNodeJobWaits() throws Exception {
        // Job 1 (1 CPU, --exclusive) holds all 8 CPUs of n1, job 2 takes a CPU of n2, and job 3
        // (8 CPUs on one node) waits for n1, free when job 1 ends at 100.
        Map<Long, long[]> ran = run("1");
        assertEquals(8, ran.get(1L)[1], "all CPUs of its node");
        assertEquals(1, ran.get(2L)[1]);
        long gap = ran.get(3L)[0] - ran.get(1L)[2];
        assertEquals(true, gap >= 0 && gap <= 1, "job 3 starts on the tick after job 1's end: " + gap);
    }

    @Test
    void shouldShareTheNodeWithoutTheOption() throws Exception {
        // Jobs 1 and 2 share n1; job 3 takes n2 at once.
        Map<Long, long[]> ran = run("0");
        assertEquals(1, ran.get(1L)[1]);
        assertEquals(ran.get(1L)[0], ran.get(3L)[0]);
    }
}
