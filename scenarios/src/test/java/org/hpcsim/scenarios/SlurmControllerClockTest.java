package org.hpcsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.run.ScenarioRunner;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scheduler.slurm.controllerStart} and {@code backfillPhase}: read, refused, written back, and
 * obeyed with a slurm.conf too.
 */
class SlurmControllerClockTest {
    private static final String CONF = """
            ClusterName=t
            SlurmctldHost=localhost
            SchedulerType=sched/builtin
            SelectType=select/linear
            NodeName=n[1-2] CPUs=1 State=UNKNOWN
            PartitionName=all Nodes=ALL Default=YES MaxTime=INFINITE State=UP
            """;
    /** Job 1 holds a node from 2; job 2 comes at 61, a second after the periodic pass at 60. */
    private static final String JOBS = """
            job_id,submit_s,run_s,requested_s,processors,nodes
            1,0,300,600,1,1
            2,61,5,60,1,1
            """;

    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario load(String slurm) {
        return loader.parse("cluster: {nodes: 2}\nscheduler:\n  policy: slurm\n  slurm:\n" + slurm.indent(4)
                + "workload: {trace: t.swf}\n", "s.yaml");
    }

    @Test
    void shouldReadTheStartInSecondsWithZeroByDefault() {
        assertEquals(SimTime.ofSeconds(-12.5), load("controllerStart: -12.5").scheduler().slurm().params().controllerStart());
        assertEquals(0, load("scheduler: builtin").scheduler().slurm().params().controllerStart());
    }

    @Test
    void shouldReadTheBackfillPhaseInSecondsWithZeroByDefault() {
        assertEquals(SimTime.ofSeconds(0.875),
                load("backfillPhase: 0.875").scheduler().slurm().params().backfillPhase());
        assertEquals(0, load("scheduler: backfill").scheduler().slurm().params().backfillPhase());
    }

    @Test
    void shouldRefuseABackfillPhaseOutsideTheTickInOneLine() {
        for (String phase : List.of("1", "-0.1", "0.9999999999", "1.5")) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> load("backfillPhase: " + phase));
            assertTrue(e.getMessage().contains("backfillPhase")
                    && e.getMessage().contains("under the controller's tick") && !e.getMessage().contains("\n"),
                    e.getMessage());
        }
    }

    @Test
    void shouldRefuseAStartOutOfRangeInOneLine() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("controllerStart: 1.0e12"));
        assertTrue(e.getMessage().contains("controllerStart") && e.getMessage().contains("within a year of 0")
                && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldWriteTheStartBackBesideASlurmConfToo() throws Exception {
        for (String slurm : List.of("controllerStart: 7.25\nbackfillPhase: 0.5",
                "conf: cluster.conf\ncontrollerStart: 7.25\nbackfillPhase: 0.5")) {
            Scenario s = load(slurm);
            Map<String, Object> written = (Map<String, Object>) ((Map<String, Object>) ScenarioWriter.toMap(s)
                    .get("scheduler")).get("slurm");
            assertEquals(7.25, written.get("controllerStart"), slurm);
            assertEquals(0.5, written.get("backfillPhase"), slurm);
            Scenario again = loader.parse(new ObjectMapper(new YAMLFactory()).writeValueAsString(ScenarioWriter.toMap(s)),
                    "again.yaml");
            assertEquals(s.scheduler().slurm().params(), again.scheduler().slurm().params(), slurm);
        }
    }

    @Test
    void shouldPutThePeriodicPassWhereTheStartSaysUnderASlurmConf(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("slurm.conf"), CONF);
        Files.writeString(dir.resolve("jobs.csv"), JOBS);
        // Started at 0: the periodic pass at 60 holds job 2's pass to 63 (batch_sched_delay 3 s).
        assertEquals(63, startOfJob2(dir, ""));
        // Started at 25: passes at 25 + 60k, none near 61, so job 2 starts on the next tick.
        assertEquals(62, startOfJob2(dir, ", controllerStart: 25"));
    }

    @Test
    void shouldRunBackfillAtItsPhaseUnderASlurmConf(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("slurm.conf"), CONF.replace("sched/builtin", "sched/backfill")
                + "SchedulerParameters=bf_interval=1\n");
        Files.writeString(dir.resolve("jobs.csv"), JOBS);
        // Job 1, submitted at 0, waits for backfill (the main loop is held to 2 by batch_sched_delay):
        // on the tick at 1, or at 0.75 after it.
        assertEquals(SimTime.seconds(1), startOf(dir, "", 1));
        assertEquals(SimTime.ofSeconds(0.75), startOf(dir, ", backfillPhase: 0.75", 1));
    }

    private long startOfJob2(Path dir, String start) throws Exception {
        return startOf(dir, start, 2) / SimTime.SECOND;
    }

    /** When job {@code id} starts under the slurm.conf with {@code extra} Slurm settings, in nanoseconds. */
    private long startOf(Path dir, String extra, long id) throws Exception {
        Path file = Files.writeString(dir.resolve("s.yaml"), "name: start\nseed: 1\nscheduler: {policy: slurm,"
                + " slurm: {conf: slurm.conf" + extra + "}}\nworkload: {trace: jobs.csv, format: jobs-csv}\n"
                + "outputs: {jobsCsv: false, timeseries: false}\n");
        List<JobOutcome> outcomes = new ArrayList<>();
        RunObserver record = new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                outcomes.add(o);
            }
        };
        ScenarioRunner.run(loader.load(file), dir, List.of(record));
        return outcomes.stream().filter(o -> o.job().id() == id).findFirst().orElseThrow().startTime();
    }
}
