package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example in examples/slurm-cpus-per-task end to end: every job that asks --cpus-per-task runs
 * a whole task on each node it gets and no more nodes than tasks, while the same CPUs asked as
 * one-CPU tasks are free to take single cores.
 */
class CpusPerTaskExampleTest {
    private static final Path EXAMPLE = Path.of("examples/slurm-cpus-per-task");

    @TempDir
    Path dir;

    private List<JobOutcome> run(String scenario) throws Exception {
        for (String f : List.of("slurm.conf", "jobs.csv", "jobs-as-tasks.csv", scenario)) {
            Files.copy(EXAMPLE.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        List<JobOutcome> outcomes = new ArrayList<>();
        ScenarioRunner.run(new ScenarioLoader().load(dir.resolve(scenario)), dir, List.of(new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                outcomes.add(o);
            }
        }));
        return outcomes;
    }

    @Test
    void shouldRunEveryTaskWholeOnOneNode() throws Exception {
        List<JobOutcome> whole = run("scenario.yaml");
        assertEquals(360, whole.size());
        int spread = 0;
        for (JobOutcome o : whole) {
            int perTask = Math.max(o.job().options().resources().cpusPerTask(), 1);
            int[] cpus = o.nodes().cpus();
            assertTrue(cpus.length <= o.job().processors() / perTask, "no more nodes than tasks: job " + o.job().id());
            for (int c : cpus) {
                assertTrue(c >= perTask, "a whole task on every node of job " + o.job().id());
            }
            spread += cpus.length > 1 ? 1 : 0;
        }
        assertTrue(spread > 0, "some jobs span nodes");
        // As one-CPU tasks, some job of more than one task a node ends with a piece of a task's worth.
        boolean split = false;
        for (JobOutcome o : run("as-tasks.yaml")) {
            int wanted = Math.max(readCpusPerTask(o, whole), 1);
            for (int c : o.nodes().cpus()) {
                split |= c % wanted != 0;
            }
        }
        assertTrue(split, "without --cpus-per-task a job's cores are not whole tasks");
    }

    /** The --cpus-per-task the job with {@code o}'s id asked in the run {@code whole}. */
    private static int readCpusPerTask(JobOutcome o, List<JobOutcome> whole) {
        return whole.stream().filter(w -> w.job().id() == o.job().id()).findFirst().orElseThrow()
                .job().options().resources().cpusPerTask();
    }
}
