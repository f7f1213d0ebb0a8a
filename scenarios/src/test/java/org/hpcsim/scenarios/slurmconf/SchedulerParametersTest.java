package org.hpcsim.scenarios.slurmconf;

import static org.hpcsim.scenarios.slurmconf.ConfFiles.error;
import static org.hpcsim.scenarios.slurmconf.ConfFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SchedulerParameters: ordered options and flags, typed accessors with slurm.conf(5)'s defaults, checked values. */
class SchedulerParametersTest {
    @TempDir
    Path dir;

    @Test
    void shouldTakeSchedBuiltinsIntervalFromTheFirstIntervalEqualsAnywhereAsBuiltinDoes() {
        assertEquals(30, SchedulerParameters.parse("default_queue_depth=50").builtinIntervalSeconds());
        assertEquals(45, SchedulerParameters.parse("interval=45").builtinIntervalSeconds());
        // builtin.c's xstrcasestr finds "interval=" inside other options' names too: the first wins
        assertEquals(60, SchedulerParameters.parse("bf_interval=60,sched_interval=120").builtinIntervalSeconds());
        assertEquals(120, SchedulerParameters.parse("sched_interval=120,bf_interval=60").builtinIntervalSeconds());
        assertEquals(2_000_000, SchedulerParameters.parse("sched_min_interval=2000000").builtinIntervalSeconds());
        // below 1: the default, as _load_config resets it
        assertEquals(30, SchedulerParameters.parse("sched_interval=-1,interval=5").builtinIntervalSeconds());
    }

    @Test
    void shouldGiveSlurmDefaultsWhenNothingIsSet() {
        SchedulerParameters p = SchedulerParameters.NONE;
        assertEquals(100, p.defaultQueueDepth());
        assertEquals(60, p.schedIntervalSeconds());
        assertEquals(2, p.schedMinIntervalMicros());
        assertEquals(30, p.bfIntervalSeconds());
        assertEquals(60, p.bfResolutionSeconds());
        assertEquals(1440, p.bfWindowMinutes());
        assertEquals(500, p.bfMaxJobTest());
        assertFalse(p.bfContinue());
        assertFalse(p.killInvalidDepend());
        assertEquals(0, p.bfMaxJobUser());
        assertEquals(0, p.bfMaxJobPart());
        assertEquals(300, p.maxSwitchWaitSeconds());
    }

    @Test
    void shouldKeepOptionsInOrderWithValuesAndFlags() {
        SchedulerParameters p = SchedulerParameters.parse("bf_continue,bf_window=4320,defer,partition_job_depth=10");
        assertEquals(List.of("bf_continue", "bf_window", "defer", "partition_job_depth"), List.copyOf(p.options().keySet()));
        assertEquals(Optional.empty(), p.options().get("defer"));
        assertEquals(Optional.of("10"), p.value("partition_job_depth"));
        assertTrue(p.has("DEFER"));
        assertTrue(p.bfContinue());
        assertEquals(4320, p.bfWindowMinutes());
    }

    @Test
    void shouldReadBatchSchedDelayAsJobSchedulerDoes() {
        assertEquals(3, SchedulerParameters.NONE.batchSchedDelaySeconds());
        assertEquals(7, SchedulerParameters.parse("batch_sched_delay=7").batchSchedDelaySeconds());
        assertEquals(List.of(), SchedulerParameters.parse("batch_sched_delay=7").warnings());
        SchedulerParameters suffixed = SchedulerParameters.parse("batch_sched_delay=3s");
        assertEquals(3, suffixed.batchSchedDelaySeconds());
        assertEquals(List.of("batch_sched_delay=3s is read as 3, as slurmctld reads it (atoi)"), suffixed.warnings());
        SchedulerParameters word = SchedulerParameters.parse("batch_sched_delay=abc");
        assertEquals(0, word.batchSchedDelaySeconds());
        assertEquals(List.of("batch_sched_delay=abc is read as 0, as slurmctld reads it (atoi)"), word.warnings());
        SchedulerParameters negative = SchedulerParameters.parse("batch_sched_delay=-5");
        assertEquals(3, negative.batchSchedDelaySeconds());
        assertEquals(List.of("batch_sched_delay=-5 is read as -5, which slurmctld logs as invalid: 3 s, the default,"
                + " applies"), negative.warnings());
        assertEquals(Integer.MAX_VALUE, SchedulerParameters.parse("batch_sched_delay=99999999999999")
                .batchSchedDelaySeconds());
    }

    @Test
    void shouldReadKillInvalidDependAsAFlag() {
        assertTrue(SchedulerParameters.parse("bf_continue,kill_invalid_depend").killInvalidDepend());
    }

    @Test
    void shouldReadEveryTypedOption() {
        SchedulerParameters p = SchedulerParameters.parse("default_queue_depth=200,sched_interval=120,"
                + "sched_min_interval=1000000,bf_interval=60,bf_resolution=300,bf_window=2880,bf_max_job_test=1000,"
                + "bf_max_job_user=50,bf_max_job_part=100,max_switch_wait=600,BF_CONTINUE");
        assertEquals(List.of(200, 120, 1_000_000, 60, 300, 2880, 1000, 50, 100, 600),
                List.of(p.defaultQueueDepth(), p.schedIntervalSeconds(), p.schedMinIntervalMicros(), p.bfIntervalSeconds(),
                        p.bfResolutionSeconds(), p.bfWindowMinutes(), p.bfMaxJobTest(), p.bfMaxJobUser(), p.bfMaxJobPart(),
                        p.maxSwitchWaitSeconds()));
        assertTrue(p.bfContinue());
    }

    @Test
    void shouldAcceptMinusOneToTurnTheLoopsOff() {
        SchedulerParameters p = SchedulerParameters.parse("sched_interval=-1,bf_interval=-1");
        assertEquals(SchedulerParameters.DISABLED, p.schedIntervalSeconds());
        assertEquals(SchedulerParameters.DISABLED, p.bfIntervalSeconds());
    }

    @Test
    void shouldRejectOutOfRangeAndNonNumericValues() {
        assertBad("bf_window=0", "bf_window=0 is out of range (a whole number 1..43200)");
        assertBad("bf_interval=0", "bf_interval=0 is out of range (a whole number 1..10800, or -1 for off)");
        assertBad("bf_resolution=4000", "bf_resolution=4000 is out of range (a whole number 1..3600)");
        assertBad("bf_interval=abc", "bf_interval=abc is not a whole number");
        assertBad("default_queue_depth", "default_queue_depth is not a whole number");
    }

    @Test
    void shouldReadANumberAsSlurmctldsAtoiDoesAndSayWhereItDiffersFromTheText() {
        // Azure CycleCloud's template writes max_switch_wait=24:00:00; job_mgr.c reads it with atoi.
        // A per-pass bound above bf_max_job_test is only logged by backfill.c.
        SchedulerParameters p = SchedulerParameters.parse("max_switch_wait=24:00:00,bf_max_job_test=100,"
                + "bf_max_job_part=600");
        assertEquals(24, p.maxSwitchWaitSeconds());
        assertEquals(600, p.bfMaxJobPart());
        assertEquals(List.of("max_switch_wait=24:00:00 is read as 24, as slurmctld reads it (atoi)",
                "bf_max_job_part=600 is above bf_max_job_test (100): slurmctld logs that and keeps it, so it bounds"
                        + " nothing"), p.warnings());
        assertEquals(List.of(), SchedulerParameters.parse("bf_interval=30,bf_max_job_part=50").warnings());
    }

    @Test
    void shouldReportABadOptionWithTheLine() {
        String message = error(() -> read(dir, "ClusterName=c", "SchedulerParameters=bf_continue,bf_window=0"));
        assertEquals("slurm.conf:2: SchedulerParameters bf_window=0 is out of range (a whole number 1..43200; "
                + "slurm.conf(5))", message);
    }

    @Test
    void shouldReadTheParametersFromSlurmConf() {
        SlurmConf conf = read(dir, "SchedulerParameters=bf_interval=45,\\", "bf_window=100");
        assertEquals(45, conf.scheduling().schedulerParameters().bfIntervalSeconds());
        assertEquals(100, conf.scheduling().schedulerParameters().bfWindowMinutes());
    }

    private static void assertBad(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SchedulerParameters.parse(text));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
