package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/**
 * The QOS flags PartitionMaxNodes, PartitionMinNodes and PartitionTimeLimit lift a partition's
 * MaxNodes, MinNodes and MaxTime for the QOS's jobs (job_mgr.c _valid_job_part).
 */
class QosPartitionOverridesTest {
    /** Four 4-CPU nodes in one partition: MaxNodes=2, MinNodes=2, MaxTime=10 min. */
    private static SlurmConfig cluster() {
        SchedulerParams params = SchedulerParams.defaults().immediate();
        SlurmConfig u = SlurmConfig.uniform(4, 4, SchedulerType.BACKFILL, SelectType.CONS_TRES, params);
        BitSet all = new BitSet();
        all.set(0, 4);
        Partition p = new Partition("p", all, true, 1, 1, SimTime.MINUTE * 10, -1, 2, PreemptMode.OFF).withMinNodes(2);
        Qos free = Qos.unlimited("free", 0).withFlags(new QosFlags(false, false, false, true, true, true));
        return new SlurmConfig(u.nodes(), List.of(p), SchedulerType.BACKFILL, SelectType.CONS_TRES, params, true, null)
                .withQos(QosSetup.of(List.of(Qos.unlimited("normal", 0), free), "normal"));
    }

    private static Job job(long id, int cpus, int nodes, long limitMinutes, String qos) {
        return new Job(id, 0, SimTime.seconds(30), SimTime.MINUTE * limitMinutes, cpus, nodes, 0,
                new JobLabels("u", "", "", "", "", qos, ""), JobHistory.UNKNOWN, -1, -1);
    }

    @Test
    void shouldHoldTheNormalQosToThePartitionsLimits() {
        SlurmReplay.Result r = SlurmReplay.run(cluster(), List.of(job(1, 3, 3, 5, "normal"),
                job(2, 1, 0, 20, "normal"), job(3, 1, 0, 5, "normal")));
        assertEquals(2, r.rejected.size(), "3 nodes over MaxNodes, 20 min over MaxTime: " + r.rejected);
        assertEquals(2, r.outcomes.get(3L).allocatedUnits(), "raised to MinNodes");
    }

    @Test
    void shouldLiftThemForAQosWithTheFlags() {
        SlurmReplay.Result r = SlurmReplay.run(cluster(), List.of(job(1, 3, 3, 5, "free"), job(2, 1, 0, 20, "free"),
                job(3, 1, 0, 5, "free")));
        assertEquals(List.of(), r.rejected);
        assertEquals(3, r.outcomes.get(1L).allocatedUnits(), "PartitionMaxNodes");
        assertEquals(SimTime.MINUTE * 20, r.outcomes.get(2L).job().requestedTime(), "PartitionTimeLimit");
        assertEquals(1, r.outcomes.get(3L).allocatedUnits(), "PartitionMinNodes: not raised");
    }
}
