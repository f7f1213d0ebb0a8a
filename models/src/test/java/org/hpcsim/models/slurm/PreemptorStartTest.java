package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.inPartition;
import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.hpcsim.models.slurm.SlurmReplay.nodes;
import static org.hpcsim.models.slurm.SlurmReplay.ticking;
import static org.hpcsim.models.slurm.SlurmReplay.tiered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

/**
 * On a ticking controller a preemptor starts in the instant its victims leave: their nodes'
 * epilog-complete messages make slurmctld run its main loop at once (schedule(), not a request for
 * the background loop's next tick), and that pass may preempt for the next job in turn. On a real
 * slurmctld 22.05.8 backfill preempted at 22:45:00.172, the main loop allocated the preemptor at
 * .201 and preempted for the next job, allocated at .227.
 */
class PreemptorStartTest {
    /** {@code nodes} one-CPU nodes shared by {@code low} (requeued when preempted) and {@code high}. */
    private static SlurmConfig tiers(int nodes, SchedulerType type) {
        return SlurmReplay.partitioned(nodes, type, ticking(1),
                tiered("low", nodes(0, nodes - 1), true, 1, PreemptMode.REQUEUE),
                tiered("high", nodes(0, nodes - 1), false, 2, PreemptMode.OFF)).withPreemption(Preemption.partitionPrio());
    }

    @Test
    void shouldStartThePreemptorInTheInstantOfThePreemptionUnderBuiltin() {
        // The main loop starts job 1 on the tick at 2 and, on the tick at 11, preempts it for job 2,
        // which starts then, not on a pass batch_sched_delay (3 s) later.
        SlurmReplay.Result r = SlurmReplay.run(tiers(2, SchedulerType.BUILTIN),
                List.of(inPartition(job(1, 0, 1000, 2000, 2), "low"), inPartition(job(2, 10, 100, 200, 2), "high")));
        assertEquals(1, r.requeued.size());
        assertEquals(2 * SimTime.SECOND, r.requeued.get(0).startTime());
        assertEquals(11 * SimTime.SECOND, r.requeued.get(0).endTime());
        assertEquals(11, r.start(2));
    }

    @Test
    void shouldAskForNoLaterPassOfTheBackgroundLoopForAPreemption() {
        // As above on three nodes: job 2 starts at 11 on the pass its victim brings. Job 3 (one node,
        // the free third) comes at 15: the background loop last ran at 11, so its pass comes on the
        // tick at 16; a pass requested for the preemption would have run at 14 and held it to 17.
        SlurmReplay.Result r = SlurmReplay.run(tiers(3, SchedulerType.BUILTIN), List.of(
                inPartition(job(1, 0, 1000, 2000, 2), "low"), inPartition(job(2, 10, 100, 200, 2), "high"),
                inPartition(job(3, 15, 100, 200, 1), "low")));
        assertEquals(11, r.start(2));
        assertEquals(16, r.start(3));
    }

    @Test
    void shouldLetThePassAfterAPreemptionPreemptForTheNextJobInTheSameInstant() {
        // The main loop starts low jobs 1 and 2 (two nodes each) at 2. High jobs 3 and 4 (two
        // nodes each) come at 10.5: the pass at 11 preempts job 1 for job 3 (job 4 waits behind it
        // in its partition); the pass its victim brings starts job 3 and preempts job 2 for job 4;
        // the next starts job 4.
        SlurmReplay.Result r = SlurmReplay.run(tiers(4, SchedulerType.BUILTIN), List.of(
                inPartition(job(1, 0, 1000, 2000, 2), "low"), inPartition(job(2, 0, 1000, 2000, 2), "low"),
                inPartition(at(job(3, 10, 100, 200, 2), 10.5), "high"),
                inPartition(at(job(4, 10, 100, 200, 2), 10.5), "high")));
        assertEquals(2, r.requeued.size());
        for (JobOutcome lost : r.requeued) {
            assertEquals(11 * SimTime.SECOND, lost.endTime());
        }
        assertEquals(11, r.start(3));
        assertEquals(11, r.start(4));
    }

    /** {@code j} submitted at {@code submitSeconds}, to the nanosecond. */
    private static Job at(Job j, double submitSeconds) {
        return new Job(j.id(), Math.round(submitSeconds * SimTime.SECOND), j.runTime(),
                j.requestedTime(), j.processors(), j.nodes(), j.gpus(), j.labels(), j.history(), j.precedingJob(),
                j.thinkTime());
    }
}
