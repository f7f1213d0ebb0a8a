package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/**
 * bf_max_job_user, bf_max_job_part, bf_min_age_reserve and bf_job_part_count_reserve on four
 * whole nodes under backfill. Job 1 (bo) holds two nodes until 100 s. Job 2 (ana, three nodes,
 * limit 60 s) reserves three nodes from 100 s; job 3 (ana, four nodes) reserves all four from 160
 * s; job 4 (cy, one node, limit 300 s) could start now on the node job 2 leaves, but job 3's
 * reservation is in its way. Each limit takes job 3's reservation away, and job 4 starts at once.
 */
class BackfillLimitsTest {
    private static Job job(long id, long submit, long run, long limit, int nodes, String user, String partition) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(limit), nodes, nodes, 0,
                new JobLabels(user, "", "", partition, "", "", ""), JobHistory.UNKNOWN, -1, -1);
    }

    private static SlurmReplay.Result run(BackfillLimits limits, String job4Partition) {
        SchedulerParams params = SlurmReplay.params(1, 1).withBackfillLimits(limits);
        SlurmConfig u = SlurmConfig.uniform(4, 1, SchedulerType.BACKFILL, SelectType.LINEAR, params);
        BitSet all = new BitSet();
        all.set(0, 4);
        SlurmConfig config = new SlurmConfig(u.nodes(), List.of(Partition.of("a", all, true), Partition.of("b", all,
                false)), SchedulerType.BACKFILL, SelectType.LINEAR, params, true, null);
        return SlurmReplay.run(config, List.of(job(1, 0, 100, 100, 2, "bo", "a"), job(2, 1, 50, 60, 3, "ana", "a"),
                job(3, 1, 50, 60, 4, "ana", "a"), job(4, 1, 200, 300, 1, "cy", job4Partition)));
    }

    private static boolean job4StartsAtOnce(SlurmReplay.Result r) {
        return r.outcomes.get(4L).startTime() < SimTime.seconds(100);
    }

    @Test
    void shouldLeaveJob4BehindJob3sReservationWithoutLimits() {
        assertTrue(!job4StartsAtOnce(run(BackfillLimits.NONE, "a")));
    }

    @Test
    void shouldSkipAUsersJobsPastBfMaxJobUser() {
        assertTrue(job4StartsAtOnce(run(new BackfillLimits(1, 0, 0, 0, 0, 0, 0), "a")), "job 3 is ana's second");
        assertTrue(!job4StartsAtOnce(run(new BackfillLimits(2, 0, 0, 0, 0, 0, 0), "a")));
    }

    @Test
    void shouldSkipAPartitionsJobsPastBfMaxJobPart() {
        assertTrue(job4StartsAtOnce(run(new BackfillLimits(0, 1, 0, 0, 0, 0, 0), "b")), "job 4 is b's first");
        assertTrue(!job4StartsAtOnce(run(new BackfillLimits(0, 2, 0, 0, 0, 0, 0), "b")));
    }

    @Test
    void shouldSkipAUsersJobsInAPartitionPastBfMaxJobUserPartAndAssoc() {
        assertTrue(job4StartsAtOnce(run(new BackfillLimits(0, 0, 1, 0, 0, 0, 0), "a")));
        assertTrue(job4StartsAtOnce(run(new BackfillLimits(0, 0, 0, 1, 0, 0, 0), "a")));
    }

    @Test
    void shouldReserveForNoJobYoungerThanBfMinAgeReserve() {
        assertTrue(job4StartsAtOnce(run(new BackfillLimits(0, 0, 0, 0, SimTime.seconds(600), 0, 0), "a")));
    }

    @Test
    void shouldStopReservingInAPartitionAfterBfJobPartCountReserve() {
        assertTrue(job4StartsAtOnce(run(new BackfillLimits(0, 0, 0, 0, 0, 0, 1), "a")), "job 2 had the one");
        assertTrue(!job4StartsAtOnce(run(new BackfillLimits(0, 0, 0, 0, 0, 0, 2), "a")));
    }
}
