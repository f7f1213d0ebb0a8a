package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobLinks;
import org.junit.jupiter.api.Test;

/**
 * Where an array's tasks stand in the sorted queue when priority and submit time tie:
 * sort_job_queue2 compares array_task_id, which is NO_VAL for the array's waiting record, so split
 * off tasks go first; the waiting record has an entry per partition, each walked task by task.
 */
class ArrayQueueOrderTest {
    private static final List<Partition> TWO_PARTITIONS = List.of(Partition.of("a", SlurmReplay.nodes(0, 3), true),
            Partition.of("b", SlurmReplay.nodes(0, 3), false));

    private static Job task(int index) {
        return SbatchDependencyTest.linked(SlurmReplay.job(ArrayTaskIds.of(8, index), 0, 10, 20, 1),
                JobLinks.NONE.asTask(8, index, 0));
    }

    /** A job {@code q} creates, naming {@code partitions}, with priority 5 in each. */
    private static SlurmJob created(JobQueue q, Job job, int... partitions) {
        SlurmJob j = q.create(job, new JobRequest(1, 1, 0, true, partitions, 0), -1);
        java.util.Arrays.fill(j.priority, 5);
        q.add(j);
        return j;
    }

    /** Each entry as its task index (or job id) and partition name. */
    private static List<String> entries(JobQueue q) {
        return q.inOrder().stream().map(e -> label(e.job()) + TWO_PARTITIONS.get(e.partition()).name()).toList();
    }

    private static String label(SlurmJob j) {
        return j.arrayTask >= 0 ? "t" + j.arrayTask : Long.toString(j.job.id());
    }

    private static void start(JobQueue q, SlurmJob job) {
        job.partition = 0;
        q.started(job);
    }

    @Test
    void shouldWalkTheWaitingRecordAPartitionAtATimeAfterItsSplitOffTasks() {
        JobQueue q = JobQueue.byPriority(TWO_PARTITIONS, null);
        SlurmJob[] t = new SlurmJob[4];
        for (int i = 0; i < 4; i++) {
            t[i] = created(q, task(i), 0, 1);
        }
        assertEquals(List.of("t0a", "t1a", "t2a", "t3a", "t0b", "t1b", "t2b", "t3b"), entries(q));
        // Task 3 starts and is put back (its submit time kept): a task of its own now, ahead of
        // the record, which goes on with tasks 0 to 2.
        start(q, t[3]);
        q.readd(t[3]);
        assertEquals(List.of("t3a", "t3b", "t0a", "t1a", "t2a", "t0b", "t1b", "t2b"), entries(q));
    }

    @Test
    void shouldSortTheLastWaitingTaskAsATaskOfItsOwn() {
        // Tasks 0 and 2 start, leaving task 1 alone in the record: job_array_split gives it its
        // index, so task 2, put back, follows it.
        JobQueue q = JobQueue.byPriority(TWO_PARTITIONS, null);
        SlurmJob[] t = new SlurmJob[3];
        for (int i = 0; i < 3; i++) {
            t[i] = created(q, task(i), 0);
        }
        start(q, t[0]);
        start(q, t[2]);
        q.readd(t[2]);
        assertEquals(List.of("t1a", "t2a"), entries(q));
    }

    /** A queue under priority/basic holding {@code jobs}, created in that order. */
    private static JobQueue basic(Job... jobs) {
        JobQueue q = JobQueue.byPriority(TWO_PARTITIONS, null);
        BasicPriorities basic = new BasicPriorities();
        for (Job j : jobs) {
            SlurmJob s = q.create(j, new JobRequest(1, 1, 0, true, new int[] {0}, 0), -1);
            basic.created(s);
            q.add(s);
        }
        return q;
    }

    @Test
    void shouldKeepAnArraysTasksInOneRecordWithOnePriorityWhenATraceListsThemApart() {
        // priority/basic: task 0, job 9 and task 1 created in that order (one second of a trace).
        // The tasks share the record and its priority, so job 9 comes after both.
        assertEquals(List.of("t0a", "t1a", "9a"), entries(basic(task(0), SlurmReplay.job(9, 0, 10, 20, 1), task(1))));
        // A task submitted later is a record of its own, with a priority of its own.
        Job late = SbatchDependencyTest.linked(SlurmReplay.job(ArrayTaskIds.of(8, 1), 5, 10, 20, 1),
                JobLinks.NONE.asTask(8, 1, 0));
        assertEquals(List.of("t0a", "9a", "t1a"), entries(basic(task(0), SlurmReplay.job(9, 0, 10, 20, 1), late)));
    }
}
