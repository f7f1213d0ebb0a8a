package org.hpcsim.models.cloud;

/**
 * What one node group (compute resource) cost: its nodes are paid while up, and a node up is
 * booting, held by jobs, or idle (the rest).
 *
 * @param name             the group, e.g. {@code queue/compute-resource}
 * @param instanceType     its instance type
 * @param capacity         "spot" or "ondemand"
 * @param staticNodes      nodes always up
 * @param dynamicNodes     nodes powered up for jobs
 * @param perNodeHour      the price of one of its node-hours
 * @param nodeHours        node-hours up
 * @param busyNodeHours    node-hours held by jobs
 * @param idleNodeHours    node-hours up but neither booting nor held
 * @param bootingNodeHours node-hours booting (dynamic nodes from power-up to ready)
 * @param cost             what its nodes cost
 * @param busy             cost of the busy node-hours
 * @param idle             cost of the idle node-hours
 * @param booting          cost of the booting node-hours
 */
public record GroupCost(String name, String instanceType, String capacity, int staticNodes, int dynamicNodes,
                        double perNodeHour, double nodeHours, double busyNodeHours, double idleNodeHours,
                        double bootingNodeHours, double cost, double busy, double idle, double booting) {}
