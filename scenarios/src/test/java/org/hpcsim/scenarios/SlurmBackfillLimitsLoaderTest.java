package org.hpcsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.BackfillLimits;
import org.hpcsim.models.slurm.SchedulerParams;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;

/**
 * bf_max_job_user, the other per-pass backfill bounds, bf_window_linear and sched/builtin's interval
 * in a scenario file: read, defaults, errors, written back.
 */
class SlurmBackfillLimitsLoaderTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario load(String slurm) {
        return loader.parse("cluster: {nodes: 2}\nscheduler:\n  policy: slurm\n  slurm:\n" + slurm.indent(4)
                + "workload: {trace: t.swf}\n", "s.yaml");
    }

    @Test
    void shouldReadEachLimitInSlurmsNamesAndUnits() {
        BackfillLimits b = load("parameters: {bf_max_job_user: 10, bf_max_job_part: 50, bf_max_job_user_part: 5,"
                + " bf_max_job_assoc: 8, bf_min_age_reserve: 600, bf_min_prio_reserve: 1000,"
                + " bf_job_part_count_reserve: 20, bf_max_job_start: 30, bf_node_space_size: 200,"
                + " bf_max_job_array_resv: 5}").scheduler().slurm().params().backfillLimits();
        assertEquals(new BackfillLimits(10, 50, 5, 8, SimTime.seconds(600), 1000, 20, 30, 200, 5), b);
        assertEquals(BackfillLimits.NONE, load("scheduler: backfill").scheduler().slurm().params().backfillLimits());
    }

    @Test
    void shouldRefuseAnArrayReservationCountBackfillWouldNotTakeInOneLine() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> load("parameters: {bf_max_job_array_resv: 1001}"));
        assertTrue(e.getMessage().contains("bf_max_job_array_resv") && e.getMessage().contains("must be 0 to 1000")
                && !e.getMessage().contains("\n"), e.getMessage());
        assertEquals(BackfillLimits.DEFAULT_MAX_JOB_ARRAY_RESV,
                load("scheduler: backfill").scheduler().slurm().params().backfillLimits().maxJobArrayResv());
    }

    @Test
    void shouldRefuseATableSizeSlurmWouldNotTakeInOneLine() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("parameters: {bf_node_space_size: 1}"));
        assertTrue(e.getMessage().contains("bf_node_space_size") && e.getMessage().contains("must be 2 to 2000000")
                && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void shouldRefuseANegativeLimitInOneLine() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("parameters: {bf_max_job_user: -1}"));
        assertTrue(e.getMessage().contains("bf_max_job_user") && e.getMessage().contains("must be 0 (no limit) or more")
                && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void shouldWriteTheLimitsBackSoTheScenarioRunsAgainAlike() throws Exception {
        Scenario s = load("parameters: {bf_max_job_user: 3, bf_min_age_reserve: 120, bf_max_job_start: 7,"
                + " bf_node_space_size: 40, bf_max_job_array_resv: 0}");
        String text = new ObjectMapper(new YAMLFactory()).writeValueAsString(ScenarioWriter.toMap(s));
        Scenario again = loader.parse(text, "again.yaml");
        assertEquals(s.scheduler().slurm().params(), again.scheduler().slurm().params());
    }

    @Test
    void shouldReadBfWindowLinearInSecondsAndWriteItBack() throws Exception {
        Scenario s = load("parameters: {bf_window_linear: 45}");
        assertEquals(SimTime.seconds(45), s.scheduler().slurm().params().bfWindowLinear());
        assertEquals(0, load("scheduler: backfill").scheduler().slurm().params().bfWindowLinear(), "doubling");
        Scenario again = loader.parse(new ObjectMapper(new YAMLFactory()).writeValueAsString(ScenarioWriter.toMap(s)),
                "again.yaml");
        assertEquals(s.scheduler().slurm().params(), again.scheduler().slurm().params());
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("parameters: {bf_window_linear: -1}"));
        assertTrue(e.getMessage().contains("bf_window_linear") && e.getMessage().contains("must be 0")
                && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void shouldReadSchedBuiltinsIntervalAndWriteItBack() throws Exception {
        Scenario s = load("scheduler: builtin\nparameters: {interval: 5}");
        assertEquals(SimTime.seconds(5), s.scheduler().slurm().params().builtinInterval());
        assertEquals(SchedulerParams.DEFAULT_BUILTIN_INTERVAL,
                load("scheduler: builtin").scheduler().slurm().params().builtinInterval());
        Scenario again = loader.parse(new ObjectMapper(new YAMLFactory()).writeValueAsString(ScenarioWriter.toMap(s)),
                "again.yaml");
        assertEquals(s.scheduler().slurm().params(), again.scheduler().slurm().params());
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("parameters: {interval: 0}"));
        assertTrue(e.getMessage().contains("interval") && e.getMessage().contains("must be 1 to")
                && !e.getMessage().contains("\n"), e.getMessage());
    }
}
