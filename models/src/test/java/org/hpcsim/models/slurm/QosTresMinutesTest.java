package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.slurm.priority.MultifactorConfig;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

/** GrpTRESMins on hand-worked schedules: 1-CPU nodes, QOS g with GrpTRESMins=cpu=10 (idealised controller). */
class QosTresMinutesTest {
    private static final SchedulerParams DEFAULTS = SchedulerParams.defaults().immediate();
    private static final Qos G = Qos.unlimited("g", 0).withGrpTresMins(new TresLimit(10, Qos.UNLIMITED, Qos.UNLIMITED));

    private static Job job(long id, long submit, long run, long limit, int nodes, String qos) {
        return QosLimitsTest.job(id, submit, run, limit, nodes, nodes, "a", "x", qos);
    }

    private static SlurmConfig basic(int nodes, Qos g) {
        return SlurmConfig.uniform(nodes, 1, SchedulerType.BUILTIN, SelectType.LINEAR, DEFAULTS)
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), g), "normal"));
    }

    /** priority/multifactor with PriorityCalcPeriod 60 s and PriorityDecayHalfLife {@code halfLife} (0: none). */
    private static SlurmConfig multifactor(int nodes, long halfLife) {
        MultifactorConfig mf = MultifactorConfig.defaults().withCalcPeriod(SimTime.seconds(60))
                .withDecayHalfLife(halfLife);
        return basic(nodes, G).withMultifactor(new MultifactorSetup(mf, null));
    }

    @Test
    void shouldHoldAJobWhoseMinutesWithTheRunningJobsWouldPassTheLimit() {
        // priority/basic: no usage is ever accrued, only what running jobs hold. Job 1 holds 1 CPU x
        // 5 min; job 2 asks 6 more, 11 > 10, and waits for job 1's end at 120; job 3 (normal) starts.
        SlurmReplay.Result r = SlurmReplay.run(basic(2, G), List.of(job(1, 0, 120, 300, 1, "g"),
                job(2, 1, 60, 360, 1, "g"), job(3, 2, 10, 100, 1, "")));
        assertEquals(0, r.start(1));
        assertEquals(2, r.start(3));
        assertEquals(120, r.start(2));
    }

    /** Job 1 holds 1 CPU x 10 min and runs all of it; job 2 (5 min) waits behind it. */
    private static List<Job> wholeLimitThenFive() {
        return List.of(job(1, 0, 600, 600, 1, "g"), job(2, 0, 60, 300, 1, "g"));
    }

    @Test
    void shouldHoldAJobUntilDecayedUsageLeavesRoomForIt() {
        // Half-life 600 s, passes every 60 s: q = d^60 = (1 - 0.693/600)^60 = 0.9330. While job 1
        // runs, whole minutes used + still held stay above 10 - 5 (at 300: 4 + 5, at 540: 6 + 1).
        // At its end usage is 60 (q + ... + q^10) = 417.9 CPU-s, 6 minutes; it decays to 389.9 (6)
        // at 660, 363.8 (6) at 720 and 339.4 (5) at 780, when 5 <= 10 - 5 lets job 2 start.
        SlurmReplay.Result r = SlurmReplay.run(multifactor(2, SimTime.seconds(600)), wholeLimitThenFive());
        assertEquals(0, r.start(1));
        assertTrue(r.start(2) >= 780 && r.start(2) < 840, "job 2 started at " + r.start(2));
    }

    @Test
    void shouldHoldAndChargeTimesTheUsageFactor() {
        // priority/basic: job 1 holds 1 CPU x 5 min x UsageFactor 0.5 = 2.5 minutes, so job 2's 6
        // fit in 10 beside it (at 1.0 it waited for job 1's end at 120, the test above).
        Qos half = G.withUsageFactor(0.5);
        SlurmReplay.Result r = SlurmReplay.run(basic(2, half), List.of(job(1, 0, 120, 300, 1, "g"),
                job(2, 1, 60, 360, 1, "g")));
        assertEquals(1, r.start(2));
        // Under multifactor usage is charged at half: 2 CPUs x 120 s x q(1 + q) / 2.
        SlurmConfig c = multifactor(2, SimTime.seconds(600)).withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0),
                half), "normal"));
        SlurmController controller = new SlurmController(c, new org.hpcsim.models.workload.ListJobSource(
                List.of(job(1, 0, 120, 300, 2, "g"))), true, new SlurmReplay.Result());
        controller.run();
        double q = Math.pow(1 - 0.693 / 600, 60);
        assertEquals(60 * q * (1 + q), controller.qosLimits().tresMinutes().usageSeconds(1, 0, SimTime.seconds(120)),
                1e-9);
    }

    @Test
    void shouldStartItAtTheEndUnderPriorityBasicWhichKeepsNoUsage() {
        SlurmReplay.Result r = SlurmReplay.run(basic(2, G), wholeLimitThenFive());
        assertEquals(600, r.start(2));
    }

    @Test
    void shouldKeepDecayedUsageAsTheDecayPassesChargeIt() {
        // One job of 2 CPUs from 0 to 120 under a 600 s half-life: passes at 60 and 120 give
        // 2 x 60 q (1 + q) = 216.4 CPU-s; with no job after, 600 s of decay leave 216.4 q^8.
        SlurmConfig c = multifactor(2, SimTime.seconds(600));
        SlurmController controller = new SlurmController(c, new org.hpcsim.models.workload.ListJobSource(
                List.of(job(1, 0, 120, 300, 2, "g"))), true, new SlurmReplay.Result());
        controller.run();
        double q = Math.pow(1 - 0.693 / 600, 60);
        QosTresMinutes minutes = controller.qosLimits().tresMinutes();
        assertEquals(2 * 60 * q * (1 + q), minutes.usageSeconds(1, 0, SimTime.seconds(120)), 1e-9);
        assertEquals(2 * 60 * q * (1 + q) * Math.pow(q, 8), minutes.usageSeconds(1, 0, SimTime.seconds(600)), 1e-9);
    }

    @Test
    void shouldCatchUpOnTheDecayPassesOfTheControllersGrid() {
        // slurmctld started at -30 s: its decay passes come at 30 and 90, which no event here wakes
        // (nothing waits), so job 1's end at 120 runs them and charges the last 30 s itself:
        // 2 CPUs x (30 d^30 q + 60 d^60 + 30 d^30), d the per-second decay and q = d^60. Passes
        // counted from 0 (60, 120) would give the 2 x 60 q (1 + q) of the test above.
        MultifactorConfig mf = MultifactorConfig.defaults().withCalcPeriod(SimTime.seconds(60))
                .withDecayHalfLife(SimTime.seconds(600));
        SlurmConfig c = SlurmConfig.uniform(2, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                        DEFAULTS.withControllerStart(SimTime.seconds(-30)))
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), G), "normal"))
                .withMultifactor(new MultifactorSetup(mf, null));
        SlurmController controller = new SlurmController(c, new org.hpcsim.models.workload.ListJobSource(
                List.of(job(1, 0, 120, 300, 2, "g"))), true, new SlurmReplay.Result());
        controller.run();
        double d = 1 - 0.693 / 600;
        double q = Math.pow(d, 60);
        double charged = 2 * (30 * Math.pow(d, 30) * q + 60 * q + 30 * Math.pow(d, 30));
        assertEquals(charged, controller.qosLimits().tresMinutes().usageSeconds(1, 0, SimTime.seconds(120)), 1e-9);
    }

    @Test
    void shouldRefuseARequestOverMaxTresMinsPerJobAndGiveAJobWithoutALimitWhatItLeaves() {
        // MaxTRESMinsPerJob=cpu=6: 2 CPUs x 4 min = 8 > 6 is refused; 2 CPUs with no limit get 3 min.
        Qos m = Qos.unlimited("m", 0).withMaxTresMinsPerJob(new TresLimit(6, Qos.UNLIMITED, Qos.UNLIMITED));
        SlurmReplay.Result r = SlurmReplay.run(basic(2, m), List.of(job(1, 0, 10, 240, 2, "m"),
                job(2, 0, 1000, 0, 2, "m")));
        assertEquals(List.of("1: QOS m can never run it (QOSMaxCpuMinutesPerJobLimit: request over"
                + " MaxTRESMinsPerJob)"), r.rejected);
        assertEquals(180, r.end(2));
    }

    @Test
    void shouldDenyOnMaxTresMinsPerJobBeforeGrpTresMins() {
        // Both are broken by 2 CPUs x 6 min = 12; acct_policy.c tests MaxTRESMinsPerJob first.
        Qos both = G.withMaxTresMinsPerJob(new TresLimit(8, Qos.UNLIMITED, Qos.UNLIMITED))
                .withFlags(new QosFlags(true, false));
        assertEquals(List.of("1: QOS g denies the submission (DenyOnLimit, QOSMaxCpuMinutesPerJobLimit: request over"
                + " MaxTRESMinsPerJob)"), SlurmReplay.run(basic(2, both), List.of(job(1, 0, 10, 360, 2, "g"))).rejected);
    }

    @Test
    void shouldRefuseGrpTresMinsWhenUsageNeverDecays() {
        assertThrows(IllegalArgumentException.class, () -> multifactor(2, 0));
    }

    @Test
    void shouldRefuseARequestOverGrpTresMinsAloneAndDenyItUnderDenyOnLimit() {
        // 2 CPUs x 6 min = 12 > 10: Slurm would hold it forever (refused here), or deny it under DenyOnLimit.
        List<Job> jobs = List.of(job(1, 0, 10, 360, 2, "g"));
        assertEquals(List.of("1: QOS g can never run it (QOSGrpCPUMinutesLimit: request over GrpTRESMins)"),
                SlurmReplay.run(basic(2, G), jobs).rejected);
        assertEquals(List.of("1: QOS g denies the submission (DenyOnLimit, QOSGrpCPUMinutesLimit: request over"
                + " GrpTRESMins)"), SlurmReplay.run(basic(2, G.withFlags(new QosFlags(true, false))), jobs).rejected);
    }

    @Test
    void shouldGiveAJobWithoutATimeLimitWhatGrpTresMinsLeavesItsRequest() {
        // acct_policy.c _validate_time_limit: 10 CPU-minutes over 3 CPUs is 3 whole minutes, so the
        // job that would run 1000 s is killed at 180.
        SlurmReplay.Result r = SlurmReplay.run(basic(3, G), List.of(job(1, 0, 1000, 0, 3, "g")));
        assertEquals(180, r.end(1));
        assertEquals(JobEndState.TIMEOUT, r.outcomes.get(1L).endState());
    }
}
