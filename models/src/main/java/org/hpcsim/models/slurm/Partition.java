package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A partition: a set of nodes with its own limits and priority tier. Partitions may overlap.
 *
 * @param name              the partition's name
 * @param nodes             indices of its nodes in the cluster's node list
 * @param isDefault         whether jobs that name no partition go here
 * @param priorityTier      jobs in higher tiers are scheduled first and may preempt lower tiers
 * @param priorityJobFactor the partition's contribution to the multifactor priority
 * @param maxTime           MaxTime in nanoseconds, {@link Long#MAX_VALUE} when unlimited
 * @param defaultTime       DefaultTime in nanoseconds, or -1 for none (MaxTime then applies)
 * @param maxNodes          MaxNodes per job, {@link Integer#MAX_VALUE} when unlimited
 * @param preemptMode       what happens to this partition's jobs when preempted
 * @param qos               the partition's QOS (slurm.conf QOS=), whose limits apply to every job
 *                          run here besides the job's own QOS; empty for none
 * @param access            which accounts and QOS may run jobs here
 * @param wholeNodes        OverSubscribe=EXCLUSIVE: every job here gets whole nodes, as with
 *                          --exclusive, even under select/cons_tres (slurm.conf(5))
 * @param billing           TRESBillingWeights: what a second of a job here is billed
 *                          ({@link BillingWeights#CPUS}: its CPUs)
 * @param maxCpusPerNode    MaxCPUsPerNode: the most CPUs this partition's jobs hold together on any
 *                          node under select/cons_tres, {@link Integer#MAX_VALUE} when unlimited
 * @param minNodes          MinNodes: the fewest nodes a job here gets; 0 for no minimum
 * @param exclusiveUser     ExclusiveUser=YES: a job here shares no node with another user's jobs,
 *                          and no other user's job shares its nodes (see {@link NodeOwners})
 * @param graceTime         GraceTime in nanoseconds: under preempt/partition_prio, how long a job
 *                          of this partition chosen for preemption keeps running after its
 *                          SIGTERM (see {@link GracePeriods}); 0 for none
 */
public record Partition(String name, BitSet nodes, boolean isDefault, int priorityTier, int priorityJobFactor,
                        long maxTime, long defaultTime, int maxNodes, PreemptMode preemptMode, String qos,
                        PartitionAccess access, boolean wholeNodes, BillingWeights billing, int maxCpusPerNode,
                        int minNodes, boolean exclusiveUser, long graceTime) {
    /** Validates the partition and takes a private copy of its node set. */
    public Partition {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a partition needs a name");
        }
        if (nodes == null || nodes.isEmpty()) {
            throw new IllegalArgumentException("partition " + name + " has no nodes");
        }
        if (maxTime <= 0 || maxNodes <= 0 || maxCpusPerNode <= 0 || minNodes < 0 || graceTime < 0) {
            throw new IllegalArgumentException("partition " + name
                    + ": MaxTime, MaxNodes and MaxCPUsPerNode must be positive, MinNodes and GraceTime not negative");
        }
        nodes = (BitSet) nodes.clone();
        preemptMode = preemptMode == null ? PreemptMode.OFF : preemptMode;
        qos = qos == null ? "" : qos;
        access = access == null ? PartitionAccess.ALL : access;
        billing = billing == null ? BillingWeights.CPUS : billing;
    }

    /** A partition without a GraceTime. */
    public Partition(String name, BitSet nodes, boolean isDefault, int priorityTier, int priorityJobFactor,
                     long maxTime, long defaultTime, int maxNodes, PreemptMode preemptMode, String qos,
                     PartitionAccess access, boolean wholeNodes, BillingWeights billing, int maxCpusPerNode,
                     int minNodes, boolean exclusiveUser) {
        this(name, nodes, isDefault, priorityTier, priorityJobFactor, maxTime, defaultTime, maxNodes, preemptMode, qos,
                access, wholeNodes, billing, maxCpusPerNode, minNodes, exclusiveUser, 0);
    }

    /** A partition whose nodes its jobs may share with other users' jobs. */
    public Partition(String name, BitSet nodes, boolean isDefault, int priorityTier, int priorityJobFactor,
                     long maxTime, long defaultTime, int maxNodes, PreemptMode preemptMode, String qos,
                     PartitionAccess access, boolean wholeNodes, BillingWeights billing, int maxCpusPerNode,
                     int minNodes) {
        this(name, nodes, isDefault, priorityTier, priorityJobFactor, maxTime, defaultTime, maxNodes, preemptMode, qos,
                access, wholeNodes, billing, maxCpusPerNode, minNodes, false);
    }

    /** A partition whose jobs are billed their CPUs. */
    public Partition(String name, BitSet nodes, boolean isDefault, int priorityTier, int priorityJobFactor,
                     long maxTime, long defaultTime, int maxNodes, PreemptMode preemptMode, String qos,
                     PartitionAccess access, boolean wholeNodes) {
        this(name, nodes, isDefault, priorityTier, priorityJobFactor, maxTime, defaultTime, maxNodes, preemptMode, qos,
                access, wholeNodes, BillingWeights.CPUS);
    }

    /** A partition without MaxCPUsPerNode or MinNodes. */
    public Partition(String name, BitSet nodes, boolean isDefault, int priorityTier, int priorityJobFactor,
                     long maxTime, long defaultTime, int maxNodes, PreemptMode preemptMode, String qos,
                     PartitionAccess access, boolean wholeNodes, BillingWeights billing) {
        this(name, nodes, isDefault, priorityTier, priorityJobFactor, maxTime, defaultTime, maxNodes, preemptMode, qos,
                access, wholeNodes, billing, Integer.MAX_VALUE, 0);
    }

    /** A partition without a QOS of its own. */
    public Partition(String name, BitSet nodes, boolean isDefault, int priorityTier, int priorityJobFactor,
                     long maxTime, long defaultTime, int maxNodes, PreemptMode preemptMode) {
        this(name, nodes, isDefault, priorityTier, priorityJobFactor, maxTime, defaultTime, maxNodes, preemptMode, "",
                PartitionAccess.ALL, false);
    }

    /** A partition with a QOS of its own, open to every account and QOS. */
    public Partition(String name, BitSet nodes, boolean isDefault, int priorityTier, int priorityJobFactor,
                     long maxTime, long defaultTime, int maxNodes, PreemptMode preemptMode, String qos) {
        this(name, nodes, isDefault, priorityTier, priorityJobFactor, maxTime, defaultTime, maxNodes, preemptMode, qos,
                PartitionAccess.ALL, false);
    }

    /** This partition with MaxCPUsPerNode {@code max}. */
    public Partition withMaxCpusPerNode(int max) {
        return new Partition(name, nodes, isDefault, priorityTier, priorityJobFactor, maxTime, defaultTime, maxNodes,
                preemptMode, qos, access, wholeNodes, billing, max, minNodes, exclusiveUser, graceTime);
    }

    /** This partition with MinNodes {@code min}. */
    public Partition withMinNodes(int min) {
        return new Partition(name, nodes, isDefault, priorityTier, priorityJobFactor, maxTime, defaultTime, maxNodes,
                preemptMode, qos, access, wholeNodes, billing, maxCpusPerNode, min, exclusiveUser, graceTime);
    }

    /** This partition with ExclusiveUser {@code on}. */
    public Partition withExclusiveUser(boolean on) {
        return new Partition(name, nodes, isDefault, priorityTier, priorityJobFactor, maxTime, defaultTime, maxNodes,
                preemptMode, qos, access, wholeNodes, billing, maxCpusPerNode, minNodes, on, graceTime);
    }

    /** This partition with its AllowGroups' members as {@code members} (group to users) lists them. */
    Partition withGroupMembers(Map<String, List<String>> members) {
        return new Partition(name, nodes, isDefault, priorityTier, priorityJobFactor, maxTime, defaultTime, maxNodes,
                preemptMode, qos, access.withGroupMembers(members), wholeNodes, billing, maxCpusPerNode, minNodes,
                exclusiveUser, graceTime);
    }

    /** This partition with GraceTime {@code grace} nanoseconds. */
    public Partition withGraceTime(long grace) {
        return new Partition(name, nodes, isDefault, priorityTier, priorityJobFactor, maxTime, defaultTime, maxNodes,
                preemptMode, qos, access, wholeNodes, billing, maxCpusPerNode, minNodes, exclusiveUser, grace);
    }

    /** A partition over {@code nodes} with Slurm's defaults for everything else. */
    public static Partition of(String name, BitSet nodes, boolean isDefault) {
        // slurm.conf(5): PriorityTier and PriorityJobFactor default 1; MaxTime, MaxNodes UNLIMITED.
        return new Partition(name, nodes, isDefault, 1, 1, Long.MAX_VALUE, -1, Integer.MAX_VALUE, PreemptMode.OFF);
    }

    /** The partition's node set (a copy: callers may change it). */
    @Override
    public BitSet nodes() {
        return (BitSet) nodes.clone();
    }

    /** Whether node {@code i} belongs to the partition. */
    public boolean contains(int i) {
        return nodes.get(i);
    }

    /** The time limit a job gets here when it asked for {@code requested} (0: none). */
    public long timeLimitFor(long requested) {
        if (requested > 0) {
            return requested;
        }
        return defaultTime > 0 ? defaultTime : maxTime;
    }
}
