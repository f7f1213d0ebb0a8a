package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example pipeline of sbatch dependencies and arrays, through a whole run, and policies that refuse them. */
class SbatchLinksRunTest {
    private static final Path EXAMPLE = Path.of("examples/slurm-pipeline.yaml");

    @TempDir
    Path dir;

    @Test
    void shouldRunTheExamplePipelineInDependencyOrder() throws Exception {
        Scenario s = new ScenarioLoader().load(EXAMPLE);
        Map<String, long[]> ran = new LinkedHashMap<>();
        List<String> never = new ArrayList<>();
        RunReport report = ScenarioRunner.run(s, EXAMPLE.getParent(), List.of(new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                ran.put(ArrayTaskIds.display(o.job()), new long[] {o.startTime() / SimTime.SECOND,
                        o.endTime() / SimTime.SECOND});
            }

            @Override
            public void jobRejected(Job job, long now, String reason) {
                never.add(job.id() + ": " + reason);
            }
        }));
        long lastTask = 0;
        int running = 0;
        for (int t = 0; t < 12; t++) {
            lastTask = Math.max(lastTask, ran.get("100_" + t)[1]);
        }
        assertEquals(1803, lastTask);
        assertEquals(1804, ran.get("200")[0], "analysis: the tick after the last preprocessing task");
        assertEquals(3605, ran.get("300")[0], "cleanup: the tick after analysis");
        // fit-any may start once 100_11 completed (1803) though 500's tasks timed out; it waits for
        // their nodes, which slurmctld's time-limit test frees at 1830 (their limits ended at 1802).
        assertEquals(1830, ran.get("500_0")[1], "killed on the 30-second time-limit test after 1802");
        assertEquals(1831, ran.get("600")[0], "fit-any: 100_11 completed though 500's tasks timed out");
        for (long time = 0; time < 3700; time++) {
            running = 0;
            for (int t = 0; t < 12; t++) {
                long[] se = ran.get("100_" + t);
                running += se[0] <= time && time < se[1] ? 1 : 0;
            }
            assertEquals(true, running <= 4, "at most 4 preprocessing tasks at " + time);
        }
        assertEquals(List.of("400: never started: dependency can never be satisfied (DependencyNeverSatisfied):"
                + " afternotok:200 (job 200 completed)"), never);
        assertEquals(Map.of(ScenarioRunner.REFUSED, 1L), report.workload().droppedByReason());
    }

    /** Start and end seconds of every job of a run of {@code example}, by the id sacct shows. */
    private static Map<String, long[]> runs(Path example) throws Exception {
        Map<String, long[]> ran = new LinkedHashMap<>();
        ScenarioRunner.run(new ScenarioLoader().load(example), example.getParent(), List.of(new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                ran.put(ArrayTaskIds.display(o.job()), new long[] {o.startTime() / SimTime.SECOND,
                        o.endTime() / SimTime.SECOND});
            }
        }));
        return ran;
    }

    @Test
    void shouldRunSingletonsOneAtATimeAndEachAftercorrTaskAfterItsOwnCounterpart() throws Exception {
        Map<String, long[]> ran = runs(Path.of("examples/slurm-singleton.yaml"));
        assertEquals(17, ran.size());
        assertEquals(1, ran.get("20")[0]);
        for (String[] pair : new String[][] {{"20", "21"}, {"21", "22"}}) {
            long gap = ran.get(pair[1])[0] - ran.get(pair[0])[1];
            assertEquals(true, gap >= 0 && gap <= 1, pair[1] + " starts on the tick after " + pair[0] + " ends");
        }
        long lastPrep = 0;
        for (int t = 0; t < 6; t++) {
            long gap = ran.get("200_" + t)[0] - ran.get("100_" + t)[1];
            assertEquals(true, gap >= 0 && gap <= 1, "post task " + t + " on the tick after its prep task");
            lastPrep = Math.max(lastPrep, ran.get("100_" + t)[1]);
        }
        assertEquals(true, ran.get("200_0")[0] < lastPrep - 500, "not after the whole prep array");
        for (int t = 0; t < 6; t++) {
            assertEquals(true, ran.get("300")[0] >= ran.get("200_" + t)[1], "summary after every post task");
        }
    }

    @Test
    void shouldCancelTheNeverSatisfiedJobUnderKillInvalidDepend() throws Exception {
        Files.copy(EXAMPLE.resolveSibling("slurm-pipeline-jobs.csv"), dir.resolve("slurm-pipeline-jobs.csv"));
        String yaml = Files.readString(EXAMPLE).replace("  killAtTimeLimit: true",
                "  killAtTimeLimit: true\n  slurm:\n    parameters: {kill_invalid_depend: true}");
        Scenario s = new ScenarioLoader().load(Files.writeString(dir.resolve("s.yaml"), yaml));
        assertEquals(true, s.scheduler().slurm().params().killInvalidDepend());
        List<String> never = new ArrayList<>();
        ScenarioRunner.run(s, dir, List.of(new RunObserver() {
            @Override
            public void jobRejected(Job job, long now, String reason) {
                never.add(job.id() + " at " + now / SimTime.SECOND + ": " + reason);
            }
        }));
        assertEquals(List.of("400 at 3604: cancelled: dependency can never be satisfied (kill_invalid_depend):"
                + " afternotok:200 (job 200 completed)"), never);
    }

    @Test
    void shouldRefuseDependenciesUnderEasyInOneLine() throws Exception {
        Files.copy(EXAMPLE.resolveSibling("slurm-pipeline-jobs.csv"), dir.resolve("slurm-pipeline-jobs.csv"));
        String yaml = Files.readString(EXAMPLE).replace("policy: slurm", "policy: easy");
        Scenario s = new ScenarioLoader().load(Files.writeString(dir.resolve("s.yaml"), yaml));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioRunner.run(s, dir, List.of()));
        assertEquals("workload: job 100_0 has an array throttle (%4), which only"
                + " scheduler.policy slurm models (easy does not; for SWF preceding jobs use workload.dependencies)",
                e.getMessage());
    }
}
