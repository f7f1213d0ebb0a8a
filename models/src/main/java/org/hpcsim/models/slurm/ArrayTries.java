package org.hpcsim.models.slurm;

/**
 * What one pass of either loop remembers of job arrays. slurmctld keeps an array's tasks that
 * never started in one record, tried task after task, where hpcsim has an entry per task.
 * <ul>
 * <li>The array element it tried last is taken as rejected until one starts (or, in backfill,
 * gets a reservation): a later element of the same array in the same partition is passed over
 * untested and uncounted (job_scheduler.c and backfill.c, reject_array_job). So a record's
 * tasks after the first that cannot start cost no default_queue_depth.</li>
 * <li>Backfill reserves for at most {@code maxReservations} tasks of an array in a row
 * (bf_max_job_array_resv, backfill.c test_array_count): the record's other waiting tasks in
 * that partition are not tried in the pass. With 0 it tries none of them at all.</li>
 * </ul>
 */
final class ArrayTries {
    private final int maxReservations;
    private long rejectedArray = -1;
    private int rejectedPartition = -1;
    /** The array the last reservations were for, and how many in a row. */
    private long reservingArray = -1;
    private int reservations;
    /** The record (array, partition) whose tasks the pass no longer tries, after its last reservation. */
    private long doneArray = -1;
    private int donePartition = -1;

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
        doneArray = -1;
        donePartition = -1;
    }

    /**
     * Whether {@code job}, about to be tried in partition {@code p}, is passed over; when it is not
     * and it is an array element, it is the one taken as rejected from now on.
     */
    boolean passOver(SlurmJob job, int p) {
        if (job.arrayId < 0) {
            return false;
        }
        if (maxReservations == 0 && job.unstartedArray != null) {
            return true; // backfill.c _job_runnable_now: pend_run_tasks (0) >= bf_max_job_array_resv
        }
        if (job.arrayId == rejectedArray && p == rejectedPartition) {
            return true;
        }
        if (job.unstartedArray != null && job.arrayId == doneArray && p == donePartition) {
            return true;
        }
        rejectedArray = job.arrayId;
        rejectedPartition = p;
        return false;
    }

    /** A job started: no element is taken as rejected. */
    void started() {
        rejectedArray = -1;
    }

    /** Backfill reserved for {@code job} in partition {@code p}. */
    void reserved(SlurmJob job, int p) {
        rejectedArray = -1;
        if (job.unstartedArray == null) {
            return; // a record of its own: no next task to try
        }
        if (job.arrayId != reservingArray) {
            reservingArray = job.arrayId;
            reservations = 0;
        }
        if (++reservations >= maxReservations) {
            doneArray = job.arrayId;
            donePartition = p;
        }
    }
}
