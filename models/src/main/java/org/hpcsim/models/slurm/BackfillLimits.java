package org.hpcsim.models.slurm;

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
 */
public record BackfillLimits(int maxJobUser, int maxJobPart, int maxJobUserPart, int maxJobAssoc, long minAgeReserve,
                             long minPrioReserve, int jobPartCountReserve) {
    /** No limit: Slurm's defaults. */
    public static final BackfillLimits NONE = new BackfillLimits(0, 0, 0, 0, 0, 0, 0);

    /** Rejects negative limits. */
    public BackfillLimits {
        if (maxJobUser < 0 || maxJobPart < 0 || maxJobUserPart < 0 || maxJobAssoc < 0 || minAgeReserve < 0
                || minPrioReserve < 0 || jobPartCountReserve < 0) {
            throw new IllegalArgumentException("backfill limits must not be negative");
        }
    }

    /** Whether none is set. */
    public boolean none() {
        return equals(NONE);
    }

    /** Whether some per-pass test count is limited. */
    boolean countsTests() {
        return maxJobUser > 0 || maxJobPart > 0 || maxJobUserPart > 0 || maxJobAssoc > 0;
    }
}
