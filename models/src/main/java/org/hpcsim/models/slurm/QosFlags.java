package org.hpcsim.models.slurm;

/**
 * The QOS flags this model acts on (sacctmgr's {@code Flags=}).
 *
 * @param denyOnLimit DenyOnLimit: a job whose request alone breaks a limit of its QOS is refused at
 *                    submission rather than held pending (acct_policy.c acct_policy_validate checks
 *                    strictly only under this flag)
 * @param noReserve   NoReserve: backfill gives the QOS's jobs no reservation, and with preemption on
 *                    tests whether they can start as if their time limit were one minute
 *                    (backfill.c _set_backfill_timelimits)
 * @param overPartQos OverPartQOS: where a job of this QOS runs in a partition with a QOS of its own,
 *                    this QOS's limits come first and the partition QOS's fill only the limits it
 *                    leaves unset (acct_policy.c acct_policy_set_qos_order); without it the
 *                    partition QOS's come first
 */
public record QosFlags(boolean denyOnLimit, boolean noReserve, boolean overPartQos) {
    /** No flag set. */
    public static final QosFlags NONE = new QosFlags(false, false, false);

    /** DenyOnLimit and NoReserve as given, OverPartQOS not set. */
    public QosFlags(boolean denyOnLimit, boolean noReserve) {
        this(denyOnLimit, noReserve, false);
    }
}
