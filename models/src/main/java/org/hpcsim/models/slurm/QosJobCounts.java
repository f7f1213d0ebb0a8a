package org.hpcsim.models.slurm;

/**
 * A QOS's limits on job counts (sacctmgr QOS specifications); {@link Qos#UNLIMITED} leaves one unset.
 *
 * @param maxPerUser       MaxJobsPerUser: running jobs one user may have in the QOS
 * @param maxPerAccount    MaxJobsPerAccount: running jobs one account may have in the QOS
 * @param grp              GrpJobs: running jobs the QOS may have in all
 * @param maxSubmitPerUser MaxSubmitJobsPerUser: jobs one user may have pending or running in the QOS
 */
public record QosJobCounts(long maxPerUser, long maxPerAccount, long grp, long maxSubmitPerUser) {
    /** No limit on job counts. */
    public static final QosJobCounts NONE = new QosJobCounts(Qos.UNLIMITED, Qos.UNLIMITED, Qos.UNLIMITED,
            Qos.UNLIMITED);

    /** Validates the limits. */
    public QosJobCounts {
        if (maxPerUser < Qos.UNLIMITED || maxPerAccount < Qos.UNLIMITED || grp < Qos.UNLIMITED
                || maxSubmitPerUser < Qos.UNLIMITED) {
            throw new IllegalArgumentException("job count limits must be 0 or more, or unlimited");
        }
    }

    /** These limits without the ones {@code first} sets: what a second QOS adds beneath a first one. */
    QosJobCounts beneath(QosJobCounts first) {
        return new QosJobCounts(unsetIn(first.maxPerUser, maxPerUser), unsetIn(first.maxPerAccount, maxPerAccount),
                unsetIn(first.grp, grp), unsetIn(first.maxSubmitPerUser, maxSubmitPerUser));
    }

    private static long unsetIn(long firstLimit, long own) {
        return firstLimit == Qos.UNLIMITED ? own : Qos.UNLIMITED;
    }

    /** Only MaxJobsPerUser. */
    public static QosJobCounts perUser(long maxPerUser) {
        return new QosJobCounts(maxPerUser, Qos.UNLIMITED, Qos.UNLIMITED, Qos.UNLIMITED);
    }
}
