package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.kube.PodTemplate;
import org.hpcsim.models.kube.WorkloadSettings;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workload kinds under policy kubernetes: batch Jobs, PyTorchJobs, MPIJob slots, from YAML to a run. */
class KubeWorkloadKindsTest {
    @TempDir
    Path dir;
    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario scenario(String kubernetes) {
        return loader.parse("""
                name: k
                cluster: {nodes: 2, coresPerNode: 4}
                scheduler:
                  policy: kubernetes
                  killAtTimeLimit: false
                  kubernetes: %s
                workload: {trace: jobs.csv}
                """.formatted(kubernetes), "inline");
    }

    private RunReport run(String jobsCsv, String kubernetes) throws IOException {
        Files.writeString(dir.resolve("jobs.csv"),
                "job_id,submit_s,run_s,requested_s,processors,nodes,qos\n" + jobsCsv);
        return ScenarioRunner.run(scenario(kubernetes), dir, List.of());
    }

    private String refusal(String kubernetes) {
        return assertThrows(ScenarioException.class, () -> scenario(kubernetes)).getMessage();
    }

    @Test
    void shouldRunABatchJobInWavesOfParallelism() throws IOException {
        // Two nodes' worth of work as a Job of parallelism 1: one pod after the other, 2 x 100 s; as an
        // MPIJob both workers at once. (Trace jobs larger than the cluster are dropped when read.)
        String jobs = "1,0,100,200,8,2,\n";
        RunReport job = run(jobs, "{workload: job, job: {parallelism: 1, completionMode: Indexed}}");
        assertEquals(1, job.metrics().jobs(), job.notes().toString());
        assertEquals(200, job.metrics().makespan(), 1e-9);
        assertEquals(100, run(jobs, "{workload: mpijob}").metrics().makespan(), 1e-9);
        assertEquals(100, run(jobs, "{workload: job}").metrics().makespan(), 1e-9, "parallelism all");
    }

    @Test
    void shouldRunAPyTorchJobOnceMasterAndWorkerAreBound() throws IOException {
        RunReport r = run("1,0,100,200,4,1,\n2,10,30,200,8,2,\n", "{workload: pytorchjob, pytorch: {masterCpu: 4}}");
        assertEquals(2, r.metrics().jobs());
        assertEquals(130, r.metrics().makespan(), 1e-9, "job 2's worker waits for job 1's node");
    }

    @Test
    void shouldReadTheKindsBlocksIntoTheTemplate() {
        PodTemplate job = scenario("{workload: job, job: {parallelism: 3}}").scheduler().kubernetes().template();
        assertEquals(PodTemplate.Shape.JOB, job.shape());
        assertEquals(new WorkloadSettings(3, false, 0, false, -1, -1), job.settings());
        PodTemplate mpi = scenario("{mpi: {slotsPerWorker: 8, runLauncherAsWorker: true}}").scheduler().kubernetes()
                .template();
        assertEquals(PodTemplate.WorkerCpu.SLOTS, mpi.workerCpu(), "slots size the workers when workerCpu is unset");
        assertEquals(8, mpi.settings().slotsPerWorker());
        PodTemplate torch = scenario("{workload: pytorchjob, pytorch: {masterCpu: 0.5, masterMemoryGiB: 2}}")
                .scheduler().kubernetes().template();
        assertEquals(500, torch.settings().masterCpuMillis());
        assertEquals(2L << 30, torch.settings().masterMemory());
    }

    @Test
    void shouldRefuseBadKindsSettingsInOneLine() {
        assertTrue(refusal("{workload: tfjob}").contains("workload: must be mpijob (N workers and a launcher, all"
                + " needed), pod-per-task, job (a batch Job of independent pods) or pytorchjob"), refusal("{workload: tfjob}"));
        assertTrue(refusal("{workload: mpijob, job: {parallelism: 2}}").contains("job: applies only with workload: job"));
        assertTrue(refusal("{workload: job, job: {parallelism: 0}}").contains(
                "job.parallelism: must be a whole number of pods, at least 1, or all, got '0'"));
        assertTrue(refusal("{workload: job, job: {completionMode: indexed}}").contains(
                "job.completionMode: must be NonIndexed (the default) or Indexed, got 'indexed'"));
        assertTrue(refusal("{workload: job, job: {parallelism: 100001, completionMode: Indexed}}").contains(
                "job.parallelism: must be at most 100000 for an Indexed Job, got 100001"));
        assertTrue(refusal("{workload: job, pytorch: {masterCpu: 1}}").contains(
                "pytorch: applies only with workload: pytorchjob"));
        assertTrue(refusal("{workload: pytorchjob, pytorch: {masterCpu: -1}}").contains(
                "pytorch.masterCpu: must be 0 or more cores, got -1.0"));
        assertTrue(refusal("{mpi: {slotsPerWorker: 0}}").contains(
                "mpi.slotsPerWorker: must be 1 or more MPI processes per worker, got 0"));
        assertTrue(refusal("{workerCpu: slots}").contains("workerCpu: must be node"));
        String kueue = refusal("{workload: job, kueue: {clusterQueues: [{name: a, quotas: {cpu: 8}}]}}");
        assertTrue(kueue.contains("kueue: is not modelled with workload: job"), kueue);
    }

    @Test
    void shouldWriteTheKindsBlocksBackAsTheyWereRead() throws Exception {
        for (String k : List.of("{workload: job, job: {parallelism: 2, completionMode: Indexed}}",
                "{workload: job}", "{workload: pytorchjob, pytorch: {masterCpu: 0.5}}",
                "{workload: mpijob, mpi: {slotsPerWorker: 4, runLauncherAsWorker: true}, workerCpu: processors}")) {
            Scenario s = scenario(k);
            String yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                    new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).writeValueAsString(
                    org.hpcsim.scenarios.ScenarioWriter.toMap(s));
            assertEquals(s.scheduler(), loader.parse(yaml, "written").scheduler(), k);
        }
    }
}
