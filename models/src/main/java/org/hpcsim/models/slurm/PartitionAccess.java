package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which jobs may run in a partition: its State (slurm.conf(5): DOWN queues jobs but never starts
 * them, DRAIN and INACTIVE take no new job, so in a replay whose jobs all arrive while it runs none
 * of the three ever starts one) and which accounts and QOS it admits (AllowAccounts, DenyAccounts,
 * AllowQos, DenyQos). An allow list, when set, admits only its names and the deny list is then not
 * used (slurm.conf(5); partition_mgr.c part_policy_valid_acct and part_policy_valid_qos test the
 * allow list first, the deny list only without one). AllowGroups admits a job whose group (the
 * Unix group a trace records, which is its user's primary group as partition_mgr.c validate_group
 * tests it last) is listed, and any job of root; supplementary groups are not known, and a job whose
 * trace gives no group is admitted.
 *
 * @param allowAccounts accounts admitted; empty for all
 * @param denyAccounts  accounts refused when no allow list is set
 * @param allowQos      QOS admitted; empty for all
 * @param denyQos       QOS refused when no allow list is set
 * @param closedState   the State that keeps every job out (DOWN, DRAIN, INACTIVE); empty when UP
 * @param allowGroups   groups admitted; empty for all
 * @param groupMembers  users admitted as members of an allowed group whatever their primary group
 *                      (the member lists of /etc/group that slurmctld reads into allow_uids), sorted
 */
public record PartitionAccess(List<String> allowAccounts, List<String> denyAccounts, List<String> allowQos,
                              List<String> denyQos, String closedState, List<String> allowGroups,
                              List<String> groupMembers) {
    /** Every account and QOS admitted. */
    public static final PartitionAccess ALL = new PartitionAccess(List.of(), List.of(), List.of(), List.of());
    /** The user who may run anywhere (partition_mgr.c validate_group: validate_slurm_user). */
    private static final String ROOT = "root";

    /** An UP partition with these lists. */
    public PartitionAccess(List<String> allowAccounts, List<String> denyAccounts, List<String> allowQos,
                           List<String> denyQos) {
        this(allowAccounts, denyAccounts, allowQos, denyQos, "");
    }

    /** A partition with these lists, its allowed groups' members not known beyond each job's own group. */
    public PartitionAccess(List<String> allowAccounts, List<String> denyAccounts, List<String> allowQos,
                           List<String> denyQos, String closedState, List<String> allowGroups) {
        this(allowAccounts, denyAccounts, allowQos, denyQos, closedState, allowGroups, List.of());
    }

    /** A partition with these account and QOS lists, open to every group. */
    public PartitionAccess(List<String> allowAccounts, List<String> denyAccounts, List<String> allowQos,
                           List<String> denyQos, String closedState) {
        this(allowAccounts, denyAccounts, allowQos, denyQos, closedState, List.of());
    }

    /** Copies the lists. */
    public PartitionAccess {
        allowAccounts = List.copyOf(allowAccounts);
        denyAccounts = List.copyOf(denyAccounts);
        allowQos = List.copyOf(allowQos);
        denyQos = List.copyOf(denyQos);
        closedState = closedState == null ? "" : closedState;
        allowGroups = List.copyOf(allowGroups);
        groupMembers = groupMembers.stream().distinct().sorted().toList();
    }

    /**
     * This access with the users that {@code members} (group name to the users /etc/group lists
     * in it) names in any allowed group admitted too.
     */
    PartitionAccess withGroupMembers(Map<String, List<String>> members) {
        List<String> users = new ArrayList<>();
        for (String g : allowGroups) {
            users.addAll(members.getOrDefault(g, List.of()));
        }
        return new PartitionAccess(allowAccounts, denyAccounts, allowQos, denyQos, closedState, allowGroups, users);
    }

    /**
     * Why a job of {@code account} in QOS {@code qos} may not run here, in the words of slurmctld's
     * reason, or null when it may; any group is admitted.
     */
    String refusal(String account, String qos) {
        return refusal(account, qos, "", "");
    }

    /**
     * Why a job of {@code user} in {@code group} and {@code account} in QOS {@code qos} may not run
     * here, in the words of slurmctld's reason, or null when it may.
     */
    String refusal(String account, String qos, String group, String user) {
        if (!closedState.isEmpty()) {
            return "the partition is State=" + closedState + ", where no job starts";
        }
        if (!admits(allowQos, denyQos, qos)) {
            return "its QOS '" + qos + "' may not use the partition (" + (allowQos.isEmpty()
                    ? "DenyQos=" + String.join(",", denyQos) : "AllowQos=" + String.join(",", allowQos)) + ")";
        }
        String groupRefusal = groupRefusal(group, user);
        if (groupRefusal != null) {
            return groupRefusal;
        }
        if (!admits(allowAccounts, denyAccounts, account)) {
            return "its account '" + account + "' may not use the partition (" + (allowAccounts.isEmpty()
                    ? "DenyAccounts=" + String.join(",", denyAccounts)
                    : "AllowAccounts=" + String.join(",", allowAccounts)) + ")";
        }
        return null;
    }

    /**
     * Why AllowGroups shuts a job of {@code user} in (primary) {@code group} out, or null when it
     * does not: partition_mgr.c validate_group admits root, the users of the allowed groups' member
     * lists, and a user whose primary group is allowed.
     */
    String groupRefusal(String group, String user) {
        if (allowGroups.isEmpty() || group.isEmpty() || user.equals(ROOT) || allowGroups.contains(group)
                || groupMembers.contains(user)) {
            return null;
        }
        // ESLURM_JOB_MISSING_REQUIRED_PARTITION_GROUP
        return "its group '" + group + "' is not permitted to use the partition (AllowGroups="
                + String.join(",", allowGroups) + ")";
    }

    private static boolean admits(List<String> allow, List<String> deny, String name) {
        return allow.isEmpty() ? !deny.contains(name) : allow.contains(name);
    }
}
