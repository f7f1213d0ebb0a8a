package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.List;

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
 * @param partitionMaxNodes  PartitionMaxNodes: the job's QOS lets it ask more nodes than a
 *                    partition's MaxNodes (job_mgr.c _valid_job_part, QOS_FLAG_PART_MAX_NODE)
 * @param partitionMinNodes  PartitionMinNodes: a partition's MinNodes neither raises nor bars the
 *                    job's node count (QOS_FLAG_PART_MIN_NODE)
 * @param partitionTimeLimit PartitionTimeLimit: the job may ask a time limit over a partition's
 *                    MaxTime (QOS_FLAG_PART_TIME_LIMIT)
 */
public record QosFlags(boolean denyOnLimit, boolean noReserve, boolean overPartQos, boolean partitionMaxNodes,
                       boolean partitionMinNodes, boolean partitionTimeLimit) {
    /** No flag set. */
    public static final QosFlags NONE = new QosFlags(false, false, false);
    /** The flags' names as sacctmgr spells them, in this record's order. */
    public static final List<String> NAMES = List.of("DenyOnLimit", "NoReserve", "OverPartQOS", "PartitionMaxNodes",
            "PartitionMinNodes", "PartitionTimeLimit");

    /** The first three flags as given, the partition overrides not set. */
    public QosFlags(boolean denyOnLimit, boolean noReserve, boolean overPartQos) {
        this(denyOnLimit, noReserve, overPartQos, false, false, false);
    }

    /** DenyOnLimit and NoReserve as given, OverPartQOS not set. */
    public QosFlags(boolean denyOnLimit, boolean noReserve) {
        this(denyOnLimit, noReserve, false);
    }

    /** The flags named in {@code names}, each one of {@link #NAMES}. */
    public static QosFlags of(List<String> names) {
        boolean[] set = new boolean[NAMES.size()];
        for (String n : names) {
            int i = NAMES.indexOf(n);
            if (i < 0) {
                throw new IllegalArgumentException("unknown QOS flag " + n);
            }
            set[i] = true;
        }
        return new QosFlags(set[0], set[1], set[2], set[3], set[4], set[5]);
    }

    /** The names of the flags set, in {@link #NAMES} order. */
    public List<String> names() {
        boolean[] set = {denyOnLimit, noReserve, overPartQos, partitionMaxNodes, partitionMinNodes, partitionTimeLimit};
        List<String> names = new ArrayList<>();
        for (int i = 0; i < set.length; i++) {
            if (set[i]) {
                names.add(NAMES.get(i));
            }
        }
        return names;
    }
}
