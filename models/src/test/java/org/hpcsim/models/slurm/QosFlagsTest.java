package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

/** The QOS flags DenyOnLimit and NoReserve, on hand-worked schedules. */
class QosFlagsTest {
    private static final long U = Qos.UNLIMITED;
    private static final QosFlags DENY = new QosFlags(true, false);
    private static final QosFlags NO_RESERVE = new QosFlags(false, true);

    private static Job job(long id, long submit, long run, long limit, int nodes, String qos) {
        return QosLimitsTest.job(id, submit, run, limit, nodes, nodes, "a", "x", qos);
    }

    private static SlurmConfig backfill(int nodes, Qos other) {
        return SlurmConfig.uniform(nodes, 1, SchedulerType.BACKFILL, SelectType.LINEAR, SlurmReplay.params(30, 1))
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), other), "normal"));
    }

    @Test
    void shouldDenyOnLimitInAcctPolicyOrderPerUserBeforeMaxWall() {
        // Job 1 breaks MaxTRESPerUser=node=1 and MaxWall=50 s. acct_policy.c _qos_policy_validate tests
        // MaxTRESPerUser before MaxWall under DenyOnLimit; the never-runs check names MaxWall first.
        Qos limits = Qos.unlimited("g", 0).withMaxTresPerUser(new TresLimit(U, 1, U)).withMaxWall(SimTime.seconds(50));
        List<Job> jobs = List.of(job(1, 0, 10, 100, 2, "g"), job(2, 0, 10, 30, 1, "g"));
        SlurmReplay.Result denied = SlurmReplay.run(backfill(2, limits.withFlags(DENY)), jobs);
        assertEquals(List.of("1: QOS g denies the submission (DenyOnLimit, QOSMaxNodePerUserLimit: request over"
                + " MaxTRESPerUser)"), denied.rejected);
        assertEquals(0, denied.start(2));
        SlurmReplay.Result held = SlurmReplay.run(backfill(2, limits), jobs);
        assertEquals(List.of("1: QOS g can never run it (QOSMaxWallDurationPerJobLimit: time limit over MaxWall)"),
                held.rejected);
    }

    @Test
    void shouldNotDenyOnAJobCountLimitWhichSubmissionDoesNotTest() {
        // GrpJobs is not tested at submission even under DenyOnLimit: the job is refused as one the
        // QOS can never run, not denied.
        Qos g = Qos.unlimited("g", 0).withJobs(new QosJobCounts(U, U, 0, U)).withFlags(DENY);
        SlurmReplay.Result r = SlurmReplay.run(backfill(1, g), List.of(job(1, 0, 10, 20, 1, "g")));
        assertEquals(List.of("1: QOS g can never run it (QOSGrpJobsLimit: GrpJobs=0)"), r.rejected);
    }

    /**
     * 2 nodes, backfill every 30 s. Job 1 holds n1 until 300; job 2 (QOS g, both nodes, 100 s) waits
     * for it; job 3 (normal, 1 node, 200 s) comes at 150.
     */
    private static List<Job> blockedPair() {
        return List.of(job(1, 0, 300, 300, 1, ""), job(2, 1, 100, 100, 2, "g"), job(3, 150, 200, 200, 1, ""));
    }

    @Test
    void shouldReserveForAJobWithoutNoReserveSoALaterOneWaits() {
        // Job 2 is reserved both nodes from 300; job 3 would end after 300, so it waits for job 2's end at 400.
        SlurmReplay.Result r = SlurmReplay.run(backfill(2, Qos.unlimited("g", 0)), blockedPair());
        assertEquals(300, r.start(2));
        assertEquals(400, r.start(3));
    }

    @Test
    void shouldGiveANoReserveJobNoReservationSoALaterJobOvertakesIt() {
        // NoReserve: job 2 gets no reservation, so the next backfill pass after 150 starts job 3 on n2,
        // and job 2 starts only when job 3 ends, past 300.
        List<Long> reserved = new ArrayList<>();
        SlurmReplay.Result r = SlurmReplay.runNotingReservations(backfill(2, Qos.unlimited("g", 0).withFlags(NO_RESERVE)),
                blockedPair(), reserved);
        assertFalse(reserved.contains(2L), "the NoReserve job is never reserved for: " + reserved);
        assertTrue(r.start(3) >= 150 && r.start(3) < 180, "job 3 backfilled at once, started " + r.start(3));
        assertEquals(r.end(3), r.start(2));
    }

    /**
     * 2 nodes. Job 1 (normal) holds n1 until 300; job 2 (normal, both nodes) is reserved them from
     * 300; job 3 (QOS g, 1 node, limit 200) comes at 150 and would end after 300.
     */
    private static List<Job> scavengerBeforeReservation() {
        return List.of(job(1, 0, 300, 300, 1, ""), job(2, 1, 100, 100, 2, ""), job(3, 150, 200, 200, 1, "g"));
    }

    @Test
    void shouldTestANoReserveJobWithAOneMinuteLimitWhilePreemptionIsOn() {
        // Preemption on: backfill tests job 3 as if its limit were 60 s, which ends before job 2's
        // reservation at 300, so it starts at once and job 2 waits for it.
        Qos g = Qos.unlimited("g", 0).withFlags(NO_RESERVE);
        SlurmConfig c = backfill(2, g).withPreemption(Preemption.qos(PreemptMode.CANCEL));
        SlurmReplay.Result r = SlurmReplay.run(c, scavengerBeforeReservation());
        assertTrue(r.start(3) >= 150 && r.start(3) < 180, "job 3 fits before the reservation, started " + r.start(3));
        assertEquals(r.start(3) + 200, r.end(3), "it keeps its real time limit");
        assertEquals(r.end(3), r.start(2));
    }

    @Test
    void shouldTestANoReserveJobWithItsRealLimitWithoutPreemption() {
        // No preemption: job 3's 200 s would run into job 2's reservation, so it waits for job 2's end.
        Qos g = Qos.unlimited("g", 0).withFlags(NO_RESERVE);
        SlurmReplay.Result r = SlurmReplay.run(backfill(2, g), scavengerBeforeReservation());
        assertEquals(300, r.start(2));
        assertEquals(400, r.start(3));
    }
}
