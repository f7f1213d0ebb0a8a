package org.hpcsim.models.cloud;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.NodeShares;

/**
 * Node-hours and dollars of a cluster made of several node groups, each at its own price: nodes
 * up per group (static ones always, dynamic ones as the scheduler powers them up and down), the
 * part of them booting, and jobs priced at the groups of the nodes they held.
 */
final class GroupLedger {
    private final List<NodeGroup> groups;
    private final int[] groupOf;
    private final int[] up;
    private final long[] upSince;
    private final double[] upNodeSeconds;
    private final double[] busyNodeHours;
    /** Boots as (start, ready, group). */
    private final BootLog boots = new BootLog();
    private boolean started;

    /** A ledger for {@code groups}, which must not overlap. */
    GroupLedger(List<NodeGroup> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("at least one node group");
        }
        this.groups = List.copyOf(groups);
        int end = groups.stream().mapToInt(g -> g.firstNode() + g.nodes()).max().orElse(0);
        groupOf = new int[end];
        Arrays.fill(groupOf, -1);
        int n = groups.size();
        up = new int[n];
        upSince = new long[n];
        upNodeSeconds = new double[n];
        busyNodeHours = new double[n];
        for (int g = 0; g < n; g++) {
            NodeGroup group = groups.get(g);
            for (int i = group.firstNode(); i < group.firstNode() + group.nodes(); i++) {
                if (groupOf[i] >= 0) {
                    throw new IllegalArgumentException("node " + i + " is in groups " + groups.get(groupOf[i]).name()
                            + " and " + group.name());
                }
                groupOf[i] = g;
            }
            up[g] = group.staticNodes();
        }
    }

    /** The groups, in order. */
    List<NodeGroup> groups() {
        return groups;
    }

    /** The accounting window opens at {@code now} (the first submission). */
    void start(long now) {
        started = true;
        Arrays.fill(upSince, now);
    }

    /** Node {@code node} powered up at {@code now}, booting until {@code readyAt}, or down. */
    void nodePowered(long now, int node, boolean isUp, long readyAt) {
        int g = group(node);
        close(g, now);
        up[g] += isUp ? 1 : -1;
        if (isUp && readyAt > now) {
            boots.add(now, readyAt, g);
        }
    }

    /** Node-hours {@code run} held, each node's share being the CPUs held over the node's CPUs. */
    double nodeHours(JobOutcome run) {
        double[] byGroup = byGroup(run);
        double h = 0;
        for (double x : byGroup) {
            h += x;
        }
        return h;
    }

    /** What {@code run} cost: its node-hours in each group at that group's price. */
    double costOf(JobOutcome run) {
        double[] byGroup = byGroup(run);
        double c = 0;
        for (int g = 0; g < byGroup.length; g++) {
            c += byGroup[g] * groups.get(g).perNodeHour();
        }
        return c;
    }

    /** Counts {@code run}'s node-hours as busy in the groups it held nodes of. */
    void busy(JobOutcome run) {
        double[] byGroup = byGroup(run);
        for (int g = 0; g < byGroup.length; g++) {
            busyNodeHours[g] += byGroup[g];
        }
    }

    /** Each group's figures over the window, which ends at {@code end}. */
    List<GroupCost> report(long end) {
        int n = groups.size();
        double[] bootHours = new double[n];
        for (int i = 0; i < boots.size(); i++) {
            long ready = Math.min(boots.ready(i), end);
            if (ready > boots.start(i)) {
                bootHours[boots.value(i)] += SimTime.toSeconds(ready - boots.start(i)) / 3600;
            }
        }
        List<GroupCost> out = new ArrayList<>(n);
        for (int g = 0; g < n; g++) {
            NodeGroup group = groups.get(g);
            double seconds = upNodeSeconds[g] + (started && end > upSince[g] ? up[g] * SimTime.toSeconds(end - upSince[g]) : 0);
            double upHours = seconds / 3600;
            double idle = Math.max(0, upHours - busyNodeHours[g] - bootHours[g]);
            double price = group.perNodeHour();
            out.add(new GroupCost(group.name(), group.instanceType(), group.spot() ? "spot" : "ondemand",
                    group.staticNodes(), group.dynamicNodes(), price, upHours, busyNodeHours[g], idle, bootHours[g],
                    upHours * price, busyNodeHours[g] * price, idle * price, bootHours[g] * price));
        }
        return out;
    }

    private double[] byGroup(JobOutcome run) {
        NodeShares shares = run.nodes();
        if (shares == null) {
            throw new IllegalStateException("job " + run.job().id() + ": a run on node groups must say its nodes");
        }
        double hours = SimTime.toSeconds(run.runTime()) / 3600;
        double[] byGroup = new double[groups.size()];
        for (int k = 0; k < shares.nodes().length; k++) {
            int g = group(shares.nodes()[k]);
            byGroup[g] += (double) shares.cpus()[k] / groups.get(g).cpusPerNode() * hours;
        }
        return byGroup;
    }

    private int group(int node) {
        if (node < 0 || node >= groupOf.length || groupOf[node] < 0) {
            throw new IllegalStateException("node " + node + " is in no node group");
        }
        return groupOf[node];
    }

    private void close(int g, long now) {
        if (started && now > upSince[g]) {
            upNodeSeconds[g] += up[g] * SimTime.toSeconds(now - upSince[g]);
            upSince[g] = now;
        }
    }
}
