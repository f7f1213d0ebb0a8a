package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A partition's MinNodes (job_mgr.c _valid_job_part): a job that fixes no node count is raised to
 * the least MinNodes of its partitions, with a CPU on each node at least; one that fixes fewer nodes
 * never runs where MinNodes is more.
 */
class MinNodesTest {
    private static Job job(long id, int cpus, int nodes, String partition) {
        return new Job(id, 0, SimTime.seconds(10), SimTime.seconds(600), cpus, nodes, 0,
                new JobLabels("u", "", "", partition, "", "", ""), JobHistory.UNKNOWN, -1, -1);
    }

    /** Four 8-CPU nodes: "wide" (MinNodes=2, default) over all, "narrow" (no minimum) over the last two. */
    private static SlurmConfig cluster(SchedulerType type, SelectType select) {
        SchedulerParams params = SchedulerParams.defaults().immediate();
        SlurmConfig u = SlurmConfig.uniform(4, 8, type, select, params);
        BitSet all = new BitSet();
        all.set(0, 4);
        BitSet last = new BitSet();
        last.set(2, 4);
        return new SlurmConfig(u.nodes(), List.of(Partition.of("wide", all, true).withMinNodes(2),
                Partition.of("narrow", last, false)), type, select, params, true, null);
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void shouldRaiseAJobWithoutANodeCountToMinNodes(SchedulerType type) {
        SlurmReplay.Result r = SlurmReplay.run(cluster(type, SelectType.CONS_TRES), List.of(job(1, 1, 0, "wide")));
        assertEquals(2, r.outcomes.get(1L).allocatedUnits(), "1 CPU asked, 2 nodes given");
        assertEquals(2, r.outcomes.get(1L).allocatedCores(), "a CPU on each node");
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void shouldNeverRunAJobThatFixedFewerNodesThere(SchedulerType type) {
        SlurmReplay.Result r = SlurmReplay.run(cluster(type, SelectType.LINEAR), List.of(job(1, 1, 1, "wide"),
                job(2, 1, 1, "wide,narrow")));
        assertEquals(List.of("1: requests more than partition wide can ever give (nodes, CPUs, GPUs or MaxTime), or"
                + " fewer nodes than its MinNodes=2"), r.rejected);
        assertEquals("narrow", r.outcomes.get(2L).partition());
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void shouldTakeTheLeastMinNodesOfTheJobsPartitions(SchedulerType type) {
        // wide,narrow: the least MinNodes is 0, so the job stays at one node and may run only in narrow.
        SlurmReplay.Result r = SlurmReplay.run(cluster(type, SelectType.CONS_TRES), List.of(job(1, 4, 0, "wide,narrow")));
        assertEquals("narrow", r.outcomes.get(1L).partition());
        assertEquals(1, r.outcomes.get(1L).allocatedUnits());
    }
}
