package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partition's TRESBillingWeights decide what fair-share charges a job's user, and so who goes
 * first later, and what the job's outcome (sacct's billing) says.
 */
class BillingWeightsRunTest {
    @TempDir
    Path dir;

    private static final String CONF = """
            SchedulerType=sched/backfill
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            GresTypes=gpu
            PriorityType=priority/multifactor
            NodeName=g[1-2] CPUs=4 Gres=gpu:2
            PartitionName=gpu Nodes=ALL Default=YES MaxTime=INFINITE %s
            """;

    // For 1000 s gpuuser holds 2 CPUs and 2 GPUs (g1), cpuuser 4 CPUs (g2). Then each asks for the
    // whole cluster; only one can run at a time, and fair-share alone orders them.
    private static final String JOBS = """
            job_id,submit_s,run_s,requested_s,processors,nodes,gpus,user,account
            1,0,1000,2000,2,1,2,gpuuser,lab
            2,0,1000,2000,4,1,0,cpuuser,lab
            3,10,100,200,8,2,0,gpuuser,lab
            4,20,100,200,8,2,0,cpuuser,lab
            """;

    private static final String SCENARIO = """
            name: billing
            seed: 1
            scheduler:
              policy: slurm
              slurm:
                conf: slurm.conf
                priority:
                  type: multifactor
                  weights: {fairshare: 10000}
                  accounts:
                    - {account: lab, users: [{user: gpuuser}, {user: cpuuser}]}
            workload: {trace: jobs.csv, format: jobs-csv}
            """;

    /** Per job id: start (s) and billing. */
    private Map<Long, long[]> run(String partitionSettings) throws IOException {
        Files.writeString(dir.resolve("slurm.conf"), CONF.formatted(partitionSettings));
        Files.writeString(dir.resolve("jobs.csv"), JOBS);
        Path yaml = Files.writeString(dir.resolve("s.yaml"), SCENARIO);
        Map<Long, long[]> ran = new TreeMap<>();
        ScenarioRunner.run(new ScenarioLoader().load(yaml), dir, List.of(new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                ran.put(o.job().id(), new long[] {o.startTime() / SimTime.SECOND, o.billing()});
            }
        }));
        return ran;
    }

    @Test
    void shouldChargeCpusWithoutWeights() throws IOException {
        Map<Long, long[]> ran = run("");
        assertEquals(2, ran.get(1L)[1]);
        assertEquals(4, ran.get(2L)[1]);
        // cpuuser used 4 CPU-seconds per second, gpuuser 2: gpuuser's job goes first.
        assertTrue(ran.get(3L)[0] < ran.get(4L)[0], "job 3 before job 4: " + ran.get(3L)[0] + " vs " + ran.get(4L)[0]);
    }

    @Test
    void shouldChargeWeightedGpusAndLetTheCpuUserGoFirst() throws IOException {
        Map<Long, long[]> ran = run("TRESBillingWeights=\"CPU=1.0,GRES/gpu=10.0\"");
        assertEquals(22, ran.get(1L)[1], "2 CPUs x 1.0 + 2 GPUs x 10.0");
        assertEquals(4, ran.get(2L)[1]);
        assertEquals(8, ran.get(4L)[1]);
        assertTrue(ran.get(4L)[0] < ran.get(3L)[0], "gpuuser was billed 22 a second, cpuuser 4: job 4 first, "
                + ran.get(4L)[0] + " vs " + ran.get(3L)[0]);
    }
}
