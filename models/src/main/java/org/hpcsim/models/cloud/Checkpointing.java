package org.hpcsim.models.cloud;

/**
 * Periodic checkpoints of a job's work: after every {@code interval} of work the job spends
 * {@code overhead} saving it, so a run cut short resumes from its last completed checkpoint.
 * Times are nanoseconds; an interval of 0 means no checkpoints (a failed job starts over).
 *
 * @param interval work between checkpoints
 * @param overhead time one checkpoint takes
 */
public record Checkpointing(long interval, long overhead) {
    /** No checkpoints. */
    public static final Checkpointing NONE = new Checkpointing(0, 0);

    /** Validates the times. */
    public Checkpointing {
        if (interval < 0 || overhead < 0 || (interval == 0 && overhead != 0)) {
            throw new IllegalArgumentException("checkpoint interval and overhead must be 0 or more (overhead needs an interval)");
        }
    }

    /**
     * How long {@code work} takes to run, checkpoints included: one after every whole interval
     * of work that is not the end of the job.
     */
    public long duration(long work) {
        if (interval == 0 || work <= 0) {
            return work;
        }
        return work + (work - 1) / interval * overhead;
    }

    /** Work saved by checkpoints completed within {@code elapsed} of a run that began with {@code work} to do. */
    public long saved(long elapsed, long work) {
        if (interval == 0) {
            return 0;
        }
        long done = elapsed / (interval + overhead);
        return Math.min(work, done * interval);
    }

    /** Run time of {@code elapsed} that produced no saved work: all of it without checkpoints. */
    public long lost(long elapsed, long work) {
        if (interval == 0) {
            return elapsed;
        }
        long checkpoints = saved(elapsed, work) / interval;
        return elapsed - checkpoints * (interval + overhead);
    }
}
