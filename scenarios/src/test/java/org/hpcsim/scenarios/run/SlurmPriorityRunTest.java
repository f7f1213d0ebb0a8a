package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's {@code scheduler.slurm.priority} block reaches the Slurm controller it runs. */
class SlurmPriorityRunTest {
    @TempDir
    Path dir;

    // One single-core node. heavy's job 1 runs 1000 s; heavy's job 2 and light's job 3 wait for it.
    private static final String JOBS = """
            job_id,submit_s,run_s,requested_s,processors,user,account
            1,0,1000,2000,1,heavy,physics
            2,10,100,200,1,heavy,physics
            3,20,100,200,1,light,physics
            """;

    private static final String TREE = """
                priority:
                  type: multifactor
                  weights: {fairshare: 10000}
                  accounts:
                    - {account: physics, users: [{user: heavy}, {user: light}]}
            """;

    /** Job id to start time in seconds, from running the scenario with {@code slurm} under scheduler.slurm. */
    private Map<Long, Long> starts(String slurm) throws IOException {
        Files.writeString(dir.resolve("jobs.csv"), JOBS, StandardCharsets.UTF_8);
        String yaml = "cluster: {nodes: 1, coresPerNode: 1}\nscheduler:\n  policy: slurm\n  slurm:\n"
                + slurm + "workload: {trace: jobs.csv, format: jobs-csv}\n";
        Map<Long, Long> starts = new LinkedHashMap<>();
        RunObserver observer = new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                starts.put(o.job().id(), o.startTime() / 1_000_000_000L);
            }
        };
        ScenarioRunner.run(new ScenarioLoader().parse(yaml, "s.yaml"), dir, List.of(observer));
        return starts;
    }

    @Test
    void shouldLetTheFairShareTreeStartTheLightUsersJobFirst() throws IOException {
        Map<Long, Long> basic = starts("    scheduler: builtin\n");
        assertTrue(basic.get(2L) < basic.get(3L), "priority/basic: first in, first out " + basic);
        Map<Long, Long> fair = starts("    scheduler: builtin\n" + TREE);
        assertTrue(fair.get(3L) < fair.get(2L), "heavy has used the node for 1000 s: light goes first " + fair);
        assertEquals(basic.get(1L), fair.get(1L));
    }
}
