package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.hpcsim.models.run.JobOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AllowGroups from a slurm.conf through a whole run, by the jobs.csv {@code group} column. */
class AllowGroupsRunTest {
    private static final String CONF = """
            ClusterName=groups
            SchedulerType=sched/builtin
            NodeName=n[1-4] CPUs=1
            PartitionName=open Nodes=n[1-2] Default=YES MaxTime=1:00:00
            PartitionName=phys Nodes=n[3-4] MaxTime=1:00:00 AllowGroups=physics
            """;

    @TempDir
    Path dir;

    @Test
    void shouldRunOnlyTheListedGroupsJobsInThePartition() throws Exception {
        // As a real slurmctld 22.05.8 did: job 3 (only phys) is refused at submission; job 2, whose
        // group phys refuses, runs in open, named first; job 4 names phys first and never runs.
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, """
                job_id,submit_s,run_s,requested_s,processors,user,group,partition
                1,0,100,600,1,ana,physics,phys
                2,0,100,600,1,bo,chemistry,"open,phys"
                3,0,100,600,1,bo,chemistry,phys
                4,0,100,600,1,bo,chemistry,"phys,open"
                """);
        assertEquals("phys", ran.get(1L).partition());
        assertEquals("open", ran.get(2L).partition());
        assertEquals(2, ran.size(), "jobs 3 and 4 are refused");
    }
}
