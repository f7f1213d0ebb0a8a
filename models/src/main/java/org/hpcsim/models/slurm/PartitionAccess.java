package org.hpcsim.models.slurm;

import java.util.List;

/**
 * Which accounts and QOS may run jobs in a partition (slurm.conf AllowAccounts, DenyAccounts,
 * AllowQos, DenyQos). An allow list, when set, admits only its names and the deny list is then not
 * used (slurm.conf(5); partition_mgr.c part_policy_valid_acct and part_policy_valid_qos test the
 * allow list first, the deny list only without one).
 *
 * @param allowAccounts accounts admitted; empty for all
 * @param denyAccounts  accounts refused when no allow list is set
 * @param allowQos      QOS admitted; empty for all
 * @param denyQos       QOS refused when no allow list is set
 */
public record PartitionAccess(List<String> allowAccounts, List<String> denyAccounts, List<String> allowQos,
                              List<String> denyQos) {
    /** Every account and QOS admitted. */
    public static final PartitionAccess ALL = new PartitionAccess(List.of(), List.of(), List.of(), List.of());

    /** Copies the lists. */
    public PartitionAccess {
        allowAccounts = List.copyOf(allowAccounts);
        denyAccounts = List.copyOf(denyAccounts);
        allowQos = List.copyOf(allowQos);
        denyQos = List.copyOf(denyQos);
    }

    /**
     * Why a job of {@code account} in QOS {@code qos} may not run here, in the words of slurmctld's
     * reason, or null when it may.
     */
    String refusal(String account, String qos) {
        if (!admits(allowQos, denyQos, qos)) {
            return "its QOS '" + qos + "' may not use the partition (" + (allowQos.isEmpty()
                    ? "DenyQos=" + String.join(",", denyQos) : "AllowQos=" + String.join(",", allowQos)) + ")";
        }
        if (!admits(allowAccounts, denyAccounts, account)) {
            return "its account '" + account + "' may not use the partition (" + (allowAccounts.isEmpty()
                    ? "DenyAccounts=" + String.join(",", denyAccounts)
                    : "AllowAccounts=" + String.join(",", allowAccounts)) + ")";
        }
        return null;
    }

    private static boolean admits(List<String> allow, List<String> deny, String name) {
        return allow.isEmpty() ? !deny.contains(name) : allow.contains(name);
    }
}
