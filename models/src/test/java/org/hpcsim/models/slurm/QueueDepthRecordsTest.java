package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/**
 * default_queue_depth counts queue records, one per job and partition it names (build_job_queue):
 * with multi-partition jobs the records can outnumber the depth while the jobs do not, and then
 * only the periodic pass reaches the last ones. Slurm's default controller timing.
 */
class QueueDepthRecordsTest {
    private static Job job(long id, long submit, long run, long limit, String user, String partitions, String qos) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(limit), 1, 1, 0,
                new JobLabels(user, "", "acct", partitions, "", qos, ""), JobHistory.UNKNOWN, -1, -1);
    }

    @Test
    void shouldRunThePeriodicPassWhenRecordsOutnumberTheDepth() {
        // default_queue_depth=2; a = n0, b = n1; QOS g runs one job at a time. Job 2 (g, a and b)
        // waits on GrpJobs, yet its two records count; job 3 (a and b) fails in a, and its record
        // in b is the fourth, which only the full pass at 60 s reaches.
        SchedulerParams d = SchedulerParams.defaults();
        SchedulerParams p = new SchedulerParams(2, d.schedInterval(), d.bfInterval(), d.bfResolution(), d.bfWindow(),
                d.bfMaxJobTest(), 0, d.batchSchedDelay(), d.tick());
        SlurmConfig u = SlurmConfig.uniform(2, 1, SchedulerType.BUILTIN, SelectType.LINEAR, p);
        Partition a = SlurmReplay.tiered("a", SlurmReplay.nodes(0, 0), true, 1, PreemptMode.OFF);
        Partition b = SlurmReplay.tiered("b", SlurmReplay.nodes(1, 1), false, 1, PreemptMode.OFF);
        Qos g = Qos.unlimited("g", 0).withJobs(new QosJobCounts(Qos.UNLIMITED, Qos.UNLIMITED, 1, Qos.UNLIMITED));
        SlurmConfig c = new SlurmConfig(u.nodes(), List.of(a, b), SchedulerType.BUILTIN, SelectType.LINEAR, p, true,
                null).withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), g), "normal"));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 1000, 2000, "r", "a", "g"),
                job(2, 5, 10, 100, "x", "a,b", "g"), job(3, 6, 10, 100, "y", "a,b", "normal")));
        assertEquals(60, r.start(3));
    }
}
