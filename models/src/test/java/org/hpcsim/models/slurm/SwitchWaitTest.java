package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.junit.jupiter.api.Test;

/** --switches=count@max-time through the controller: a job waits for few enough leaf switches, then takes any. */
class SwitchWaitTest {
    /** Eight one-CPU nodes, leaves s0 = n1-n4 and s1 = n5-n8 under one root; every job asks --switches=1@wait. */
    private static SlurmConfig cluster(SelectType select, long waitSeconds, long maxSwitchWaitSeconds) {
        SchedulerParams p = SlurmReplay.params(30, 1).withMaxSwitchWait(SimTime.seconds(maxSwitchWaitSeconds));
        SwitchTree tree = SwitchTree.builder(8).leaf("s0", 0, 1, 2, 3).leaf("s1", 4, 5, 6, 7).upper("root", "s0", "s1")
                .build();
        return SlurmReplay.uniform(8, 1, SchedulerType.BACKFILL, select, p).withTopology(tree)
                .withSwitches(new SwitchRequest(1, SimTime.seconds(waitSeconds)));
    }

    /** Jobs 1 and 2 take three nodes of each leaf; job 3 wants two nodes, and only n4 and n8 are free. */
    private static List<org.hpcsim.models.workload.Job> jobs(long firstRun) {
        return List.of(job(1, 0, firstRun, 2000, 3), job(2, 0, 1500, 2000, 3), job(3, 0, 100, 200, 2));
    }

    @Test
    void shouldWaitUntilOneLeafHasRoom() {
        for (SelectType select : SelectType.values()) {
            SlurmReplay.Result r = SlurmReplay.run(cluster(select, 600, 300), jobs(100));
            assertEquals(100, r.start(3), select + ": starts under s0 when job 1 ends, not at once on n4 and n8");
            assertEquals(1, r.outcomes.get(3L).leafSwitches());
            assertEquals(1, r.outcomes.get(1L).leafSwitches());
        }
    }

    @Test
    void shouldTakeAnyLeavesOnceMaxSwitchWaitHasPassed() {
        // Tested first at 0, so the wait ends at 300; the sched_interval pass (every 60 s) starts it then.
        SlurmReplay.Result r = SlurmReplay.run(cluster(SelectType.LINEAR, 600, 300), jobs(1000));
        assertEquals(300, r.start(3));
        assertEquals(2, r.outcomes.get(3L).leafSwitches());
    }

    @Test
    void shouldWaitNoLongerThanTheJobAsked() {
        SlurmReplay.Result r = SlurmReplay.run(cluster(SelectType.CONS_TRES, 90, 300), jobs(1000));
        assertEquals(120, r.start(3), "the wait ends at 90; the next sched_interval pass is at 120");
    }

    @Test
    void shouldIgnoreSwitchesWithoutATree() {
        SlurmConfig noTree = cluster(SelectType.LINEAR, 600, 300).withTopology(null);
        assertEquals(0, SlurmReplay.run(noTree, jobs(1000)).start(3));
    }
}
