package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * MaxCPUsPerNode: the jobs of a partition hold at most that many CPUs of any node together under
 * select/cons_tres, leaving the rest to the other partitions sharing the node; select/linear does
 * not apply it.
 */
class MaxCpusPerNodeTest {
    /** A job of {@code cpus} CPUs (no node count) in {@code partition}, optionally --exclusive. */
    private static Job job(long id, long submit, long run, int cpus, String partition) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(600), cpus, 0, 0,
                new JobLabels("u", "", "", partition, "", "", ""), JobHistory.UNKNOWN, -1, -1);
    }

    /** One 8-CPU node in "cpu" (MaxCPUsPerNode=6, default) and "gpu" (no limit). */
    private static SlurmConfig cluster(SchedulerType type, SelectType select) {
        SchedulerParams params = SchedulerParams.defaults().immediate();
        SlurmConfig u = SlurmConfig.uniform(1, 8, type, select, params);
        BitSet node = new BitSet();
        node.set(0);
        Partition cpu = Partition.of("cpu", node, true).withMaxCpusPerNode(6);
        Partition gpu = Partition.of("gpu", node, false);
        return new SlurmConfig(u.nodes(), List.of(cpu, gpu), type, select, params, true, null);
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void shouldHoldAJobThatWouldPassTheLimitThoughCpusAreFree(SchedulerType type) {
        // Job 1 takes 4 of cpu's 6; job 2 (cpu, 3 CPUs) would pass 6 and waits for job 1's end at 100,
        // though 4 CPUs of the node are free.
        SlurmReplay.Result r = SlurmReplay.run(cluster(type, SelectType.CONS_TRES), List.of(job(1, 0, 100, 4, "cpu"),
                job(2, 1, 50, 3, "cpu")));
        assertEquals(0, r.start(1));
        assertEquals(100, r.start(2), "cpu's jobs may hold 6 CPUs of the node together");
        assertEquals(3, r.outcomes.get(2L).allocatedCores());
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void shouldLeaveTheCpusAboveTheLimitToOtherPartitions(SchedulerType type) {
        // cpu's job 1 holds its 6; gpu's job 2 takes the other 2 at once.
        SlurmReplay.Result r = SlurmReplay.run(cluster(type, SelectType.CONS_TRES), List.of(job(1, 0, 100, 6, "cpu"),
                job(2, 1, 50, 2, "gpu")));
        assertEquals(1, r.start(2));
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void shouldCountOnlyThePartitionsOwnJobs(SchedulerType type) {
        // gpu's job 1 takes 2 CPUs; cpu's job 2 still gets 6 (its limit), 8 in all.
        SlurmReplay.Result r = SlurmReplay.run(cluster(type, SelectType.CONS_TRES), List.of(job(1, 0, 100, 2, "gpu"),
                job(2, 1, 50, 6, "cpu")));
        assertEquals(1, r.start(2));
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void shouldNeverRunAJobAskingMoreThanTheLimitOnTheOnlyNode(SchedulerType type) {
        SlurmReplay.Result r = SlurmReplay.run(cluster(type, SelectType.CONS_TRES), List.of(job(1, 0, 100, 7, "cpu"),
                job(2, 1, 10, 1, "cpu")));
        assertTrue(r.outcomes.get(1L) == null, "7 CPUs in cpu can never run: " + r.rejected);
        assertEquals(1, r.rejected.size(), r.rejected.toString());
        assertEquals(1, r.start(2));
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void shouldNeverGiveAWholeNodeOverTheLimitToAnExclusiveJob(SchedulerType type) {
        // cons_tres: "Total cpu count greater than max_cpus_per_node on exclusive job": the 8-CPU
        // node is never cpu's to give whole; in gpu (no limit) the same job runs.
        Job exclusive = new Job(1, 0, SimTime.seconds(10), SimTime.seconds(600), 1, 1, 0,
                new JobLabels("u", "", "", "cpu", "", "", ""), JobHistory.UNKNOWN, -1, -1,
                new SubmitOptions(new ResourceOptions("", "", 0, 0, 0, 0, true), JobLinks.NONE));
        SlurmReplay.Result r = SlurmReplay.run(cluster(type, SelectType.CONS_TRES), List.of(exclusive));
        assertEquals(1, r.rejected.size(), r.rejected.toString());
        Job inGpu = new Job(1, 0, SimTime.seconds(10), SimTime.seconds(600), 1, 1, 0,
                new JobLabels("u", "", "", "cpu,gpu", "", "", ""), JobHistory.UNKNOWN, -1, -1, exclusive.options());
        r = SlurmReplay.run(cluster(type, SelectType.CONS_TRES), List.of(inGpu));
        assertEquals("gpu", r.outcomes.get(1L).partition());
        assertEquals(8, r.outcomes.get(1L).allocatedCores());
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void shouldNotApplyUnderSelectLinear(SchedulerType type) {
        // select/linear hands out whole nodes and ignores MaxCPUsPerNode (only cons_tres reads it).
        SlurmReplay.Result r = SlurmReplay.run(cluster(type, SelectType.LINEAR), List.of(job(1, 0, 100, 8, "cpu")));
        assertEquals(0, r.start(1));
        assertEquals(8, r.outcomes.get(1L).allocatedCores());
    }
}
