package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.junit.jupiter.api.Test;

/** Hand-made cases of which pending jobs a backfill pass could still start now. */
class StartBoundTest {
    private static final long NOW = SimTime.seconds(1_000);

    private final SlurmCluster cluster = new SlurmCluster(SlurmConfig.uniform(4, 2, SchedulerType.BACKFILL,
            SelectType.LINEAR, SlurmReplay.params(30, 60)));
    private final JobRequests requests = new JobRequests(cluster);
    private final StartBound bound = new StartBound(cluster, new Preemptor(cluster, Preemption.NONE),
            (job, p) -> cluster.partitions.get(p).timeLimitFor(job.request.timeLimit()));
    private final NodeSpace space = new NodeSpace(NOW, NOW + SimTime.seconds(86_400), cluster.up,
            cluster.nodes.size());

    private JobQueue.Entry pending(long id, int nodes, long limitSeconds) {
        SlurmJob job = new SlurmJob(SlurmReplay.job(id, 0, limitSeconds, limitSeconds, nodes),
                requests.of(SlurmReplay.job(id, 0, limitSeconds, limitSeconds, nodes)), id, 0);
        return new JobQueue.Entry(job, 0);
    }

    private static BitSet nodes(int... n) {
        BitSet b = new BitSet();
        for (int i : n) {
            b.set(i);
        }
        return b;
    }

    /** A pass reserves nodes 0 and 1 for ten minutes from 600 s after now. */
    private void reserveFirstTwoNodesFrom600Seconds() {
        bound.collectCandidates();
        bound.readSpace(space);
        long start = NOW + SimTime.seconds(600);
        space.reserve(start, start + SimTime.seconds(600), nodes(0, 1), SimTime.seconds(60));
        bound.reserved(nodes(0, 1), start);
    }

    @Test
    void shouldLetAJobThatEndsBeforeAReservationBeginsStillStart() {
        reserveFirstTwoNodesFrom600Seconds();
        List<JobQueue.Entry> queue = List.of(pending(1, 4, 60), pending(2, 3, 300), pending(3, 3, 900));
        // Job 3 (3 nodes for 15 min) would overlap the reservation on nodes 0-1 and only 2 are left
        // for it; job 2 ends before the reservation begins and may take any 3 of the 4.
        assertEquals(1, bound.lastPossible(queue, 0, 2, NOW));
    }

    @Test
    void shouldCountAReservationBeginningExactlyAtTheJobsEnd() {
        reserveFirstTwoNodesFrom600Seconds();
        // The plan's interval walk (Backfill.plan) takes in an interval that begins exactly at the
        // job's end and stops only after it, so 600 s is too long here.
        List<JobQueue.Entry> queue = List.of(pending(1, 4, 60), pending(2, 3, 599), pending(3, 3, 600));
        assertEquals(1, bound.lastPossible(queue, 0, 2, NOW));
    }

    @Test
    void shouldFindNoneWhenBusyNodesLeaveTooFew() {
        Allocation held = cluster.selector.select(requests.of(SlurmReplay.job(9, 0, 60, 60, 3)),
                cluster.partitionNodes(0), cluster.free);
        cluster.free.take(held);
        bound.collectCandidates();
        bound.readSpace(space);
        List<JobQueue.Entry> queue = List.of(pending(1, 4, 60), pending(2, 2, 60), pending(3, 1, 60));
        assertEquals(2, bound.lastPossible(queue, 0, 2, NOW), "a one-node job fits in the node left");
        assertEquals(0, bound.lastPossible(queue.subList(0, 2), 0, 1, NOW), "two nodes do not fit in one");
    }

    @Test
    void shouldReadMaintenanceWindowsFromTheNodeSpaceAtTheStartOfAPass() {
        long start = NOW + SimTime.seconds(120);
        space.reserve(start, start + SimTime.seconds(3_600), nodes(2, 3), SimTime.seconds(60));
        bound.collectCandidates();
        bound.readSpace(space);
        List<JobQueue.Entry> queue = List.of(pending(1, 4, 60), pending(2, 3, 60), pending(3, 3, 600));
        assertEquals(1, bound.lastPossible(queue, 0, 2, NOW));
    }
}
