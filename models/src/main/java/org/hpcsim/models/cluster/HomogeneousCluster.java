package org.hpcsim.models.cluster;

import org.hpcsim.models.workload.Job;

/**
 * A cluster of identical nodes whose capacity is counted in allocation units (nodes or cores).
 *
 * <p>Because every node is the same and a rigid job may span any nodes, the free capacity is one
 * number: which particular nodes a job gets does not change when any job starts or ends. Models
 * where placement matters (topology, NUMA, GPUs) need node-level state and are not this class.
 *
 * <p>Its nodes may be partly dynamic (autoscaling): capacity counts them all, as Slurm counts
 * powered-down nodes; which are up is {@link NodePool}'s business.
 */
public final class HomogeneousCluster {
    private final int nodes;
    private final int dynamicNodes;
    private final long bootTime;
    private final long scaledownIdleTime;
    private final int coresPerNode;
    private final int gpusPerNode;
    private final AllocationUnit unit;
    private final int totalUnits;
    private int freeUnits;

    /** A cluster of {@code nodes} nodes with {@code coresPerNode} cores each and no GPUs. */
    public HomogeneousCluster(int nodes, int coresPerNode, AllocationUnit unit) {
        this(nodes, coresPerNode, 0, unit);
    }

    /** A cluster of {@code nodes} nodes with {@code coresPerNode} cores and {@code gpusPerNode} GPUs each. */
    public HomogeneousCluster(int nodes, int coresPerNode, int gpusPerNode, AllocationUnit unit) {
        this(nodes, 0, coresPerNode, gpusPerNode, unit, 0, 0);
    }

    /**
     * An autoscaling cluster: {@code staticNodes} always up and {@code dynamicNodes} powered down
     * until a job needs them, each taking {@code bootTime} ns to boot and powering down after
     * {@code scaledownIdleTime} ns idle (whole-node allocation only, as in ParallelCluster).
     */
    public HomogeneousCluster(int staticNodes, int dynamicNodes, int coresPerNode, int gpusPerNode, AllocationUnit unit,
                              long bootTime, long scaledownIdleTime) {
        if (staticNodes < 0 || dynamicNodes < 0 || (long) staticNodes + dynamicNodes <= 0 || coresPerNode <= 0
                || gpusPerNode < 0) {
            throw new IllegalArgumentException("nodes and cores per node must be positive, GPUs per node not negative");
        }
        if (dynamicNodes > 0 && (unit != AllocationUnit.NODE || bootTime < 0 || scaledownIdleTime < 0)) {
            throw new IllegalArgumentException("dynamic nodes need whole-node allocation and non-negative times");
        }
        this.nodes = Math.addExact(staticNodes, dynamicNodes);
        this.dynamicNodes = dynamicNodes;
        this.bootTime = bootTime;
        this.scaledownIdleTime = scaledownIdleTime;
        this.coresPerNode = coresPerNode;
        this.gpusPerNode = gpusPerNode;
        this.unit = unit;
        this.totalUnits = unit == AllocationUnit.NODE ? nodes : Math.multiplyExact(nodes, coresPerNode);
        this.freeUnits = totalUnits;
    }

    /**
     * Allocation units the job needs. With whole nodes: enough nodes for its processors, for its
     * GPUs and for the node count it asked for, whichever is most; a job that needs GPUs on a
     * cluster without them needs more than the cluster has. With cores: its processors (GPUs are
     * not counted; core allocation models CPU clusters).
     */
    public int unitsFor(Job job) {
        if (unit == AllocationUnit.CORE) {
            return job.processors();
        }
        int units = Math.max(job.nodes(), unitsFor(job.processors()));
        if (job.gpus() > 0) {
            units = gpusPerNode == 0 ? Integer.MAX_VALUE : Math.max(units, ceilDiv(job.gpus(), gpusPerNode));
        }
        return units;
    }

    /** Allocation units a job of {@code processors} processors needs. */
    public int unitsFor(int processors) {
        return unit == AllocationUnit.NODE ? ceilDiv(processors, coresPerNode) : processors;
    }

    /** ceil(a / b) for a >= 0, b > 0, without the overflow of (a + b - 1) / b near Integer.MAX_VALUE. */
    private static int ceilDiv(int a, int b) {
        return (int) (((long) a + b - 1) / b);
    }

    /** Cores held by an allocation of {@code units} units (a whole node holds all its cores). */
    public long coresOf(int units) {
        return unit == AllocationUnit.NODE ? (long) units * coresPerNode : units;
    }

    /** Takes units; the caller has checked they are free. */
    public void allocate(int units) {
        if (units > freeUnits) {
            throw new IllegalStateException("allocating " + units + " units with only " + freeUnits + " free");
        }
        freeUnits -= units;
    }

    /** Gives units back. */
    public void release(int units) {
        if (units > totalUnits - freeUnits) {
            throw new IllegalStateException("releasing " + units + " units with only " + (totalUnits - freeUnits)
                    + " in use");
        }
        freeUnits += units;
    }

    /** Units free now. */
    public int freeUnits() {
        return freeUnits;
    }

    /** Units in the whole cluster. */
    public int totalUnits() {
        return totalUnits;
    }

    /** Cores in the whole cluster. */
    public long totalCores() {
        return (long) nodes * coresPerNode;
    }

    /** Number of nodes, static and dynamic: the most that can be up (ParallelCluster's MaxCount). */
    public int nodes() {
        return nodes;
    }

    /** Nodes always up (ParallelCluster's MinCount). */
    public int staticNodes() {
        return nodes - dynamicNodes;
    }

    /** Nodes powered down until a job needs them. */
    public int dynamicNodes() {
        return dynamicNodes;
    }

    /** Nanoseconds from powering a dynamic node up to running a job on it. */
    public long bootTime() {
        return bootTime;
    }

    /** Nanoseconds a dynamic node stays idle before it powers down. */
    public long scaledownIdleTime() {
        return scaledownIdleTime;
    }

    /** GPUs in each node. */
    public int gpusPerNode() {
        return gpusPerNode;
    }

    /** GPUs in the whole cluster. */
    public long totalGpus() {
        return (long) nodes * gpusPerNode;
    }

    /** Cores in each node. */
    public int coresPerNode() {
        return coresPerNode;
    }

    /** The allocation unit. */
    public AllocationUnit unit() {
        return unit;
    }
}
