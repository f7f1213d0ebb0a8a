package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobLinks;
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
        return job(id, seq, qos, priority, 0);
    }

    /** A job that names {@code partitions}, in that order, with {@code priority} in each. */
    private static SlurmJob job(long id, long seq, int qos, long priority, int... partitions) {
        SlurmJob j = new SlurmJob(SlurmReplay.job(id, 0, 10, 20, 1), new JobRequest(1, 1, 0, true, partitions, 0),
                seq, qos);
        Arrays.fill(j.priority, priority);
        return j;
    }

    private static List<Long> order(JobQueue q) {
        return q.inOrder().stream().map(e -> e.job().job.id()).toList();
    }

    /** Each entry as its job id and partition name. */
    private static List<String> entries(JobQueue q, List<Partition> partitions) {
        return q.inOrder().stream().map(e -> e.job().job.id() + partitions.get(e.partition()).name()).toList();
    }

    /** A queue under preempt/qos (high may preempt low) holding {@code jobs}, added in that order. */
    private static JobQueue preemptQos(SlurmJob... jobs) {
        return holding(JobQueue.byPriority(ONE_PARTITION, highPreemptsLow()), jobs);
    }

    private static JobQueue holding(JobQueue q, SlurmJob... jobs) {
        for (SlurmJob j : jobs) {
            q.add(j);
        }
        return q;
    }

    /** {@code job} starts (in partition 0): the queue drops it the next time it is read. */
    private static void start(JobQueue q, SlurmJob job) {
        job.partition = 0;
        q.started(job);
    }

    @Test
    void shouldPutAJobBeforeOneItMayPreemptWhateverTheirPriorities() {
        assertEquals(List.of(2L, 1L), order(preemptQos(job(1, 0, LOW, 300), job(2, 1, HIGH, 100))));
        JobQueue plain = JobQueue.byPriority(ONE_PARTITION, null); // another PreemptType: priority alone
        assertEquals(List.of(1L, 2L), order(holding(plain, job(1, 0, LOW, 300), job(2, 1, HIGH, 100))));
    }

    @Test
    void shouldSortACircleOfPreferencesFromTheJobListsOrderAsGlibcDoes() {
        // P (high, priority 10) goes before V (low, 30), V before N (normal, 20) and N before P by
        // priority: a circle. Created V, N, P: [V] | [N, P] -> [N, P]; V before N: V N P. (Added
        // out of creation order: the sort starts from creation order.)
        assertEquals(List.of(1L, 2L, 3L),
                order(preemptQos(job(3, 2, HIGH, 10), job(1, 0, LOW, 30), job(2, 1, NORMAL, 20))));
        // Created P, V, N: [P] | [V, N] -> [V, N]; P before V: P V N.
        assertEquals(List.of(3L, 1L, 2L),
                order(preemptQos(job(3, 0, HIGH, 10), job(1, 1, LOW, 30), job(2, 2, NORMAL, 20))));
        // Created P, N, V: [P] | [N, V] -> [V, N]; P before V: P V N. (A sort that took P N V for
        // one descending run would give V N P.)
        assertEquals(List.of(3L, 1L, 2L),
                order(preemptQos(job(3, 0, HIGH, 10), job(2, 1, NORMAL, 20), job(1, 2, LOW, 30))));
    }

    @Test
    void shouldStartTheMergeSortFromEachJobsPartitionsByTierWhateverOrderItNamedThem() {
        List<Partition> lowHigh = List.of(
                SlurmReplay.tiered("low", SlurmReplay.nodes(0, 3), true, 1, PreemptMode.OFF),
                SlurmReplay.tiered("high", SlurmReplay.nodes(0, 3), false, 2, PreemptMode.OFF));
        int low = 0;
        int high = 1;
        // V (QOS low) and N (QOS normal) in high; P (QOS high, may preempt V) names both. All of
        // priority 10, so the total order is tier, then job id. slurmctld's job list holds P's
        // partitions by tier (submission sorted them): [1high, 2high, 2low, 3high] -> [2high,
        // 1high] | [3high, 2low] -> 2high 1high 3high 2low. From the order P named them, low
        // first: [1high, 2low] | [2high, 3high] -> [2low, 1high] | [2high, 3high] -> 2high 3high
        // 2low 1high, where N would go before V.
        for (int[] named : new int[][] {{low, high}, {high, low}}) {
            JobQueue q = holding(JobQueue.byPriority(lowHigh, highPreemptsLow()), job(1, 0, LOW, 10, high),
                    job(2, 1, HIGH, 10, named), job(3, 2, NORMAL, 10, high));
            assertEquals(List.of("2high", "1high", "3high", "2low"), entries(q, lowHigh));
        }
    }

    /** A job {@code q} creates (so it has its job-list place), with {@code priority}. */
    private static SlurmJob created(JobQueue q, Job job, int qos, long priority) {
        SlurmJob j = q.create(job, new JobRequest(1, 1, 0, true, new int[] {0}, 0), qos);
        j.priority[0] = priority;
        return j;
    }

    @Test
    void shouldMergeSortAnArraysWaitingTasksAsOneRecord() {
        // Array 1 (QOS low, priority 2, three tasks), then job 2 (QOS high, may preempt low, 1),
        // jobs 3 and 4 (normal, 0) and job 5 (normal, 2). slurmctld sorts five records:
        // [A, 2] | [3, 4, 5] -> [2, A] | [5, 3, 4] -> 5 2 A 3 4. Sorting the three tasks as three
        // entries gave 1_0 1_1 1_2 5 2 3 4.
        JobQueue q = JobQueue.byPriority(ONE_PARTITION, highPreemptsLow());
        List<SlurmJob> jobs = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            jobs.add(created(q, SbatchDependencyTest.linked(SlurmReplay.job(ArrayTaskIds.of(1, t), 0, 10, 20, 1),
                    JobLinks.NONE.asTask(1, t, 0)), LOW, 2));
        }
        jobs.add(created(q, SlurmReplay.job(2, 0, 10, 20, 1), HIGH, 1));
        jobs.add(created(q, SlurmReplay.job(3, 0, 10, 20, 1), NORMAL, 0));
        jobs.add(created(q, SlurmReplay.job(4, 0, 10, 20, 1), NORMAL, 0));
        jobs.add(created(q, SlurmReplay.job(5, 0, 10, 20, 1), NORMAL, 2));
        jobs.forEach(q::add);
        assertEquals(List.of(5L, 2L, ArrayTaskIds.of(1, 0), ArrayTaskIds.of(1, 1), ArrayTaskIds.of(1, 2), 3L, 4L),
                order(q));
    }

    /** The order of {@code jobs}, then the order once {@code jobs[started]} has started. */
    private static void assertOrderAroundAStart(List<Long> before, List<Long> after, int started, SlurmJob... jobs) {
        JobQueue q = preemptQos(jobs);
        assertEquals(before, order(q));
        start(q, jobs[started]);
        assertEquals(after, order(q));
    }

    @Test
    void shouldSortAgainWhenAJobStartsSinceWhatIsLeftMaySortOtherwise() {
        // V N P as above; once N starts, slurmctld sorts [V, P] afresh: P may preempt V, so P V.
        assertOrderAroundAStart(List.of(1L, 2L, 3L), List.of(3L, 1L), 1,
                job(1, 0, LOW, 30), job(2, 1, NORMAL, 20), job(3, 2, HIGH, 10));
        // P V N (created P, V, N); once V starts no preemptor waits with a preemptee, and what is
        // left sorts by priority alone: N (20) before P (10).
        assertOrderAroundAStart(List.of(3L, 1L, 2L), List.of(2L, 3L), 1,
                job(3, 0, HIGH, 10), job(1, 1, LOW, 30), job(2, 2, NORMAL, 20));
    }

    @Test
    void shouldWalkTheJobListUnsortedUnderFifoSched() {
        // the first created has the lowest priority
        JobQueue q = holding(JobQueue.jobListOrder(ONE_PARTITION), job(2, 1, HIGH, 10), job(1, 0, LOW, 5),
                job(3, 2, NORMAL, 30));
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
