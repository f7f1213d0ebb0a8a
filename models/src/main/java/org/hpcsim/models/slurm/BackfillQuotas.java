package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What one backfill pass has used of its {@link BackfillLimits}: jobs tested per user,
 * association, partition and user in a partition, and reservations made per partition. A job over
 * a test limit is skipped (backfill.c _job_exceeds_max_bf_param, checked in that order: user in
 * partition, partition, association, user; a job that passes counts towards each); a job that
 * may not be given a reservation is tested for a start now only (TEST_NOW_ONLY).
 */
final class BackfillQuotas {
    private final BackfillLimits limits;
    private final Map<String, Integer> byUser = new HashMap<>();
    private final Map<String, Integer> byAssoc = new HashMap<>();
    private final Map<String, Integer> byUserPart = new HashMap<>();
    private final int[] byPart;
    private final int[] reservationsByPart;

    BackfillQuotas(BackfillLimits limits, int partitions) {
        this.limits = limits;
        this.byPart = new int[partitions];
        this.reservationsByPart = new int[partitions];
    }

    /** A new pass: nothing used. */
    void reset() {
        byUser.clear();
        byAssoc.clear();
        byUserPart.clear();
        Arrays.fill(byPart, 0);
        Arrays.fill(reservationsByPart, 0);
    }

    /** Whether {@code job} in partition {@code p} is over a test limit; if not, it is counted. */
    boolean exceeded(SlurmJob job, int p) {
        if (!limits.countsTests()) {
            return false;
        }
        String user = job.job.labels().user();
        String assoc = job.job.labels().account() + '\n' + user;
        String userPart = user + '\n' + p;
        if (over(byUserPart, userPart, limits.maxJobUserPart()) || limits.maxJobPart() > 0
                && byPart[p] >= limits.maxJobPart() || over(byAssoc, assoc, limits.maxJobAssoc())
                || over(byUser, user, limits.maxJobUser())) {
            return true;
        }
        if (limits.maxJobUserPart() > 0) {
            byUserPart.merge(userPart, 1, Integer::sum);
        }
        byPart[p]++;
        if (limits.maxJobAssoc() > 0) {
            byAssoc.merge(assoc, 1, Integer::sum);
        }
        if (limits.maxJobUser() > 0) {
            byUser.merge(user, 1, Integer::sum);
        }
        return false;
    }

    private static boolean over(Map<String, Integer> counts, String key, int limit) {
        return limit > 0 && counts.getOrDefault(key, 0) >= limit;
    }

    /**
     * Whether {@code job} in partition {@code p}, of priority {@code priority} there, may only
     * start now, with no reservation: under bf_min_prio_reserve, bf_min_age_reserve (its time
     * since it became eligible) or once bf_job_part_count_reserve reservations were made there.
     */
    boolean startNowOnly(SlurmJob job, int p, long priority, long now) {
        return limits.reservesNothingFor(priority, job.eligible, now) || !partReservationsLeft(p);
    }

    /** Whether bf_job_part_count_reserve (if set) still lets a reservation be made in partition {@code p}. */
    boolean partReservationsLeft(int p) {
        return limits.jobPartCountReserve() == 0 || reservationsByPart[p] < limits.jobPartCountReserve();
    }

    /** A reservation was made for a job of partition {@code p}. */
    void reserved(int p) {
        reservationsByPart[p]++;
    }
}
