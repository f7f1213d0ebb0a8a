package org.hpcsim.models.slurm;

import java.util.HashMap;
import java.util.Map;

/**
 * Places in slurmctld's job list, the order fifo_sched's main loop walks and preempt/qos's merge
 * sort starts from. Each job record is appended as it is created (job_mgr.c _create_job_record).
 * A job array's tasks that have not started are one record, placed where the array was submitted.
 * When one of them starts, it keeps that record and the tasks still waiting move to a record
 * appended at the list's end (job_array_split, from select_nodes' job_array_post_sched). On a real
 * slurmctld 22.05.8 under sched/builtin, a 2-node job submitted after a 3-task array on 2 nodes
 * went ahead of the array's second task once the first had started: a node stayed idle 12 s
 * for it rather than take that task. When a split leaves one task waiting, slurmctld gives that
 * record the task's index (job_mgr.c job_array_split: "This is the last task of the job array"),
 * so it sorts as a task of its own ({@link ArrayRecord#lastTask}). The record sets the list place
 * and the queue order only: each task still has its queue entries (see {@link JobQueue} and
 * {@link ArrayTries} for how they stand for one record).
 * Not modelled: the splits slurmctld makes as it builds a queue, for aftercorr dependencies
 * (job_scheduler.c, correspond_after_task_cnt) and for accrue limits (acct_policy.c).
 */
final class JobListPlaces {
    /** The record an array's waiting tasks share. */
    static final class ArrayRecord {
        private long place;
        private final long submit;
        private int waiting;
        private boolean split;
        /** The record's preemption marks, which its tasks share. */
        final PreemptMarks marks = new PreemptMarks();
        /** The record's priority under priority/basic, which its tasks keep; set by the first. */
        long basicPriority = Long.MIN_VALUE;

        private ArrayRecord(long place, long submit) {
            this.place = place;
            this.submit = submit;
        }

        long place() {
            return place;
        }

        /** How many of the array's tasks it still holds (array_recs->task_cnt). */
        int waiting() {
            return waiting;
        }

        /**
         * Whether it holds the one task a split left, which has its index as its array_task_id:
         * no longer the array's head record in slurmctld's queue order.
         */
        boolean lastTask() {
            return split && waiting == 1;
        }
    }

    private long next;
    /** By array id, the record of each array with tasks waiting that never started (looked up, never walked). */
    private final Map<Long, ArrayRecord> records = new HashMap<>();

    /**
     * Places {@code job}, just created: at the end, or in its array's record while that holds
     * tasks submitted with it (sbatch --array creates them at once; a trace lists them with one
     * submit time, maybe among other jobs of that second). A task of another submit time starts a
     * record of its own: slurmctld never adds to a record.
     */
    void created(SlurmJob job) {
        if (job.arrayId < 0) {
            job.listPlace = next++;
            return;
        }
        ArrayRecord record = records.get(job.arrayId);
        if (record == null || record.submit != job.submit) {
            record = new ArrayRecord(next++, job.submit);
            records.put(job.arrayId, record);
        }
        record.waiting++;
        job.unstartedArray = record;
    }

    /**
     * {@code job} starts: a waiting array task takes its record's place, and the others move to the
     * end. Returns whether any may have moved (a task cancelled while held still counts).
     */
    boolean started(SlurmJob job) {
        ArrayRecord record = job.unstartedArray;
        if (record == null) {
            return false;
        }
        job.listPlace = record.place;
        job.leaveRecord();
        record.place = next++;
        record.split = true;
        if (--record.waiting == 0) {
            records.remove(job.arrayId, record);
            return false;
        }
        return true;
    }
}
