package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A NodeName line's State: DOWN, DRAIN, FAIL and FUTURE nodes take no job for the whole run. */
class NodeStateRunTest {
    private static final String CONF = """
            ClusterName=states
            SchedulerType=sched/builtin
            NodeName=n1 CPUs=1
            NodeName=n2 CPUs=1 State=DRAIN
            NodeName=n3 CPUs=1 State=FUTURE
            PartitionName=batch Nodes=n[1-2] Default=YES MaxTime=1:00:00
            PartitionName=later Nodes=n3 MaxTime=1:00:00
            """;

    @TempDir
    Path dir;

    @Test
    void shouldRunNothingOnNodesOutOfService() throws Exception {
        Map<Long, JobOutcome> ran = SlurmConfRun.outcomes(dir, CONF, """
                job_id,submit_s,run_s,requested_s,processors,partition
                1,0,100,600,1,batch
                2,0,100,600,1,batch
                3,0,100,600,1,later
                """);
        assertEquals(0, ran.get(1L).nodes().nodes()[0]);
        assertEquals(0, ran.get(2L).nodes().nodes()[0], "n2 is drained: job 2 waits for n1");
        assertTrue(ran.get(2L).startTime() >= ran.get(1L).endTime());
        assertEquals(2, ran.size(), "job 3's only node is for the future: it never starts");
    }

    @Test
    void shouldNoteTheNodesOutOfService() throws IOException {
        List<String> notes = new ArrayList<>();
        Path conf = Files.writeString(dir.resolve("slurm.conf"), CONF);
        SlurmConfMapping.of(SlurmConfReader.read(conf), notes);
        assertEquals(List.of(conf + ": 2 nodes take no job in this run, as its State in slurm.conf says: n2 (DRAIN),"
                + " n3 (FUTURE)"), notes);
    }
}
