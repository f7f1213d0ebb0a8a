package org.hpcsim.models.slurm;

import org.hpcsim.core.SimTime;

/**
 * SchedulerParameters that bound what one backfill pass does per user, association and partition
 * (slurm.conf(5), 22.05; backfill.c _job_exceeds_max_bf_param and _attempt_backfill). Counts are
 * per pass and per queue record (a job and one partition it may run in); 0 means no limit.
 *
 * @param maxJobUser          bf_max_job_user: jobs of one user a pass tests
 * @param maxJobPart          bf_max_job_part: jobs of one partition a pass tests
 * @param maxJobUserPart      bf_max_job_user_part: jobs of one user in one partition a pass tests
 * @param maxJobAssoc         bf_max_job_assoc: jobs of one association (account and user) a pass tests
 * @param minAgeReserve       bf_min_age_reserve in nanoseconds: a job pending (since it became
 *                            eligible) for less may start but gets no reservation
 * @param minPrioReserve      bf_min_prio_reserve: a job of lower priority may start but gets no reservation
 * @param jobPartCountReserve bf_job_part_count_reserve: reservations a pass makes per partition;
 *                            later jobs of the partition may start but get none
 * @param maxJobStart         bf_max_job_start: jobs a pass starts, after which it ends
 * @param nodeSpaceSize       bf_node_space_size: records of the pass's node_space table (0: as many
 *                            as bf_max_job_test); a reservation that finds the table full is not
 *                            made and the pass ends (see {@link NodeSpaceRecords})
 * @param maxJobArrayResv     bf_max_job_array_resv: tasks of one job array a pass reserves for in a row
 *                            (default 20; see {@link ArrayTries})
 */
public record BackfillLimits(int maxJobUser, int maxJobPart, int maxJobUserPart, int maxJobAssoc, long minAgeReserve,
                             long minPrioReserve, int jobPartCountReserve, int maxJobStart, int nodeSpaceSize,
                             int maxJobArrayResv) {
    /** backfill.c, 22.05: BF_MAX_JOB_ARRAY_RESV, bf_max_job_array_resv's default. */
    public static final int DEFAULT_MAX_JOB_ARRAY_RESV = 20;
    /** backfill.c, 22.05: MAX_BF_MAX_JOB_ARRAY_RESV; a larger value is an error there. */
    public static final int MAX_JOB_ARRAY_RESV = 1000;
    /** No limit: Slurm's defaults. */
    public static final BackfillLimits NONE = new BackfillLimits(0, 0, 0, 0, 0, 0, 0, 0, 0);
    /** backfill.c, 22.05: bf_node_space_size below 2 is invalid. */
    public static final int MIN_NODE_SPACE_SIZE = 2;
    /** backfill.c, 22.05: bf_node_space_size above 2 x MAX_BF_MAX_JOB_TEST (1,000,000) is invalid. */
    public static final int MAX_NODE_SPACE_SIZE = 2_000_000;
    /** slurm.conf(5), 22.05: bf_max_job_start "Default: 0 (no limit), Min: 0, Max: 10000". */
    public static final int MAX_JOB_START = 10_000;

    /** Rejects negative limits and a table size out of Slurm's range. */
    public BackfillLimits {
        if (maxJobUser < 0 || maxJobPart < 0 || maxJobUserPart < 0 || maxJobAssoc < 0 || minAgeReserve < 0
                || minPrioReserve < 0 || jobPartCountReserve < 0 || maxJobStart < 0 || nodeSpaceSize < 0) {
            throw new IllegalArgumentException("backfill limits must not be negative");
        }
        if (nodeSpaceSize != 0 && (nodeSpaceSize < MIN_NODE_SPACE_SIZE || nodeSpaceSize > MAX_NODE_SPACE_SIZE)) {
            throw new IllegalArgumentException("bf_node_space_size must be 2 to 2000000");
        }
        if (maxJobStart > MAX_JOB_START) {
            throw new IllegalArgumentException("bf_max_job_start must be 0 to 10000");
        }
        if (maxJobArrayResv < 0 || maxJobArrayResv > MAX_JOB_ARRAY_RESV) {
            throw new IllegalArgumentException("bf_max_job_array_resv must be 0 to " + MAX_JOB_ARRAY_RESV);
        }
    }

    /** Limits with bf_max_job_array_resv at its default. */
    public BackfillLimits(int maxJobUser, int maxJobPart, int maxJobUserPart, int maxJobAssoc, long minAgeReserve,
                          long minPrioReserve, int jobPartCountReserve, int maxJobStart, int nodeSpaceSize) {
        this(maxJobUser, maxJobPart, maxJobUserPart, maxJobAssoc, minAgeReserve, minPrioReserve, jobPartCountReserve,
                maxJobStart, nodeSpaceSize, DEFAULT_MAX_JOB_ARRAY_RESV);
    }

    /** Limits with no start count or table size set (Slurm's defaults for those). */
    public BackfillLimits(int maxJobUser, int maxJobPart, int maxJobUserPart, int maxJobAssoc, long minAgeReserve,
                          long minPrioReserve, int jobPartCountReserve) {
        this(maxJobUser, maxJobPart, maxJobUserPart, maxJobAssoc, minAgeReserve, minPrioReserve, jobPartCountReserve,
                0, 0);
    }

    /**
     * The node_space table's size under bf_max_job_test {@code maxJobTest}: bf_node_space_size, or
     * by default as many records as jobs a pass tests (backfill.c, 22.05).
     */
    public int tableSize(int maxJobTest) {
        return nodeSpaceSize > 0 ? nodeSpaceSize : maxJobTest;
    }

    /** Whether no per-pass quota is set (bf_max_job_array_resv is not one: {@link ArrayTries} keeps it). */
    public boolean none() {
        return maxJobUser == 0 && maxJobPart == 0 && maxJobUserPart == 0 && maxJobAssoc == 0 && minAgeReserve == 0
                && minPrioReserve == 0 && jobPartCountReserve == 0 && maxJobStart == 0 && nodeSpaceSize == 0;
    }

    /**
     * bf_min_prio_reserve and bf_min_age_reserve: whether a job of {@code priority}, eligible since
     * {@code eligible}, is too low or too young at {@code now} for a reservation. Backfill then tests
     * it for a start now only (backfill.c); the main loop then fails no partition for it
     * (job_scheduler.c, _schedule). The age is difftime of two Unix times, whole seconds.
     */
    boolean reservesNothingFor(long priority, long eligible, long now) {
        if (minPrioReserve > 0 && priority < minPrioReserve) {
            return true;
        }
        long pending = (Math.floorDiv(now, SimTime.SECOND) - Math.floorDiv(eligible, SimTime.SECOND)) * SimTime.SECOND;
        return minAgeReserve > 0 && pending < minAgeReserve;
    }

    /** Whether some per-pass test count is limited. */
    boolean countsTests() {
        return maxJobUser > 0 || maxJobPart > 0 || maxJobUserPart > 0 || maxJobAssoc > 0;
    }
}
