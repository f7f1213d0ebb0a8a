package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.priority.MultifactorConfig;
import org.hpcsim.models.slurm.priority.MultifactorWeights;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

class QosTest {
    private static final SchedulerParams DEFAULTS = SchedulerParams.defaults().immediate();
    private static final long U = Qos.UNLIMITED;

    /** A job of {@code nodes} one-CPU nodes (or {@code cpus} CPUs when nodes is 0) by {@code user} in {@code qos}. */
    private static Job job(long id, long submit, long run, long limit, int nodes, int cpus, String user, String qos) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(limit), cpus, nodes, 0,
                new JobLabels(user, "", "", "", "", qos, ""), JobHistory.UNKNOWN, -1, -1);
    }

    private static SlurmConfig linear(int nodes, SchedulerType type, SchedulerParams p, Qos... qos) {
        return SlurmConfig.uniform(nodes, 1, type, SelectType.LINEAR, p).withQos(QosSetup.of(List.of(qos), "normal"));
    }

    @Test
    void shouldHoldAUsersSecondJobAtMaxJobsPerUserWhileAnotherUsersJobStarts() {
        // 4 nodes, normal has MaxJobsPerUser=1. Alice's job 2 is held until her job 1 ends at 100;
        // Bob's job 3, behind it in the queue, starts at once: the hold does not fail the partition.
        SlurmConfig c = linear(4, SchedulerType.BUILTIN, DEFAULTS, new Qos("normal", 0, 1, U, U, U));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 100, 200, 1, 1, "alice", ""),
                job(2, 1, 10, 200, 1, 1, "alice", ""), job(3, 2, 10, 200, 1, 1, "bob", "")));
        assertEquals(0, r.start(1));
        assertEquals(2, r.start(3), "a limit-held job does not block later jobs of its partition");
        assertEquals(100, r.start(2), "Alice's second job waits for her first to end");
    }

    @Test
    void shouldHoldAJobWhoseQosWouldPassItsGrpTresCpuLimit() {
        // cons_tres, 2 nodes of 4 CPUs. QOS small has GrpTRES=cpu=4: job 1 holds 3, so job 2 (2 more)
        // waits until it ends at 100, though 5 CPUs are free; job 3 in normal starts at once.
        SlurmConfig c = SlurmConfig.uniform(2, 4, SchedulerType.BUILTIN, SelectType.CONS_TRES, DEFAULTS)
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), new Qos("small", 0, U, 4, U, U)),
                        "normal"));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 100, 200, 0, 3, "a", "small"),
                job(2, 1, 10, 200, 0, 2, "a", "small"), job(3, 2, 10, 200, 0, 2, "b", "")));
        assertEquals(0, r.start(1));
        assertEquals(2, r.start(3));
        assertEquals(100, r.start(2), "3 + 2 CPUs would pass GrpTRES=cpu=4");
    }

    @Test
    void shouldCountANodeOnceAgainstGrpTresNodeWhenJobsOfTheQosShareIt() {
        // cons_tres, 2 nodes of 4 CPUs, GrpTRES=node=1: job 2 fits beside job 1 on n1 and adds no
        // node; job 3 (4 CPUs) needs n2, a second node, and waits for both to end.
        SlurmConfig c = SlurmConfig.uniform(2, 4, SchedulerType.BUILTIN, SelectType.CONS_TRES, DEFAULTS)
                .withQos(QosSetup.of(List.of(new Qos("normal", 0, U, U, 1, U)), "normal"));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 100, 200, 0, 2, "a", ""),
                job(2, 1, 50, 200, 0, 2, "a", ""), job(3, 2, 10, 200, 0, 4, "a", "")));
        assertEquals(1, r.start(2), "a node the QOS already holds adds nothing to its node count");
        assertEquals(100, r.start(3));
    }

    @Test
    void shouldOrderTheQueueByQosPriorityUnderMultifactor() {
        // One node, busy until 100. Job 2 (QOS low) came first, job 3 (QOS high) later; with only
        // PriorityWeightQOS set, high's factor is 1 and low's 0.1, so job 3 runs first.
        MultifactorConfig mf = MultifactorConfig.defaults().withWeights(MultifactorWeights.of(0, 0, 0, 0, 0, 1000));
        SlurmConfig c = linear(1, SchedulerType.BUILTIN, DEFAULTS, Qos.unlimited("normal", 0),
                Qos.unlimited("low", 10), Qos.unlimited("high", 100)).withMultifactor(new MultifactorSetup(mf, null));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 100, 200, 1, 1, "a", ""),
                job(2, 1, 10, 200, 1, 1, "a", "low"), job(3, 2, 10, 200, 1, 1, "a", "high")));
        assertEquals(100, r.start(3));
        assertEquals(110, r.start(2));
    }

    @Test
    void shouldKeepSubmitOrderWithoutQosWeight() {
        MultifactorConfig mf = MultifactorConfig.defaults();
        SlurmConfig c = linear(1, SchedulerType.BUILTIN, DEFAULTS, Qos.unlimited("normal", 0),
                Qos.unlimited("low", 10), Qos.unlimited("high", 100)).withMultifactor(new MultifactorSetup(mf, null));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 100, 200, 1, 1, "a", ""),
                job(2, 1, 10, 200, 1, 1, "a", "low"), job(3, 2, 10, 200, 1, 1, "a", "high")));
        assertEquals(100, r.start(2));
        assertEquals(110, r.start(3));
    }

    @Test
    void shouldRefuseAJobNamingAnUnknownQosOrOneItsQosCanNeverRun() {
        SlurmConfig c = linear(4, SchedulerType.BUILTIN, DEFAULTS, Qos.unlimited("normal", 0),
                new Qos("tiny", 0, U, 2, U, U));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 10, 20, 1, 1, "a", "gold"),
                job(2, 0, 10, 20, 3, 3, "a", "tiny"), job(3, 0, 10, 20, 1, 1, "a", "tiny")));
        assertEquals(List.of("1: invalid qos 'gold'", "2: QOS tiny can never run it (QOSGrpCpuLimit: request over GrpTRES)"),
                r.rejected);
        assertEquals(0, r.start(3));
    }

    @Test
    void shouldIgnoreQosLabelsWhenNoQosIsConfigured() {
        SlurmReplay.Result r = SlurmReplay.run(SlurmConfig.uniform(2, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                DEFAULTS), List.of(job(1, 0, 10, 20, 1, 1, "a", "gold"), job(2, 0, 10, 20, 1, 1, "a", "gold")));
        assertTrue(r.rejected.isEmpty());
        assertEquals(0, r.start(2), "no MaxJobsPerUser without QOS");
    }

    @Test
    void shouldGiveALimitHeldJobNoBackfillReservation() {
        // 3 nodes, bf every 30 s. QOS lim has GrpTRES=node=1 and holds n1 with job 1 until 300; job 2
        // (normal) holds n2 until 300. Job 3 (lim, 1 node) is held by the limit; job 4 (normal, 2
        // nodes) is blocked by resources and gets a reservation at 300, which job 5 fits before on n3.
        SlurmConfig c = linear(3, SchedulerType.BACKFILL, SlurmReplay.params(30, 1), Qos.unlimited("normal", 0),
                new Qos("lim", 0, U, U, 1, U));
        List<Job> jobs = List.of(job(1, 0, 300, 300, 1, 1, "a", "lim"), job(2, 0, 300, 300, 1, 1, "b", ""),
                job(3, 1, 10, 100, 1, 1, "a", "lim"), job(4, 2, 10, 100, 2, 2, "b", ""),
                job(5, 3, 10, 100, 1, 1, "b", ""));
        List<Long> reserved = new ArrayList<>();
        SlurmReplay.Result r = SlurmReplay.runNotingReservations(c, jobs, reserved);
        assertTrue(reserved.contains(4L), "the resource-blocked job is reserved for: " + reserved);
        assertTrue(!reserved.contains(3L), "the limit-held job is not: " + reserved);
        assertTrue(r.start(5) < 300, "job 5 is backfilled on n3");
        assertEquals(300, r.start(3));
        assertEquals(300, r.start(4));
    }

    @Test
    void shouldRejectADefaultThatIsNotAQos() {
        assertThrows(IllegalArgumentException.class, () -> QosSetup.of(List.of(Qos.unlimited("a", 0)), "normal"));
        assertThrows(IllegalArgumentException.class,
                () -> QosSetup.of(List.of(Qos.unlimited("a", 0), Qos.unlimited("a", 1)), "a"));
    }
}
