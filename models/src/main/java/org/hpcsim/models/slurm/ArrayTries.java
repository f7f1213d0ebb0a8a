package org.hpcsim.models.slurm;

/**
 * What one pass of either loop remembers of job arrays. slurmctld keeps an array's tasks that
 * never started in one record, with one queue entry per partition, and tries that record task
 * after task (next_task), where hpcsim has an entry per task and partition.
 * <ul>
 * <li>The array element it tried last is taken as rejected until one starts (or, in backfill,
 * gets a reservation): a later element of the same array in the same partition is passed over
 * untested and uncounted (job_scheduler.c and backfill.c, reject_array_job). So a record's
 * tasks after the first that cannot start cost no default_queue_depth.</li>
 * <li>In backfill, the task after one that started or got a reservation is the same queue entry
 * going on ({@link #continuesChain}): the checks slurmctld makes as it takes an entry from the
 * queue (bf_max_job_test, the QOS job counts, preempt_in_progress) are not made again.</li>
 * <li>Backfill reserves for at most {@code maxReservations} tasks of an array in a row, and for
 * no more than its record still holds (bf_max_job_array_resv and task_cnt, backfill.c
 * test_array_count): the record's other waiting tasks in that partition are then not tried in
 * the pass. The count goes on across the array's partitions while no other array reserves, so
 * each later partition gets one try once the cap is reached. With 0 backfill tries none of a
 * record's tasks at all (_job_runnable_now: pend_run_tasks, 0, is not below the cap).</li>
 * </ul>
 */
final class ArrayTries {
    private final int maxReservations;
    private long rejectedArray = -1;
    private int rejectedPartition = -1;
    /** The array the last reservations were for, and how many in a row. */
    private long reservingArray = -1;
    private int reservations;
    /** The record whose tasks the pass no longer tries in {@code donePartition}, after its last reservation. */
    private JobListPlaces.ArrayRecord doneRecord;
    private int donePartition = -1;
    /** The record whose next task in {@code chainPartition} continues the entry just tried, else null. */
    private JobListPlaces.ArrayRecord chainRecord;
    private int chainPartition = -1;

    /** Tries of the main loop (no reservations) or of backfill, capped at {@code maxReservations}. */
    ArrayTries(int maxReservations) {
        this.maxReservations = maxReservations;
    }

    /** A new pass. */
    void reset() {
        rejectedArray = -1;
        rejectedPartition = -1;
        reservingArray = -1;
        reservations = 0;
        doneRecord = null;
        donePartition = -1;
        chainRecord = null;
        chainPartition = -1;
    }

    /**
     * Whether {@code job}, pending and next in the queue, is in partition {@code p} the next task
     * of the record whose task before it just started or got a reservation there; call once per
     * pending entry, before the other tests: any other entry ends the chain.
     */
    boolean continuesChain(SlurmJob job, int p) {
        boolean continues = job.unstartedArray != null && job.unstartedArray == chainRecord && p == chainPartition;
        chainRecord = null;
        return continues;
    }

    /**
     * Whether {@code job}'s entry in partition {@code p} is not tried at all: it is a task of a
     * record whose entry there was used up by the reservation cap, or backfill tries no waiting
     * task (a cap of 0).
     */
    boolean untried(SlurmJob job, int p) {
        if (job.unstartedArray == null) {
            return false;
        }
        return maxReservations == 0 || job.unstartedArray == doneRecord && p == donePartition;
    }

    /**
     * Whether {@code job}, about to be tried in partition {@code p}, is passed over as an element of
     * an array already rejected there; when it is not and it is an array element, it is the one
     * taken as rejected from now on.
     */
    boolean rejected(SlurmJob job, int p) {
        if (job.arrayId < 0) {
            return false;
        }
        if (job.arrayId == rejectedArray && p == rejectedPartition) {
            return true;
        }
        rejectedArray = job.arrayId;
        rejectedPartition = p;
        return false;
    }

    /**
     * A job started in partition {@code p}; {@code from} is the record it was a waiting task of,
     * null for any other job. No element is taken as rejected, and the record's next waiting task
     * there, if any, continues the entry.
     */
    void started(JobListPlaces.ArrayRecord from, int p) {
        rejectedArray = -1;
        if (from != null && from.waiting() > 0) {
            chainRecord = from;
            chainPartition = p;
        }
    }

    /** Backfill reserved for {@code job} in partition {@code p}. */
    void reserved(SlurmJob job, int p) {
        rejectedArray = -1;
        JobListPlaces.ArrayRecord record = job.unstartedArray;
        if (record == null) {
            return; // a record of its own: no next task to try
        }
        if (job.arrayId != reservingArray) {
            reservingArray = job.arrayId;
            reservations = 0;
        }
        if (++reservations < Math.min(maxReservations, record.waiting())) {
            chainRecord = record;
            chainPartition = p;
        } else {
            doneRecord = record;
            donePartition = p;
        }
    }
}
