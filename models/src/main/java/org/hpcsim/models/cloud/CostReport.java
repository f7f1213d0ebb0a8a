package org.hpcsim.models.cloud;

import java.util.List;

/**
 * What a run cost. The cluster is static: every node is up from the first submission to the last
 * end, so the node-hours not held by jobs are idle and their cost is wasted.
 *
 * @param currency          "USD"
 * @param perNodeHour       price paid per node-hour
 * @param onDemandPerNodeHour the On-Demand price per node-hour
 * @param spot              whether the nodes are Spot
 * @param nodeHours         node-hours the cluster was up
 * @param busyNodeHours     node-hours held by jobs (a job on c of C cores holds c / C of its node)
 * @param idleNodeHours     node-hours up but not held
 * @param total             total cost
 * @param busy              cost of the node-hours held by jobs
 * @param idle              cost of the idle node-hours
 * @param byUser            cost per user, most expensive first (ties by name)
 * @param byAccount         cost per account, most expensive first (ties by name)
 */
public record CostReport(String currency, double perNodeHour, double onDemandPerNodeHour, boolean spot,
                         double nodeHours, double busyNodeHours, double idleNodeHours, double total, double busy,
                         double idle, List<CostShare> byUser, List<CostShare> byAccount) {
    /** Copies the lists so the record stays immutable. */
    public CostReport {
        byUser = List.copyOf(byUser);
        byAccount = List.copyOf(byAccount);
    }
}
