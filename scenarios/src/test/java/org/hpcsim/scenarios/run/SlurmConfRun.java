package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.ScenarioLoader;

/** A whole policy-slurm run of a jobs.csv on a slurm.conf, both given as text, in a test's folder. */
final class SlurmConfRun {
    private SlurmConfRun() {}

    /**
     * Runs {@code jobsCsv} on {@code conf} in {@code dir}; per job id: start (s), {@code size} of its
     * outcome (nodes or CPUs it got), end (s).
     */
    static Map<Long, long[]> run(Path dir, String conf, String jobsCsv, ToLongFunction<JobOutcome> size)
            throws Exception {
        Map<Long, long[]> ran = new TreeMap<>();
        outcomes(dir, conf, jobsCsv).forEach((id, o) -> ran.put(id, new long[] {o.startTime() / SimTime.SECOND,
                size.applyAsLong(o), o.endTime() / SimTime.SECOND}));
        return ran;
    }

    /** Runs {@code jobsCsv} on {@code conf} in {@code dir}; each job's outcome by id. */
    static Map<Long, JobOutcome> outcomes(Path dir, String conf, String jobsCsv) throws Exception {
        return outcomes(dir, conf, jobsCsv, "");
    }

    /**
     * As {@link #outcomes(Path, String, String)}, with {@code slurmFields} (such as
     * {@code ", groups: {physics: [bo]}"}) added to the scenario's {@code scheduler.slurm}.
     */
    static Map<Long, JobOutcome> outcomes(Path dir, String conf, String jobsCsv, String slurmFields) throws Exception {
        Files.writeString(dir.resolve("slurm.conf"), conf);
        Files.writeString(dir.resolve("jobs.csv"), jobsCsv);
        Path yaml = Files.writeString(dir.resolve("s.yaml"), """
                name: slurm-conf-run
                seed: 1
                scheduler:
                  policy: slurm
                  slurm: {conf: slurm.conf%s}
                workload:
                  trace: jobs.csv
                """.formatted(slurmFields));
        Map<Long, JobOutcome> ran = new TreeMap<>();
        ScenarioRunner.run(new ScenarioLoader().load(yaml), dir, List.of(new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                ran.put(o.job().id(), o);
            }
        }));
        return ran;
    }

    /** NodeName lines of four 8-CPU nodes of 2 GPUs, n4 of a lower Weight than n1 to n3. */
    static final String GPU_NODES_N4_LIGHTER = """
            NodeName=n[1-3] CPUs=8 Gres=gpu:2 Weight=10
            NodeName=n4 CPUs=8 Gres=gpu:2 Weight=1""";

    /** Asserts that job {@code id} ran on {@code nodes} (indices, in order) holding {@code cpus} CPUs on each. */
    static void expectPlaced(Map<Long, JobOutcome> ran, long id, int[] nodes, int[] cpus) {
        assertArrayEquals(nodes, ran.get(id).nodes().nodes(), "job " + id + " nodes");
        assertArrayEquals(cpus, ran.get(id).nodes().cpus(), "job " + id + " CPUs per node");
    }
}
