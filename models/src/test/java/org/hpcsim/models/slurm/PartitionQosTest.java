package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/**
 * A partition's QOS (slurm.conf QOS=) on hand-worked schedules: its limits bind every job run in
 * the partition, each limit comes from the first QOS that sets it (the partition's, or the job's
 * under OverPartQOS), and a running job counts in both.
 */
class PartitionQosTest {
    private static final SchedulerParams DEFAULTS = SchedulerParams.defaults().immediate();
    private static final long U = Qos.UNLIMITED;

    /** A job of {@code nodes} one-CPU nodes by {@code user} in {@code partition} and {@code qos}. */
    private static Job job(long id, long submit, long run, long limit, int nodes, String user, String partition,
                           String qos) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(limit), nodes, nodes, 0,
                new JobLabels(user, "", "acct", partition, "", qos, ""), JobHistory.UNKNOWN, -1, -1);
    }

    private static Partition partition(String name, int from, int to, boolean isDefault, String qos) {
        BitSet nodes = new BitSet();
        nodes.set(from, to + 1);
        return new Partition(name, nodes, isDefault, 1, 1, Long.MAX_VALUE, -1, Integer.MAX_VALUE, PreemptMode.OFF,
                qos);
    }

    /** 8 one-CPU nodes: "batch" (0-3, default, no QOS) and "debug" (4-7, QOS dq). */
    private static SlurmConfig cluster(Qos... qos) {
        SlurmConfig u = SlurmConfig.uniform(8, 1, SchedulerType.BUILTIN, SelectType.LINEAR, DEFAULTS);
        List<Qos> all = new ArrayList<>(List.of(Qos.unlimited("normal", 0)));
        all.addAll(List.of(qos));
        return new SlurmConfig(u.nodes(), List.of(partition("batch", 0, 3, true, ""),
                partition("debug", 4, 7, false, "dq")), SchedulerType.BUILTIN, SelectType.LINEAR, DEFAULTS, true, null)
                .withQos(QosSetup.of(all, "normal"));
    }

    private static QosJobCounts counts(long perUser, long perAccount, long grp, long submitPerUser) {
        return new QosJobCounts(perUser, perAccount, grp, submitPerUser);
    }

    @Test
    void shouldHoldJobsOfAnyQosByThePartitionQosGrpJobs() {
        // dq: GrpJobs=1. Job 1 (normal) runs in debug; job 2 (normal, debug) waits for its end at 100
        // though three debug nodes are free; job 3 in batch starts at once.
        Qos dq = Qos.unlimited("dq", 0).withJobs(counts(U, U, 1, U));
        SlurmReplay.Result r = SlurmReplay.run(cluster(dq), List.of(job(1, 0, 100, 200, 1, "a", "debug", ""),
                job(2, 1, 10, 200, 1, "b", "debug", ""), job(3, 2, 10, 200, 1, "c", "batch", "")));
        assertEquals(2, r.start(3));
        assertEquals(100, r.start(2), "the partition QOS's GrpJobs counts jobs of every QOS");
    }

    @Test
    void shouldTakeEachLimitFromThePartitionQosFirstAndTheJobQosOverPartQos() {
        // dq: MaxJobsPerUser=2; the job's QOS g: MaxJobsPerUser=1. In debug the partition QOS's 2
        // wins: jobs 1 and 2 of one user run together. With OverPartQOS on g, g's 1 wins: job 2 waits.
        Qos dq = Qos.unlimited("dq", 0).withJobs(QosJobCounts.perUser(2));
        Qos g = Qos.unlimited("g", 0).withJobs(QosJobCounts.perUser(1));
        List<Job> jobs = List.of(job(1, 0, 100, 200, 1, "a", "debug", "g"), job(2, 1, 10, 200, 1, "a", "debug", "g"));
        assertEquals(1, SlurmReplay.run(cluster(dq, g), jobs).start(2));
        Qos over = g.withFlags(new QosFlags(false, false, true));
        assertEquals(100, SlurmReplay.run(cluster(dq, over), jobs).start(2));
    }

    @Test
    void shouldApplyTheJobQosOnTheTresThePartitionQosLeavesUnset() {
        // dq limits GrpTRES node=3, g limits cpu=2: in debug both bind, each on its TRES. Jobs 1
        // (2 nodes) and 2 (1 node) fit dq's 3 nodes but not g's 2 CPUs: job 2 waits for job 1's end.
        Qos dq = new Qos("dq", 0, null, new TresLimit(U, 3, U), null, null, U, null, null, null, null);
        Qos g = new Qos("g", 0, null, new TresLimit(2, U, U), null, null, U, null, null, null, null);
        SlurmReplay.Result r = SlurmReplay.run(cluster(dq, g), List.of(job(1, 0, 100, 200, 2, "a", "debug", "g"),
                job(2, 1, 10, 200, 1, "b", "debug", "g"), job(3, 2, 10, 200, 1, "c", "debug", "")));
        assertEquals(2, r.start(3), "a normal job meets dq's node limit only: 3 nodes in use");
        assertEquals(100, r.start(2), "g's GrpTRES cpu=2 still binds in debug");
    }

    @Test
    void shouldCountAJobInItsQosWhicheverPartitionItRunsIn() {
        // g: GrpJobs=1. Job 1 (g) runs in debug and counts in g as well as dq; job 2 (g) in batch waits.
        Qos dq = Qos.unlimited("dq", 0);
        Qos g = Qos.unlimited("g", 0).withJobs(counts(U, U, 1, U));
        SlurmReplay.Result r = SlurmReplay.run(cluster(dq, g), List.of(job(1, 0, 100, 200, 1, "a", "debug", "g"),
                job(2, 1, 10, 200, 1, "a", "batch", "g")));
        assertEquals(100, r.start(2));
    }

    @Test
    void shouldHoldByThePartitionQosGrpTresMinsWhatItsRunningJobsStillHold() {
        // dq: GrpTRESMins cpu=10 (priority/basic: no usage, only what running jobs hold). Job 1 holds
        // 1 CPU x 6 min; job 2's 6 more would pass 10: it waits for job 1's end at 100. Job 3 in
        // batch is not dq's.
        Qos dq = Qos.unlimited("dq", 0).withGrpTresMins(new TresLimit(10, U, U));
        SlurmReplay.Result r = SlurmReplay.run(cluster(dq), List.of(job(1, 0, 100, 360, 1, "a", "debug", ""),
                job(2, 1, 10, 360, 1, "b", "debug", ""), job(3, 2, 10, 360, 1, "c", "batch", "")));
        assertEquals(2, r.start(3));
        assertEquals(100, r.start(2));
    }

    @Test
    void shouldDropAPartitionWhoseQosCouldNeverRunTheJob() {
        // dq: MaxWall 1 min. A 10-minute job naming debug alone is refused; one naming debug,batch runs
        // in batch; one asking no time limit gets dq's minute in debug.
        Qos dq = Qos.unlimited("dq", 0).withMaxWall(SimTime.MINUTE);
        SlurmReplay.Result r = SlurmReplay.run(cluster(dq), List.of(job(1, 0, 30, 600, 1, "a", "debug", ""),
                job(2, 0, 30, 600, 1, "a", "debug,batch", ""), job(3, 0, 300, 0, 1, "a", "debug", "")));
        assertEquals(List.of("1: QOS dq can never run it (QOSMaxWallDurationPerJobLimit: time limit over MaxWall)"),
                r.rejected);
        assertEquals("batch", r.outcomes.get(2L).partition());
        assertEquals("debug", r.outcomes.get(3L).partition());
        assertTrue(r.outcomes.get(3L).killedAtLimit(), "the job without a limit got dq's MaxWall of one minute");
        assertEquals(60, r.end(3) - r.start(3));
    }

    @Test
    void shouldCountSubmissionsInThePartitionQosUntilTheJobEnds() {
        // dq: MaxSubmitJobsPerUser=1. Alice's second debug job at 5 is refused while her first runs;
        // her third at 150, after the first ended at 100, is accepted; Bob's is his first.
        Qos dq = Qos.unlimited("dq", 0).withJobs(counts(U, U, U, 1));
        SlurmReplay.Result r = SlurmReplay.run(cluster(dq), List.of(job(1, 0, 100, 200, 1, "alice", "debug", ""),
                job(2, 5, 10, 200, 1, "alice", "debug", ""), job(3, 6, 10, 200, 1, "bob", "debug", ""),
                job(4, 150, 10, 200, 1, "alice", "debug", "")));
        assertEquals(List.of("2: QOS dq refuses the submission (QOSMaxSubmitJobPerUserLimit)"), r.rejected);
        assertEquals(150, r.start(4));
    }

    @Test
    void shouldReleaseTheSubmitCountOfPartitionsAJobDidNotStartIn() {
        // dq: MaxSubmitJobsPerUser=1. Alice's job 2 names debug,batch and counts in dq while pending;
        // debug's nodes are all Bob's, so it starts in batch, where dq no longer counts it, and her
        // debug job 3 is accepted.
        Qos dq = Qos.unlimited("dq", 0).withJobs(counts(U, U, U, 1));
        SlurmReplay.Result r = SlurmReplay.run(cluster(dq), List.of(job(1, 0, 100, 200, 4, "bob", "debug", ""),
                job(2, 1, 100, 200, 1, "alice", "debug,batch", ""), job(3, 5, 10, 200, 1, "alice", "debug", "")));
        assertEquals(List.of(), r.rejected);
        assertEquals("batch", r.outcomes.get(2L).partition());
        assertEquals(100, r.start(3));
    }

    @Test
    void shouldRefuseAPartitionQosThatIsNoQos() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cluster());
        assertEquals("partition debug has QOS dq, which is not among the QOS", e.getMessage());
    }
}
