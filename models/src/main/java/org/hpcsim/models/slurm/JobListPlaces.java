package org.hpcsim.models.slurm;

import org.hpcsim.models.workload.JobLinks;

/**
 * Places in slurmctld's job list, the order fifo_sched's main loop walks and preempt/qos's merge
 * sort starts from. Each job record is appended as it is created (job_mgr.c _create_job_record).
 * A job array's tasks that have not started are one record, placed where the array was submitted.
 * When one of them starts, it keeps that record and the tasks still waiting move to a record
 * appended at the list's end (job_array_split, from select_nodes' job_array_post_sched). On a real
 * slurmctld 22.05.8 under sched/builtin, a 2-node job submitted after a 3-task array on 2 nodes
 * went ahead of the array's second task once the first had started: a node stayed idle 12 s
 * for it rather than take that task. The record sets the list place only: each task still has its
 * queue entries (see {@link JobQueue} and {@link ArrayTries} for how they stand for one record).
 * Not modelled: the splits slurmctld makes as it builds a queue, for aftercorr dependencies
 * (job_scheduler.c, correspond_after_task_cnt) and for accrue limits (acct_policy.c).
 */
final class JobListPlaces {
    /** The record an array's waiting tasks share. */
    static final class ArrayRecord {
        private long place;
        private int waiting;
        /** The record's priority under priority/basic, which its tasks keep; set by the first. */
        long basicPriority = Long.MIN_VALUE;

        private ArrayRecord(long place) {
            this.place = place;
        }

        long place() {
            return place;
        }
    }

    private long next;
    /** The record the last job created joined, when it was an array task, and that array's id. */
    private ArrayRecord lastRecord;
    private long lastArrayId = -1;

    /**
     * Places {@code job}, just created: at the end, or in its array's record, which the tasks
     * submitted together with it share (sbatch --array creates them at once; a trace lists them
     * together).
     */
    void created(SlurmJob job) {
        JobLinks links = job.job.options().links();
        if (!links.inArray()) {
            job.listPlace = next++;
            lastRecord = null;
            return;
        }
        if (lastRecord == null || lastArrayId != links.arrayJobId()) {
            lastRecord = new ArrayRecord(next++);
            lastArrayId = links.arrayJobId();
        }
        lastRecord.waiting++;
        job.unstartedArray = lastRecord;
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
        job.unstartedArray = null;
        record.place = next++;
        return --record.waiting > 0;
    }
}
