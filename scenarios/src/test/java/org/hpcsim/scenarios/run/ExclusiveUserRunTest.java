package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.hpcsim.models.run.JobOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partition's ExclusiveUser=YES from a slurm.conf through a whole run. */
class ExclusiveUserRunTest {
    private static final String CONF = """
            ClusterName=excl
            SchedulerType=sched/backfill
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            NodeName=n[1-2] CPUs=8
            PartitionName=batch Nodes=n[1-2] Default=YES MaxTime=1:00:00 ExclusiveUser=YES
            """;

    private static final String JOBS = """
            job_id,submit_s,run_s,requested_s,processors,user
            1,0,100,600,1,ana
            2,0,100,600,1,bo
            3,0,100,600,1,cy
            """;

    @TempDir
    Path dir;

    @Test
    void shouldGiveEachUserTheirOwnNodes() throws Exception {
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, JOBS);
        assertEquals(0, ran.get(1L).nodes().nodes()[0]);
        assertEquals(1, ran.get(2L).nodes().nodes()[0]);
        assertTrue(ran.get(3L).startTime() >= ran.get(1L).endTime(), "cy waits for a node of its own");
        Map<Long, JobOutcome> shared = SlurmConfRun.outcomes(dir, CONF.replace(" ExclusiveUser=YES", ""), JOBS);
        assertEquals(shared.get(1L).startTime(), shared.get(3L).startTime(), "without it all three share n1");
    }
}
