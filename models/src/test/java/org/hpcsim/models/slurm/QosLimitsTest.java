package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/** The QOS limits beyond MaxJobsPerUser and GrpTRES, on hand-worked schedules (idealised controller). */
class QosLimitsTest {
    private static final SchedulerParams DEFAULTS = SchedulerParams.defaults().immediate();
    private static final long U = Qos.UNLIMITED;

    /** A job of {@code nodes} nodes (or {@code cpus} CPUs when nodes is 0) by {@code user} of {@code account} in {@code qos}. */
    static Job job(long id, long submit, long run, long limit, int nodes, int cpus, String user, String account,
                   String qos) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(limit), cpus, nodes, 0,
                new JobLabels(user, "", account, "", "", qos, ""), JobHistory.UNKNOWN, -1, -1);
    }

    private static SlurmConfig linear(int nodes, Qos limited) {
        return SlurmConfig.uniform(nodes, 1, SchedulerType.BUILTIN, SelectType.LINEAR, DEFAULTS)
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), limited), "normal"));
    }

    private static SlurmConfig consTres(int nodes, int cpus, Qos limited) {
        return SlurmConfig.uniform(nodes, cpus, SchedulerType.BUILTIN, SelectType.CONS_TRES, DEFAULTS)
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), limited), "normal"));
    }

    private static QosJobCounts counts(long perUser, long perAccount, long grp, long submitPerUser) {
        return new QosJobCounts(perUser, perAccount, grp, submitPerUser);
    }

    @Test
    void shouldHoldAThirdJobAtGrpJobsTwoWithoutBlockingTheQueue() {
        // 4 nodes, QOS g with GrpJobs=2: jobs 1 and 2 run, job 3 waits for job 1's end at 100 though
        // nodes are free, and job 4 (normal) behind it starts at once.
        Qos g = Qos.unlimited("g", 0).withJobs(counts(U, U, 2, U));
        SlurmReplay.Result r = SlurmReplay.run(linear(4, g), List.of(job(1, 0, 100, 200, 1, 1, "a", "x", "g"),
                job(2, 0, 150, 200, 1, 1, "b", "y", "g"), job(3, 1, 10, 200, 1, 1, "c", "z", "g"),
                job(4, 2, 10, 200, 1, 1, "a", "x", "")));
        assertEquals(0, r.start(2));
        assertEquals(2, r.start(4), "a GrpJobs hold does not fail the partition");
        assertEquals(100, r.start(3));
    }

    @Test
    void shouldCountMaxJobsPerAccountOverAllUsersOfTheAccount() {
        // MaxJobsPerAccount=1: Bob's job 2 waits for Alice's job 1 (same account) to end at 100;
        // Carol's job 3, of another account, starts at once.
        Qos g = Qos.unlimited("g", 0).withJobs(counts(U, 1, U, U));
        SlurmReplay.Result r = SlurmReplay.run(linear(4, g), List.of(job(1, 0, 100, 200, 1, 1, "alice", "x", "g"),
                job(2, 1, 10, 200, 1, 1, "bob", "x", "g"), job(3, 2, 10, 200, 1, 1, "carol", "y", "g")));
        assertEquals(2, r.start(3));
        assertEquals(100, r.start(2));
    }

    @Test
    void shouldRefuseASubmissionOverMaxSubmitJobsPerUserUntilAJobEnds() {
        // MaxSubmitJobsPerUser=2 on one node: jobs 1 (running) and 2 (pending) count; job 3 at 5 is
        // refused; Bob's job 4 is his first; Alice's job 5 at 150 comes after job 1 ended at 100.
        Qos g = Qos.unlimited("g", 0).withJobs(counts(U, U, U, 2));
        SlurmReplay.Result r = SlurmReplay.run(linear(1, g), List.of(job(1, 0, 100, 200, 1, 1, "alice", "x", "g"),
                job(2, 1, 100, 200, 1, 1, "alice", "x", "g"), job(3, 5, 10, 200, 1, 1, "alice", "x", "g"),
                job(4, 6, 10, 200, 1, 1, "bob", "x", "g"), job(5, 150, 10, 200, 1, 1, "alice", "x", "g")));
        assertEquals(List.of("3: QOS g refuses the submission (QOSMaxSubmitJobPerUserLimit)"), r.rejected);
        assertEquals(100, r.start(2));
        assertEquals(200, r.start(4));
        assertEquals(210, r.start(5));
    }

    @Test
    void shouldHoldAUsersJobThatWouldPassMaxTresPerUserCpu() {
        // cons_tres, 2 nodes of 4 CPUs, MaxTRESPerUser=cpu=4: Alice holds 3, her job 2 (2 more) waits
        // until 100; Bob's job 3 (2 CPUs) starts at once.
        Qos g = Qos.unlimited("g", 0).withMaxTresPerUser(new TresLimit(4, U, U));
        SlurmReplay.Result r = SlurmReplay.run(consTres(2, 4, g), List.of(job(1, 0, 100, 200, 0, 3, "alice", "x", "g"),
                job(2, 1, 10, 200, 0, 2, "alice", "x", "g"), job(3, 2, 10, 200, 0, 2, "bob", "x", "g")));
        assertEquals(2, r.start(3));
        assertEquals(100, r.start(2), "3 + 2 CPUs of one user would pass MaxTRESPerUser=cpu=4");
    }

    @Test
    void shouldCountAUsersNodeOnceAgainstMaxTresPerUserNode() {
        // cons_tres, 2 nodes of 4 CPUs, MaxTRESPerUser=node=1: job 2 shares n1 with job 1 and adds no
        // node; job 3 (4 CPUs) needs n2 and waits for both to end; Bob's job 4 takes n2 meanwhile.
        Qos g = Qos.unlimited("g", 0).withMaxTresPerUser(new TresLimit(U, 1, U));
        SlurmReplay.Result r = SlurmReplay.run(consTres(2, 4, g), List.of(job(1, 0, 100, 200, 0, 2, "alice", "x", "g"),
                job(2, 1, 50, 200, 0, 2, "alice", "x", "g"), job(3, 2, 10, 200, 0, 4, "alice", "x", "g"),
                job(4, 3, 10, 200, 0, 4, "bob", "x", "g")));
        assertEquals(1, r.start(2));
        assertEquals(3, r.start(4));
        assertEquals(100, r.start(3));
    }

    @Test
    void shouldRefuseAtSubmissionAJobOverMaxTresPerJob() {
        Qos g = Qos.unlimited("g", 0).withMaxTresPerJob(new TresLimit(2, 1, U));
        SlurmReplay.Result r = SlurmReplay.run(consTres(2, 4, g), List.of(job(1, 0, 10, 20, 0, 3, "a", "x", "g"),
                job(2, 0, 10, 20, 2, 2, "a", "x", "g"), job(3, 0, 10, 20, 0, 2, "a", "x", "g"),
                job(4, 0, 10, 20, 0, 3, "a", "x", "")));
        assertEquals(List.of("1: QOS g can never run it (QOSMaxCpuPerJobLimit: request over MaxTRESPerJob)",
                "2: QOS g can never run it (QOSMaxNodePerJobLimit: request over MaxTRESPerJob)"), r.rejected);
        assertEquals(0, r.start(3));
        assertEquals(0, r.start(4), "normal has no per-job limit");
    }

    @Test
    void shouldRefuseALimitOverMaxWallAndGiveAJobWithoutOneMaxWall() {
        // MaxWall=50 s: job 1 asks 100 s and is refused; job 2 asks none, gets 50 s and is killed
        // then (OverTimeLimit 0) though it would run 200 s; job 3 asks 30 s and keeps it.
        Qos g = Qos.unlimited("g", 0).withMaxWall(SimTime.seconds(50));
        SlurmReplay.Result r = SlurmReplay.run(linear(2, g), List.of(job(1, 0, 10, 100, 1, 1, "a", "x", "g"),
                job(2, 0, 200, 0, 1, 1, "a", "x", "g"), job(3, 0, 100, 30, 1, 1, "a", "x", "g")));
        assertEquals(List.of("1: QOS g can never run it (QOSMaxWallDurationPerJobLimit: time limit over MaxWall)"),
                r.rejected);
        assertEquals(50, r.end(2));
        assertEquals(JobEndState.TIMEOUT, r.outcomes.get(2L).endState());
        assertEquals(30, r.end(3));
    }

    @Test
    void shouldRefuseAJobWhoseQosHasAJobCountLimitOfZero() {
        Qos g = Qos.unlimited("g", 0).withJobs(counts(U, U, 0, U));
        SlurmReplay.Result r = SlurmReplay.run(linear(1, g), List.of(job(1, 0, 10, 20, 1, 1, "a", "x", "g")));
        assertEquals(List.of("1: QOS g can never run it (QOSGrpJobsLimit: GrpJobs=0)"), r.rejected);
    }

    @Test
    void shouldRefuseAPreemptListNamingAnUnknownQosOrClosingALoop() {
        QosPreemptRule preemptsB = new QosPreemptRule(List.of("b"), null, -1);
        QosPreemptRule preemptsA = new QosPreemptRule(List.of("a"), null, -1);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> QosSetup.of(
                List.of(Qos.unlimited("a", 0).withPreemption(preemptsB)), "a"));
        assertEquals("QOS a preempts 'b', which is no QOS", unknown.getMessage());
        IllegalArgumentException loop = assertThrows(IllegalArgumentException.class, () -> QosSetup.of(
                List.of(Qos.unlimited("a", 0).withPreemption(preemptsB), Qos.unlimited("b", 0).withPreemption(preemptsA)),
                "a"));
        assertEquals("QOS preemption loop: a -> b -> a", loop.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Qos.unlimited("a", 0).withPreemption(preemptsA));
        assertTrue(QosSetup.of(List.of(Qos.unlimited("a", 0).withPreemption(preemptsB), Qos.unlimited("b", 0)), "a")
                .preemptTable()[0][1]);
    }
}
