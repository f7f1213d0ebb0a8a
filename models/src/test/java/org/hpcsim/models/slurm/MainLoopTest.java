package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.inPartition;
import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.hpcsim.models.slurm.SlurmReplay.nodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

class MainLoopTest {
    private static final SchedulerParams DEFAULTS = SchedulerParams.defaults().immediate();

    @Test
    void shouldHoldEveryLaterJobOfAPartitionBehindItsBlockedHead() {
        // 4 nodes: job 1 takes 3, job 2 wants 4 (blocked), job 3 wants 1 and would fit.
        SlurmReplay.Result r = SlurmReplay.run(SlurmReplay.uniform(4, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                DEFAULTS), List.of(job(1, 0, 100, 200, 3), job(2, 1, 10, 200, 4), job(3, 2, 10, 200, 1)));
        assertEquals(0, r.start(1));
        assertEquals(100, r.start(2));
        assertEquals(110, r.start(3), "strict priority order within the partition: no job passes the blocked head");
    }

    @Test
    void shouldStartJobsOfAnotherPartitionWhileOneIsBlocked() {
        SlurmConfig c = SlurmReplay.partitioned(4, SchedulerType.BUILTIN, DEFAULTS,
                Partition.of("a", nodes(0, 1), true), Partition.of("b", nodes(2, 3), false));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(inPartition(job(1, 0, 100, 200, 2), "a"),
                inPartition(job(2, 1, 10, 200, 1), "a"), inPartition(job(3, 2, 10, 200, 1), "b")));
        assertEquals(100, r.start(2));
        assertEquals(2, r.start(3), "partition b is not held up by a's blocked job");
    }

    @Test
    void shouldWithholdABlockedPartitionsNodesFromOverlappingPartitions() {
        // Partition "all" overlaps "small": once small's head is blocked, its nodes are off limits
        // to later jobs of "all" in the same pass, though "all" itself is not failed.
        SlurmConfig c = SlurmReplay.partitioned(4, SchedulerType.BUILTIN, DEFAULTS,
                Partition.of("small", nodes(0, 1), true), Partition.of("all", nodes(0, 3), false));
        List<Job> jobs = List.of(inPartition(job(1, 0, 100, 200, 3), "all"),
                inPartition(job(2, 1, 10, 200, 2), "small"), inPartition(job(3, 1, 10, 200, 1), "all"));
        SlurmReplay.Result r = SlurmReplay.run(c, jobs);
        // Job 1 holds n1..n3; node n4 is free but in no failed partition's set only after small fails.
        assertEquals(1, r.start(3), "node 4 lies outside small, so job 3 may still take it");
        assertEquals(100, r.start(2));
    }

    @Test
    void shouldLeaveJobsPastTheQueueDepthToThePeriodicFullPass() {
        // default_queue_depth 2: a pass triggered by an event tests 3 jobs (job_depth++ > limit).
        SchedulerParams p = new SchedulerParams(2, SimTime.seconds(60), DEFAULTS.bfInterval(),
                DEFAULTS.bfResolution(), DEFAULTS.bfWindow(), DEFAULTS.bfMaxJobTest(), 0, 0, 0);
        List<Job> jobs = new ArrayList<>();
        jobs.add(job(1, 0, 1000, 2000, 10)); // fills the cluster
        for (int i = 2; i <= 6; i++) {
            jobs.add(job(i, 1, 100, 200, 1));
        }
        SlurmReplay.Result r = SlurmReplay.run(SlurmReplay.uniform(10, 1, SchedulerType.BUILTIN, SelectType.LINEAR, p),
                jobs);
        // At t=1000 job 1 ends: the event-triggered pass tests depth+1 = 3 jobs, starting 2, 3, 4;
        // nothing else happens until 1100, but the full-queue pass every 60 s comes at 1020.
        assertEquals(1000, r.start(2));
        assertEquals(1000, r.start(4));
        assertEquals(1020, r.start(5), "past default_queue_depth: waits for the sched_interval pass at 1020");
        assertEquals(1020, r.start(6));
    }

    @Test
    void shouldKillAJobAtItsTimeLimitPlusOverTimeLimit() {
        SchedulerParams p = new SchedulerParams(100, DEFAULTS.schedInterval(), DEFAULTS.bfInterval(),
                DEFAULTS.bfResolution(), DEFAULTS.bfWindow(), 500, SimTime.seconds(120), 0, 0);
        SlurmReplay.Result r = SlurmReplay.run(SlurmReplay.uniform(2, 1, SchedulerType.BUILTIN, SelectType.LINEAR, p),
                List.of(job(1, 0, 1000, 300, 1), job(2, 0, 100, 300, 1)));
        assertEquals(420, r.end(1), "killed at 300 s limit + 2 min OverTimeLimit");
        assertTrue(r.outcomes.get(1L).killedAtLimit());
        assertEquals(100, r.end(2));
    }

    @Test
    void shouldRejectAJobNoPartitionCanEverRun() {
        SlurmReplay.Result r = SlurmReplay.run(SlurmReplay.uniform(2, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                DEFAULTS), List.of(job(1, 0, 10, 20, 3), job(2, 0, 10, 20, 2)));
        assertEquals(1, r.rejected.size());
        assertTrue(r.rejected.get(0).startsWith("1: "), r.rejected.toString());
        assertEquals(0, r.start(2));
    }

    @Test
    void shouldRefuseAJobNamingNoPartitionWhenNoneIsTheDefault() {
        // job_mgr.c: with no Default=YES partition, a job that names none gets
        // ESLURM_DEFAULT_PARTITION_NOT_SET at submission; one that names a partition runs.
        SlurmConfig c = SlurmReplay.partitioned(2, SchedulerType.BUILTIN, DEFAULTS,
                SlurmReplay.tiered("a", SlurmReplay.nodes(0, 1), false, 1, PreemptMode.OFF));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 10, 20, 1),
                SlurmReplay.inPartition(job(2, 0, 10, 20, 1), "a")));
        assertEquals(List.of("1: " + JobRequests.NO_DEFAULT_PARTITION), r.rejected);
        assertEquals(0, r.start(2));
    }

    @Test
    void shouldKillAJobItsTraceSaysTimedOutRatherThanEndItAtItsRecordedTime() {
        // A 60 s limit, a recorded run of 75 s. Started at 2 (the first tick after batch_sched_delay),
        // its limit ends at 62 and the time-limit test at 90 kills it. Recorded as TIMEOUT, the run is
        // what the real kill left: the job would have gone on, so it is killed at 90 here too.
        // Recorded as completed, it ends at 77, before that test.
        Job timedOut = job(1, 0, 75, 60, 1);
        timedOut = new Job(1, timedOut.submitTime(), timedOut.runTime(), timedOut.requestedTime(), 1, 1, 0,
                timedOut.labels(), new org.hpcsim.models.workload.JobHistory(-1,
                org.hpcsim.models.workload.JobStatus.TIMEOUT, -1, -1, -1, -1), -1, -1);
        SlurmConfig c = SlurmReplay.uniform(1, 1, SchedulerType.BUILTIN, SelectType.LINEAR, SchedulerParams.defaults());
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(timedOut));
        assertEquals(2, r.start(1));
        assertEquals(90, r.end(1));
        assertTrue(r.outcomes.get(1L).killedAtLimit());
        SlurmReplay.Result plain = SlurmReplay.run(c, List.of(job(1, 0, 75, 60, 1)));
        assertEquals(77, plain.end(1));
        assertTrue(!plain.outcomes.get(1L).killedAtLimit());
    }
}
