package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        JobQueue q = new JobQueue(ONE_PARTITION, highPreemptsLow());
        q.add(job(1, 0, LOW, 300));
        q.add(job(2, 1, HIGH, 100));
        assertEquals(List.of(2L, 1L), order(q));
        JobQueue plain = new JobQueue(ONE_PARTITION, null); // another PreemptType: priority alone
        plain.add(job(1, 0, LOW, 300));
        plain.add(job(2, 1, HIGH, 100));
        assertEquals(List.of(1L, 2L), order(plain));
    }

    @Test
    void shouldSortACircleOfPreferencesFromTheJobListsOrderAsGlibcDoes() {
        // P (high, priority 10) goes before V (low, 30), V before N (normal, 20) and N before P by
        // priority: a circle. Created V, N, P: [V] | [N, P] -> [N, P]; V before N: V N P.
        JobQueue q = new JobQueue(ONE_PARTITION, highPreemptsLow());
        q.add(job(3, 2, HIGH, 10));
        q.add(job(1, 0, LOW, 30));
        q.add(job(2, 1, NORMAL, 20)); // added out of creation order: the sort starts from creation order
        assertEquals(List.of(1L, 2L, 3L), order(q));
        // Created P, V, N: [P] | [V, N] -> [V, N]; P before V: P V N.
        JobQueue other = new JobQueue(ONE_PARTITION, highPreemptsLow());
        other.add(job(3, 0, HIGH, 10));
        other.add(job(1, 1, LOW, 30));
        other.add(job(2, 2, NORMAL, 20));
        assertEquals(List.of(3L, 1L, 2L), order(other));
    }
}
