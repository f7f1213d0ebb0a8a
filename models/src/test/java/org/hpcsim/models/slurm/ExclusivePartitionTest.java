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

/** A partition with OverSubscribe=EXCLUSIVE gives its jobs whole nodes under cons_tres; others share. */
class ExclusivePartitionTest {
    private static Job job(long id, long submit, long run, String partition) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(600), 1, 1, 0,
                new JobLabels("u", "", "", partition, "", "", ""), JobHistory.UNKNOWN, -1, -1);
    }

    /** Two 4-CPU nodes under cons_tres: "shared" (n1, default) and "whole" (n2, OverSubscribe=EXCLUSIVE). */
    private static SlurmConfig cluster(SchedulerType type) {
        SchedulerParams params = SchedulerParams.defaults().immediate();
        SlurmConfig u = SlurmConfig.uniform(2, 4, type, SelectType.CONS_TRES, params);
        BitSet first = new BitSet();
        first.set(0);
        BitSet second = new BitSet();
        second.set(1);
        Partition shared = Partition.of("shared", first, true);
        Partition whole = new Partition("whole", second, false, 1, 1, Long.MAX_VALUE, -1, Integer.MAX_VALUE,
                PreemptMode.OFF, "", PartitionAccess.ALL, true);
        return new SlurmConfig(u.nodes(), List.of(shared, whole), type, SelectType.CONS_TRES, params, true, null);
    }

    @ParameterizedTest
    @EnumSource(SchedulerType.class)
    void shouldGiveWholeNodesInTheExclusivePartitionOnly(SchedulerType type) {
        // Job 1 (1 CPU) in "whole" holds all 4 CPUs of n2, so job 2 there waits for its end at 100.
        // Job 3 names whole,shared: n2 is busy, so it runs in shared on 1 CPU, beside job 4.
        SlurmReplay.Result r = SlurmReplay.run(cluster(type), List.of(job(1, 0, 100, "whole"),
                job(2, 1, 10, "whole"), job(3, 2, 300, "whole,shared"), job(4, 3, 300, "shared")));
        assertEquals(4, r.outcomes.get(1L).allocatedCores());
        assertEquals(100, r.start(2));
        assertEquals(4, r.outcomes.get(2L).allocatedCores());
        assertEquals("shared", r.outcomes.get(3L).partition());
        assertEquals(1, r.outcomes.get(3L).allocatedCores(), "shared nodes stay shared for a job naming both");
        assertEquals(3, r.start(4), "job 4 shares n1 with job 3");
    }
}
