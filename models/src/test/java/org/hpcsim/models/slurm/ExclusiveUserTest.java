package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A partition's ExclusiveUser=YES under select/cons_tres on two 8-CPU nodes: "excl" (ExclusiveUser,
 * the default) and "open" over the same nodes. Jobs of one CPU each, submitted together, would all
 * share the first node without it. The first, second and last cases are what a real slurmctld
 * 22.05.8 did on the same two nodes (scripts/slurm-local, jobs submitted with sbatch --uid).
 */
class ExclusiveUserTest {
    private static Job job(long id, long submit, long run, String user, String partition) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(run * 2), 1, 0, 0,
                new JobLabels(user, "", "", partition, "", "", ""), JobHistory.UNKNOWN, -1, -1);
    }

    private static SlurmConfig cluster(SchedulerType type, boolean exclusiveUser) {
        SchedulerParams params = SchedulerParams.defaults().immediate();
        SlurmConfig u = SlurmConfig.uniform(2, 8, type, SelectType.CONS_TRES, params);
        BitSet all = new BitSet();
        all.set(0, 2);
        return new SlurmConfig(u.nodes(), List.of(Partition.of("excl", all, true).withExclusiveUser(exclusiveUser),
                Partition.of("open", all, false)), type, SelectType.CONS_TRES, params, true, null);
    }

    private static int[] nodes(SlurmReplay.Result r, long id) {
        return r.outcomes.get(id).nodes().nodes();
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void shouldGiveEachUserNodesOfTheirOwnAndLetAUserShareWithThemselves(SchedulerType type) {
        List<Job> jobs = List.of(job(1, 0, 100, "ana", "excl"), job(2, 0, 100, "bo", "excl"),
                job(3, 0, 100, "ana", "excl"), job(4, 0, 100, "cy", "excl"));
        SlurmReplay.Result r = SlurmReplay.run(cluster(type, true), jobs);
        assertArrayEquals(new int[] {0}, nodes(r, 1));
        assertArrayEquals(new int[] {1}, nodes(r, 2), "bo may not share ana's node");
        assertArrayEquals(new int[] {0}, nodes(r, 3), "ana shares with herself");
        long ended = Math.min(r.outcomes.get(1L).endTime(), r.outcomes.get(2L).endTime());
        assertTrue(r.outcomes.get(4L).startTime() >= ended, "cy waits for a node no other user holds");
        SlurmReplay.Result shared = SlurmReplay.run(cluster(type, false), jobs);
        for (long id = 1; id <= 4; id++) {
            assertArrayEquals(new int[] {0}, nodes(shared, id), "without ExclusiveUser all share node 0: job " + id);
        }
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void shouldKeepOtherUsersJobsOfAnyPartitionOffANodeAnExclusiveUserJobOwns(SchedulerType type) {
        // ana's job in excl owns node 0: bo's job in open goes to node 1, ana's own job in open shares node 0.
        SlurmReplay.Result r = SlurmReplay.run(cluster(type, true), List.of(job(1, 0, 100, "ana", "excl"),
                job(2, 1, 100, "bo", "open"), job(3, 2, 100, "ana", "open")));
        assertArrayEquals(new int[] {0}, nodes(r, 1));
        assertArrayEquals(new int[] {1}, nodes(r, 2));
        assertArrayEquals(new int[] {0}, nodes(r, 3));
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void shouldFreeTheNodeForOthersWhenTheOwnersLastJobEnds(SchedulerType type) {
        // ana (excl) owns node 0 for 50 s; bo (open) holds node 1. cy (open) may not use ana's node but
        // may share bo's, which nobody owns. dan (excl) comes at 100 s, when node 0 holds nobody.
        SlurmReplay.Result r = SlurmReplay.run(cluster(type, true), List.of(job(1, 0, 50, "ana", "excl"),
                job(2, 0, 1000, "bo", "open"), job(3, 1, 100, "cy", "open"), job(4, 100, 100, "dan", "excl")));
        assertArrayEquals(new int[] {1}, nodes(r, 2));
        assertArrayEquals(new int[] {1}, nodes(r, 3), "open jobs share a node nobody owns");
        assertArrayEquals(new int[] {0}, nodes(r, 4), "node 0 is free of others once ana's job ended");
        assertEquals(true, r.outcomes.get(4L).startTime() <= SimTime.seconds(102), "dan starts on arrival");
    }

    @org.junit.jupiter.api.Test
    void shouldPlanAnExclusiveUserJobOnlyOnNodesNoOtherUserHoldsNow() {
        // Backfill (22.05) plans cy's 16-CPU job on the nodes no other user holds now: when bo's job
        // ends, only node 1, too few, so cy gets no reservation and dan's long job backfills there.
        // Without ExclusiveUser cy reserves both nodes from ana's limit and dan waits behind it.
        List<Job> jobs = List.of(wide(1, 0, 1000, 8, "ana", "open"), wide(2, 0, 100, 8, "bo", "open"),
                wide(3, 1, 100, 16, "cy", "excl"), wide(4, 2, 1000, 8, "dan", "open"));
        SlurmReplay.Result r = SlurmReplay.run(cluster(SchedulerType.BACKFILL, true), jobs);
        assertTrue(r.outcomes.get(4L).startTime() < r.outcomes.get(1L).endTime(), "dan backfills before ana ends");
        SlurmReplay.Result planned = SlurmReplay.run(cluster(SchedulerType.BACKFILL, false), jobs);
        assertTrue(planned.outcomes.get(4L).startTime() >= planned.outcomes.get(3L).startTime(), "dan waits behind cy");
    }

    private static Job wide(long id, long submit, long run, int cpus, String user, String partition) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(run * 2), cpus, 0, 0,
                new JobLabels(user, "", "", partition, "", "", ""), JobHistory.UNKNOWN, -1, -1);
    }
}
