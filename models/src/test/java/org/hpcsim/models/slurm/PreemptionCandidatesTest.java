package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.nodes;
import static org.hpcsim.models.slurm.SlurmReplay.tiered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** Which running jobs a pending job may preempt, seen through backfill's plans (select/cons_tres, 4-CPU nodes). */
class PreemptionCandidatesTest {
    @Test
    void shouldLeaveAPreemptableJobOffThePreemptorsPartitionInTheWillRunTestsList() {
        // high (tier 3, n2-n7) preempts mid (tier 2, n0-n5). Job 13 (mid) runs on n0-n1 only, so it
        // is no candidate of job 11 (high): slurmctld lists as candidates only running jobs that hold
        // a node of the preemptor's partition. It stays in the will-run test's list of running jobs,
        // where the first batch of ends (job_test.c, _will_run_test) takes job 10 out, peeks at job
        // 13's end (771 s) within its window, passes over 13 and takes out job 12: job 11 plans
        // at job 12's end (1,569 s, 1,565 at bf_resolution 5 s). Before job 13 starts it plans at
        // job 10's end (733 s, 730). Taken for a candidate, job 13 would leave the list and job 11
        // would plan at 730 s.
        SchedulerParams p = SlurmReplay.params(7, 5);
        SlurmConfig u = SlurmConfig.uniform(8, 4, SchedulerType.BACKFILL, SelectType.CONS_TRES, p);
        List<Partition> parts = List.of(tiered("mid", nodes(0, 5), true, 2, PreemptMode.REQUEUE),
                tiered("high", nodes(2, 7), false, 3, PreemptMode.OFF));
        SlurmConfig c = new SlurmConfig(u.nodes(), parts, SchedulerType.BACKFILL, SelectType.CONS_TRES, p, true, null)
                .withPreemption(Preemption.partitionPrio());
        List<Job> jobs = List.of(inPartition(SlurmReplay.cpuJob(10, 528, 205, 205, 18), "high"),
                inPartition(SlurmReplay.job(11, 529, 378, 1134, 3), "high"),
                inPartition(SlurmReplay.job(12, 537, 342, 1026, 2), "high"),
                inPartition(SlurmReplay.job(13, 574, 197, 197, 2), "mid"));
        // job 11's planned start in each backfill pass, by the pass's time
        List<String> plans = new ArrayList<>();
        long[] pass = {0};
        SlurmController controller = new SlurmController(c, new ListJobSource(jobs), true, new SlurmReplay.Result());
        controller.listen(new BackfillListener() {
            @Override
            public void passStarted(long now) {
                pass[0] = now / SimTime.SECOND;
            }

            @Override
            public void reserved(SlurmJob job, long start, long end, BitSet reservedNodes) {
                plans.add(pass[0] + ": " + job.job.id() + " at " + start / SimTime.SECOND);
            }
        });
        controller.run();
        assertEquals(List.of("529: 11 at 730", "536: 11 at 730", "543: 11 at 730", "550: 11 at 730",
                "574: 11 at 1565", "581: 11 at 1565"), plans);
    }

    private static Job inPartition(Job job, String partition) {
        return SlurmReplay.inPartition(job, partition);
    }
}
