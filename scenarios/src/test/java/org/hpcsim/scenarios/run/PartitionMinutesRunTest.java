package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partition's MaxTime in whole minutes, seconds rounded up, as slurmctld keeps it (time_str2mins). */
class PartitionMinutesRunTest {
    @TempDir
    Path dir;

    @Test
    void shouldTakeAJobUpToTheWholeMinuteAMaxTimeRoundsUpTo() throws Exception {
        // MaxTime=3:30 is 4 minutes: a 240 s limit fits, 241 s does not.
        String conf = """
                SchedulerType=sched/builtin
                SelectType=select/cons_tres
                NodeName=n1 CPUs=4
                PartitionName=p Nodes=ALL Default=YES MaxTime=3:30
                """;
        String jobs = """
                job_id,submit_s,run_s,requested_s,processors,nodes,gpus
                1,0,10,240,1,1,0
                2,0,10,241,1,1,0
                """;
        assertEquals(Set.of(1L), SlurmConfRun.outcomes(dir, conf, jobs).keySet());
    }
}
