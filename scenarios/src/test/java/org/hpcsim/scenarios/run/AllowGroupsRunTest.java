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

    @Test
    void shouldAdmitTheMembersAGroupListsWhateverTheirPrimaryGroup() throws Exception {
        // As a real slurmctld 22.05.8 did with bo in /etc/group's physics line and ana in no such
        // line, both with a primary group of their own name: bo ran in phys from -p phys and
        // -p phys,open, in open from -p open,phys; ana was refused -p phys, stayed pending for good
        // with -p phys,open, and ran in open from -p open,phys.
        String jobs = """
                job_id,submit_s,run_s,requested_s,processors,user,group,partition
                1,0,100,600,1,bo,bo,phys
                2,0,100,600,1,bo,bo,"phys,open"
                3,0,100,600,1,bo,bo,"open,phys"
                4,0,100,600,1,ana,ana,phys
                5,0,100,600,1,ana,ana,"phys,open"
                6,0,100,600,1,ana,ana,"open,phys"
                """;
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, jobs, ", groups: {physics: [bo]}");
        assertEquals("phys", ran.get(1L).partition());
        assertEquals("phys", ran.get(2L).partition());
        assertEquals("open", ran.get(3L).partition());
        assertEquals("open", ran.get(6L).partition());
        assertEquals(4, ran.size(), "ana's jobs 4 and 5 are refused");
        assertEquals(2, SlurmConfRun.outcomes(dir, CONF, jobs).values().stream()
                .filter(o -> o.partition().equals("open")).count(), "without the member list only open runs");
    }
}
