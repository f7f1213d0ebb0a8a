package org.hpcsim.models.workload;

/**
 * Job ids of array tasks. slurmctld gives every task of an array a job id of its own (JobIDRaw)
 * and shows it as {@code <array job id>_<task index>} (job_mgr.c, _create_job_array). A trace read
 * row by row cannot know which ids are still free, so a task's own id is derived from its array
 * and index, above every id an ordinary job has: {@link #BASE} + array id x {@link #STRIDE} + index.
 */
public final class ArrayTaskIds {
    /**
     * Room for each array's indexes: slurm.conf(5) caps MaxArraySize at 4000001, so indexes stay
     * below 4000001 &lt; 2^22.
     */
    public static final long STRIDE = 1L << 22;
    /** Task ids start here; ordinary job ids must stay below it. */
    public static final long BASE = 1L << 60;
    /** Largest index a task may have (MaxArraySize's ceiling minus one, slurm.conf(5)). */
    public static final int MAX_INDEX = 4_000_000;
    /** Largest array job id: slurmctld's job ids are 32-bit (uint32_t job_id). */
    public static final long MAX_ARRAY_ID = 0xFFFF_FFFFL;

    private ArrayTaskIds() {}

    /** The own job id of task {@code index} of array {@code arrayJobId}. */
    public static long of(long arrayJobId, int index) {
        if (arrayJobId < 0 || arrayJobId > MAX_ARRAY_ID || index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("array task " + arrayJobId + "_" + index + " is out of range (job id"
                    + " 0.." + MAX_ARRAY_ID + ", index 0.." + MAX_INDEX + ")");
        }
        return BASE + arrayJobId * STRIDE + index;
    }

    /** How sacct and squeue show a job: {@code 123_4} for a task of array 123, else its id. */
    public static String display(Job job) {
        JobLinks l = job.options().links();
        return l.inArray() ? l.arrayJobId() + "_" + l.arrayTaskId() : Long.toString(job.id());
    }

    /** How a job id reads: {@code 123_4} for an id {@link #of} made, else the number. */
    public static String display(long id) {
        return id < BASE ? Long.toString(id) : arrayOf(id) + "_" + indexOf(id);
    }

    /** The array job id of a task id {@link #of} made, else -1. */
    public static long arrayOf(long id) {
        return id < BASE ? -1 : (id - BASE) / STRIDE;
    }

    /** The index of a task id {@link #of} made, else -1. */
    public static int indexOf(long id) {
        return id < BASE ? -1 : (int) ((id - BASE) % STRIDE);
    }
}
