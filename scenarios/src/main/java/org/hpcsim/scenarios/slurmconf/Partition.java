package org.hpcsim.scenarios.slurmconf;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One partition as its PartitionName line (and the PartitionName=DEFAULT lines above it) configure it.
 *
 * <p>Defaults are those of slurm.conf(5), 22.05, PARTITION CONFIGURATION, and what
 * {@code scontrol show partition} prints on slurmctld 22.05.8 for a partition that sets nothing:
 * PriorityTier=1, PriorityJobFactor=1, MaxTime=UNLIMITED, MaxNodes=UNLIMITED, MinNodes=0,
 * MaxCPUsPerNode=UNLIMITED, State=UP, OverSubscribe=NO, AllowAccounts=ALL, AllowQos=ALL.
 *
 * @param name               PartitionName, case-sensitive
 * @param nodesExpression    Nodes as written ({@code ALL}, a hostlist, NodeSet names); empty if none
 * @param nodes              the nodes it names, in the order written, each once
 * @param isDefault          Default=YES, on the last partition that says so: slurmctld 22.05.8 moves
 *                           the default to each later Default=YES and shows the earlier as NO
 * @param priorityTier       PriorityTier (the old Priority sets it and PriorityJobFactor)
 * @param priorityJobFactor  PriorityJobFactor
 * @param maxTime            MaxTime
 * @param defaultTime        DefaultTime; empty when not set, when Slurm uses MaxTime
 * @param maxNodes           MaxNodes; empty for UNLIMITED
 * @param minNodes           MinNodes
 * @param maxCpusPerNode     MaxCPUsPerNode; empty for UNLIMITED
 * @param state              State
 * @param overSubscribe      OverSubscribe (or the older Shared)
 * @param preemptMode        PreemptMode; empty when not set, when the cluster-wide PreemptMode applies
 * @param qos                QOS, the partition's QOS; empty when none
 * @param allowAccounts      AllowAccounts; {@code [ALL]} by default
 * @param allowQos           AllowQos; {@code [ALL]} by default
 * @param denyAccounts       DenyAccounts; empty by default
 * @param denyQos            DenyQos; empty by default
 * @param allowGroups        AllowGroups; {@code [ALL]} by default
 * @param exclusiveUser      ExclusiveUser=YES
 * @param hidden             Hidden=YES
 * @param defMemPerCpuMb     DefMemPerCPU in MB; empty when not set (the cluster's applies)
 * @param maxMemPerCpuMb     MaxMemPerCPU in MB; empty when not set (the cluster's applies)
 * @param maxMemPerNodeMb    MaxMemPerNode in MB; empty when not set. slurmctld keeps one of the two,
 *                           MaxMemPerNode when both are set
 * @param defCpuPerGpu       DefCpuPerGPU; empty when not set (the cluster's applies)
 * @param tresBillingWeights TRESBillingWeights as written, such as {@code CPU=1.0,Mem=0.25G}
 * @param graceTimeSeconds   GraceTime: how long a job of this partition chosen for preemption keeps
 *                           running after SIGTERM, in seconds; 0 (the default) for none
 * @param at                 the PartitionName line
 */
public record Partition(String name, String nodesExpression, List<String> nodes, boolean isDefault, int priorityTier,
        int priorityJobFactor, TimeLimit maxTime, Optional<TimeLimit> defaultTime, OptionalInt maxNodes, int minNodes,
        OptionalInt maxCpusPerNode, PartitionState state, OverSubscribe overSubscribe,
        Optional<Set<PreemptMode>> preemptMode, Optional<String> qos, List<String> allowAccounts,
        List<String> allowQos, List<String> denyAccounts, List<String> denyQos, List<String> allowGroups,
        boolean exclusiveUser, boolean hidden, OptionalLong defMemPerCpuMb,
        OptionalLong maxMemPerCpuMb, OptionalLong maxMemPerNodeMb, OptionalInt defCpuPerGpu,
        Optional<String> tresBillingWeights, long graceTimeSeconds, SourceLine at) {

    /** The word Slurm uses for "every account" or "every QOS". */
    public static final String ALL = "ALL";

    /** Copies the collections so the record stays immutable. */
    public Partition {
        nodes = List.copyOf(nodes);
        allowAccounts = List.copyOf(allowAccounts);
        allowQos = List.copyOf(allowQos);
        denyAccounts = List.copyOf(denyAccounts);
        denyQos = List.copyOf(denyQos);
        allowGroups = List.copyOf(allowGroups);
        preemptMode = preemptMode.map(Set::copyOf);
    }

    /** Whether any account may use it (AllowAccounts unset or ALL). */
    public boolean allowsAllAccounts() {
        return allowAccounts.contains(ALL);
    }

    /** The time limit given to a job that sets none: DefaultTime, else MaxTime. */
    public TimeLimit effectiveDefaultTime() {
        return defaultTime.orElse(maxTime);
    }
}
