package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios under policy kubernetes, end to end. */
class KubernetesRunTest {
    @TempDir
    Path dir;
    private final ScenarioLoader loader = new ScenarioLoader();

    private RunReport run(String jobsCsv, String kubernetes) throws IOException {
        Files.writeString(dir.resolve("jobs.csv"),
                "job_id,submit_s,run_s,requested_s,processors,nodes,qos\n" + jobsCsv);
        Scenario s = loader.parse("""
                name: k
                cluster: {nodes: 2, coresPerNode: 4}
                scheduler:
                  policy: kubernetes
                  killAtTimeLimit: false
                  kubernetes: %s
                workload: {trace: jobs.csv}
                """.formatted(kubernetes), "inline");
        return ScenarioRunner.run(s, dir, List.of());
    }

    @Test
    void shouldRunAnMpiJobOnceAllItsWorkersAreBound() throws IOException {
        // Two one-node jobs, then a two-node job that must wait for both nodes.
        RunReport r = run("1,0,100,200,4,1,\n2,0,50,200,4,1,\n3,10,30,200,8,2,\n", "{workload: mpijob}");
        assertEquals(3, r.metrics().jobs());
        // Job 3's first worker binds when job 2 ends (50 s); the second when job 1 ends (100 s); it runs 30 s.
        assertEquals(130, r.metrics().makespan(), 1e-9);
    }

    @Test
    void shouldReportMpiJobsThatDeadlockUnderTheDefaultScheduler() throws IOException {
        // Job 1 holds one node until 100 s; job 2 binds a worker on the other and waits; at 100 s job 3,
        // of higher priority, takes the freed node with one worker: each now waits for the other's node
        // (the default scheduler has no gang scheduling; the priority class does not preempt).
        RunReport r = run("1,0,100,200,4,1,\n2,10,50,200,8,2,\n3,20,50,200,8,2,high\n",
                "{workload: mpijob, priorities: {high: 10}, preemptionPolicy: Never}");
        assertEquals(1, r.metrics().jobs());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("never scheduled")), r.notes().toString());
    }

    @Test
    void shouldBreakThatDeadlockWhenTheHighPriorityClassPreempts() throws IOException {
        // The same three jobs with PreemptLowerPriority (the default): at 20 s job 3's workers evict job 2's
        // waiting worker and the running job 1 (cut and requeued), so job 3 runs 20..70; then job 2 (its
        // pods queued first) runs 70..120 and job 1 starts over, 120..220.
        RunReport r = run("1,0,100,200,4,1,\n2,10,50,200,8,2,\n3,20,50,200,8,2,high\n",
                "{workload: mpijob, priorities: {high: 10}}");
        assertEquals(3, r.metrics().jobs());
        assertEquals(1, r.engine().preemption().requeued(), "job 1's run was cut once");
        assertEquals(220, r.metrics().lastEnd(), 1e-9);
    }

    @Test
    void shouldWriteTheKubernetesBlockBackAsItWasRead() throws Exception {
        Scenario s = loader.parse("""
                name: k
                cluster: {nodes: 2, coresPerNode: 4}
                scheduler:
                  policy: kubernetes
                  kubernetes: {workload: pod-per-task, memoryPerCpuGiB: 2, launcher: {cpu: 0.5, memoryGiB: 1},
                               priorities: {high: 10}, nodeMemoryGiB: 16, nodeLabels: {zone: a}, cycleTimeMs: 5}
                workload: {trace: jobs.csv}
                """, "inline");
        String yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).writeValueAsString(
                org.hpcsim.scenarios.ScenarioWriter.toMap(s));
        assertEquals(s.scheduler(), loader.parse(yaml, "written").scheduler());
    }

    @Test
    void shouldRefuseKubernetesSettingsUnderAnotherPolicy() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse("""
                name: k
                cluster: {nodes: 2, coresPerNode: 4}
                scheduler: {policy: easy, kubernetes: {workload: mpijob}}
                workload: {trace: jobs.csv}
                """, "inline"));
        assertTrue(e.getMessage().contains("is only for policy kubernetes"), e.getMessage());
    }
}
