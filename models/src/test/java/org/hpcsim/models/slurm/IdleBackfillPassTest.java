package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.inPartition;
import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.hpcsim.models.slurm.SlurmReplay.nodes;
import static org.hpcsim.models.slurm.SlurmReplay.ticking;
import static org.hpcsim.models.slurm.SlurmReplay.tiered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

/**
 * The backfill thread on a ticking controller runs whenever something changed since its last pass,
 * whether or not a job waits (backfill.c: _more_work, then last_backfill_time set after every
 * pass): a pass with nothing to plan still holds the next one back bf_interval and takes the
 * changes before it as seen.
 */
class IdleBackfillPassTest {
    @Test
    void shouldHoldTheNextPassBfIntervalAfterAPassThatHadNothingToPlan() {
        // bf_interval 30 s on two nodes. Backfill starts jobs 1 and 2 at 1; its pass at 31 finds
        // nothing waiting. Job 1's end at 70 wakes it at 71, again with nothing to plan. Jobs 3 (both
        // nodes) and 4 (one node, done long before job 2's limit) come at 75: the main loop may not
        // pass job 3 in its partition, and backfill may run no sooner than 71 + 30 = 101.
        SlurmConfig c = SlurmConfig.uniform(2, 1, SchedulerType.BACKFILL, SelectType.LINEAR, ticking(30));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 69, 100, 1), job(2, 0, 1000, 2000, 1),
                job(3, 75, 10, 100, 2), job(4, 75, 5, 100, 1)));
        assertEquals(1, r.start(1));
        assertEquals(70, r.end(1));
        assertEquals(101, r.start(4), "not on the tick after its submission (76): the idle pass at 71 holds it");
        assertEquals(1002, r.start(3), "on the tick after job 2's end");
    }

    /** Two nodes shared by {@code low} (requeued when preempted) and {@code high}; {@code side} is a third node. */
    private static SlurmConfig tiers() {
        return SlurmReplay.partitioned(3, SchedulerType.BACKFILL, ticking(1),
                tiered("low", nodes(0, 1), true, 1, PreemptMode.REQUEUE),
                tiered("high", nodes(0, 1), false, 2, PreemptMode.OFF),
                tiered("side", nodes(2, 2), false, 1, PreemptMode.OFF)).withPreemption(Preemption.partitionPrio());
    }

    private static SlurmReplay.Result lowPreemptedThenSide(long sideRun) {
        List<Job> jobs = List.of(inPartition(job(1, 0, 1000, 2000, 2), "low"),
                inPartition(job(2, 10, 100, 200, 2), "high"), inPartition(job(3, 0, sideRun, 2000, 1), "side"));
        return SlurmReplay.run(tiers(), jobs);
    }

    @Test
    void shouldStartARequeuedJobOnThePeriodicPassWhenNothingChangedSinceBackfillsLastPass() {
        // Job 2 preempts job 1 at 11 and runs 11..111; job 1 is eligible 121 s after its requeue, at
        // 132, when backfill has seen the last change (job 2's end) at 112. Its begin time passing is
        // no change, so the sched_interval pass at 180 starts it, as on a real slurmctld 22.05.8 (a
        // job requeued at 22:19:23, eligible at 22:21:24, started by the periodic pass at 22:22:17).
        SlurmReplay.Result r = lowPreemptedThenSide(1000);
        assertEquals(1, r.requeued.size());
        long requeuedAt = r.requeued.get(0).endTime() / SimTime.SECOND;
        assertEquals(11, requeuedAt);
        assertEquals(11, r.start(2));
        assertEquals(111, r.end(2));
        assertEquals(180, r.start(1));
    }

    @Test
    void shouldLetBackfillStartARequeuedJobOnTheFirstChangeAfterItsBeginTime() {
        // As above, with job 3 on the side node ending at 141: backfill runs at 142 and starts job 1.
        SlurmReplay.Result r = lowPreemptedThenSide(140);
        assertEquals(141, r.end(3));
        assertEquals(142, r.start(1));
    }
}
