package org.hpcsim.models.cloud;

import java.util.List;

/**
 * What a run cost. Nodes are paid while they are up, from the first submission to the last end;
 * a node up is booting, held by jobs, or idle (the rest), and the idle cost is wasted.
 *
 * @param currency            "USD"
 * @param perNodeHour         average price paid per node-hour (the price itself when it is constant)
 * @param onDemandPerNodeHour the On-Demand price per node-hour
 * @param spot                whether any node is Spot
 * @param nodeHours           node-hours up
 * @param busyNodeHours       node-hours held by jobs (a job on c of C cores holds c / C of its node)
 * @param idleNodeHours       node-hours up but neither booting nor held
 * @param total               total cost: the nodes' and the storage's
 * @param busy                cost of the node-hours held by jobs
 * @param idle                cost of the idle node-hours
 * @param byUser              cost per user, most expensive first (ties by name)
 * @param byAccount           cost per account, most expensive first (ties by name)
 * @param bootingNodeHours    node-hours booting: dynamic nodes from power-up to ready, and replacements
 *                            of interrupted Spot nodes
 * @param booting             cost of the booting node-hours
 * @param spotNodeHours       node-hours of the Spot nodes
 * @param spotCost            what the Spot nodes cost
 * @param onDemandNodeHours   node-hours of the On-Demand nodes
 * @param onDemandCost        what the On-Demand nodes cost
 * @param storageCost         what the shared storage cost (0 without)
 * @param storage             each file system's cost
 * @param lostNodeHours       node-hours of work lost to node failures (part of the busy ones)
 * @param lost                their cost, at the average price
 * @param wasted              idle plus lost cost
 * @param headNode            the head node's instance type, or "" without one
 * @param headNodeCost        what the head node cost, On-Demand over the whole window (0 without)
 * @param groups              each node group's (compute resource's) figures on a cluster of several,
 *                            empty on a cluster of one instance type
 */
public record CostReport(String currency, double perNodeHour, double onDemandPerNodeHour, boolean spot,
                         double nodeHours, double busyNodeHours, double idleNodeHours, double total, double busy,
                         double idle, List<CostShare> byUser, List<CostShare> byAccount, double bootingNodeHours,
                         double booting, double spotNodeHours, double spotCost, double onDemandNodeHours,
                         double onDemandCost, double storageCost, List<StorageCost> storage, double lostNodeHours,
                         double lost, double wasted, String headNode, double headNodeCost, List<GroupCost> groups) {
    /** Copies the lists so the record stays immutable; a summary.json written before a list existed has none. */
    public CostReport {
        groups = groups == null ? List.of() : List.copyOf(groups);
        byUser = byUser == null ? List.of() : List.copyOf(byUser);
        byAccount = byAccount == null ? List.of() : List.copyOf(byAccount);
        storage = storage == null ? List.of() : List.copyOf(storage);
        headNode = headNode == null ? "" : headNode;
    }

    /** A report of a cluster of one instance type. */
    public CostReport(String currency, double perNodeHour, double onDemandPerNodeHour, boolean spot, double nodeHours,
                      double busyNodeHours, double idleNodeHours, double total, double busy, double idle,
                      List<CostShare> byUser, List<CostShare> byAccount, double bootingNodeHours, double booting,
                      double spotNodeHours, double spotCost, double onDemandNodeHours, double onDemandCost,
                      double storageCost, List<StorageCost> storage, double lostNodeHours, double lost, double wasted,
                      String headNode, double headNodeCost) {
        this(currency, perNodeHour, onDemandPerNodeHour, spot, nodeHours, busyNodeHours, idleNodeHours, total, busy,
                idle, byUser, byAccount, bootingNodeHours, booting, spotNodeHours, spotCost, onDemandNodeHours,
                onDemandCost, storageCost, storage, lostNodeHours, lost, wasted, headNode, headNodeCost, List.of());
    }

    /** A report without a head node. */
    public CostReport(String currency, double perNodeHour, double onDemandPerNodeHour, boolean spot, double nodeHours,
                      double busyNodeHours, double idleNodeHours, double total, double busy, double idle,
                      List<CostShare> byUser, List<CostShare> byAccount, double bootingNodeHours, double booting,
                      double spotNodeHours, double spotCost, double onDemandNodeHours, double onDemandCost,
                      double storageCost, List<StorageCost> storage, double lostNodeHours, double lost, double wasted) {
        this(currency, perNodeHour, onDemandPerNodeHour, spot, nodeHours, busyNodeHours, idleNodeHours, total, busy,
                idle, byUser, byAccount, bootingNodeHours, booting, spotNodeHours, spotCost, onDemandNodeHours,
                onDemandCost, storageCost, storage, lostNodeHours, lost, wasted, "", 0);
    }

    /** A report without booting, capacity split, storage or lost work, as reports read from older runs. */
    public CostReport(String currency, double perNodeHour, double onDemandPerNodeHour, boolean spot, double nodeHours,
                      double busyNodeHours, double idleNodeHours, double total, double busy, double idle,
                      List<CostShare> byUser, List<CostShare> byAccount) {
        this(currency, perNodeHour, onDemandPerNodeHour, spot, nodeHours, busyNodeHours, idleNodeHours, total, busy,
                idle, byUser, byAccount, 0, 0, 0, 0, 0, 0, 0, List.of(), 0, 0, idle);
    }

    /** What the compute nodes cost: the total less the storage and the head node. */
    public double computeCost() {
        return total - storageCost - headNodeCost;
    }

    /** Whether the fleet had both Spot and On-Demand nodes. */
    public boolean mixedFleet() {
        return spotNodeHours > 0 && onDemandNodeHours > 0;
    }
}
