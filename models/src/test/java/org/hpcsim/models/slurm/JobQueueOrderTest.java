package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The queue's order under preempt/qos: sort_job_queue2 puts a job before any job whose QOS its own
 * may preempt, whatever their priorities, and slurmctld sorts its job list (creation order) with
 * glibc's merge sort, so where that is no total order the outcome follows both.
 */
class JobQueueOrderTest {
    private static final int NORMAL = 0;
    private static final int HIGH = 1;
    private static final int LOW = 2;
    private static final List<Partition> ONE_PARTITION = List.of(Partition.of("p", SlurmReplay.nodes(0, 3), true));

    /** QOS high may preempt QOS low. */
    private static boolean[][] highPreemptsLow() {
        boolean[][] t = new boolean[3][3];
        t[HIGH][LOW] = true;
        return t;
    }

    private static SlurmJob job(long id, long seq, int qos, long priority) {
        SlurmJob j = new SlurmJob(SlurmReplay.job(id, 0, 10, 20, 1), new JobRequest(1, 1, 0, true, new int[] {0}, 0),
                seq, qos);
        j.priority[0] = priority;
        return j;
    }

    private static List<Long> order(JobQueue q) {
        return q.inOrder().stream().map(e -> e.job().job.id()).toList();
    }

    @Test
    void shouldPutAJobBeforeOneItMayPreemptWhateverTheirPriorities() {
        JobQueue q = JobQueue.byPriority(ONE_PARTITION, highPreemptsLow());
        q.add(job(1, 0, LOW, 300));
        q.add(job(2, 1, HIGH, 100));
        assertEquals(List.of(2L, 1L), order(q));
        JobQueue plain = JobQueue.byPriority(ONE_PARTITION, null); // another PreemptType: priority alone
        plain.add(job(1, 0, LOW, 300));
        plain.add(job(2, 1, HIGH, 100));
        assertEquals(List.of(1L, 2L), order(plain));
    }

    @Test
    void shouldSortACircleOfPreferencesFromTheJobListsOrderAsGlibcDoes() {
        // P (high, priority 10) goes before V (low, 30), V before N (normal, 20) and N before P by
        // priority: a circle. Created V, N, P: [V] | [N, P] -> [N, P]; V before N: V N P.
        JobQueue q = JobQueue.byPriority(ONE_PARTITION, highPreemptsLow());
        q.add(job(3, 2, HIGH, 10));
        q.add(job(1, 0, LOW, 30));
        q.add(job(2, 1, NORMAL, 20)); // added out of creation order: the sort starts from creation order
        assertEquals(List.of(1L, 2L, 3L), order(q));
        // Created P, V, N: [P] | [V, N] -> [V, N]; P before V: P V N.
        JobQueue other = JobQueue.byPriority(ONE_PARTITION, highPreemptsLow());
        other.add(job(3, 0, HIGH, 10));
        other.add(job(1, 1, LOW, 30));
        other.add(job(2, 2, NORMAL, 20));
        assertEquals(List.of(3L, 1L, 2L), order(other));
        // Created P, N, V: [P] | [N, V] -> [V, N]; P before V: P V N. (A sort that took P N V for
        // one descending run would give V N P.)
        JobQueue third = JobQueue.byPriority(ONE_PARTITION, highPreemptsLow());
        third.add(job(3, 0, HIGH, 10));
        third.add(job(2, 1, NORMAL, 20));
        third.add(job(1, 2, LOW, 30));
        assertEquals(List.of(3L, 1L, 2L), order(third));
    }

    @Test
    void shouldSortAgainWhenAJobStartsSinceWhatIsLeftMaySortOtherwise() {
        // V N P as above; once N starts, slurmctld sorts [V, P] afresh: P may preempt V, so P V.
        JobQueue q = JobQueue.byPriority(ONE_PARTITION, highPreemptsLow());
        SlurmJob n = job(2, 1, NORMAL, 20);
        q.add(job(1, 0, LOW, 30));
        q.add(n);
        q.add(job(3, 2, HIGH, 10));
        assertEquals(List.of(1L, 2L, 3L), order(q));
        n.partition = 0; // started in partition 0
        q.started();
        assertEquals(List.of(3L, 1L), order(q));
    }

    @Test
    void shouldSortByPriorityAgainOnceTheLastPreemptorOrPreempteeStarts() {
        // P V N as above (created P, V, N); once V starts no preemptor waits with a preemptee, and
        // what is left sorts by priority: N (20) before P (10).
        JobQueue q = JobQueue.byPriority(ONE_PARTITION, highPreemptsLow());
        SlurmJob v = job(1, 1, LOW, 30);
        q.add(job(3, 0, HIGH, 10));
        q.add(v);
        q.add(job(2, 2, NORMAL, 20));
        assertEquals(List.of(3L, 1L, 2L), order(q));
        v.partition = 0;
        q.started();
        assertEquals(List.of(2L, 3L), order(q));
    }

    @Test
    void shouldWalkTheJobListUnsortedUnderFifoSched() {
        JobQueue q = JobQueue.jobListOrder(ONE_PARTITION);
        q.add(job(2, 1, HIGH, 10));
        q.add(job(1, 0, LOW, 5)); // the lowest priority, the first created
        q.add(job(3, 2, NORMAL, 30));
        assertEquals(List.of(1L, 2L, 3L), order(q));
    }

    @Test
    void shouldWalkTheJobListOnlyUnderBuiltinWithBasicPrioritiesAndOneTier() {
        SlurmConfig builtin = SlurmConfig.uniform(4, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                SchedulerParams.defaults());
        assertTrue(JobQueue.walksJobList(builtin));
        assertFalse(JobQueue.walksJobList(builtin.withMultifactor(
                new MultifactorSetup(org.hpcsim.models.slurm.priority.MultifactorConfig.defaults(), null))));
        assertFalse(JobQueue.walksJobList(SlurmConfig.uniform(4, 1, SchedulerType.BACKFILL, SelectType.LINEAR,
                SchedulerParams.defaults())));
        assertFalse(JobQueue.walksJobList(SlurmReplay.partitioned(4, SchedulerType.BUILTIN, SchedulerParams.defaults(),
                SlurmReplay.tiered("low", SlurmReplay.nodes(0, 3), true, 1, PreemptMode.OFF),
                SlurmReplay.tiered("high", SlurmReplay.nodes(0, 3), false, 2, PreemptMode.OFF))));
    }
}
