package org.hpcsim.models.cloud;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.Job;

/**
 * Adds up what a run costs: node-hours up (powered, whether booting, idle or held) from the first
 * submission to the last end, node-hours held by jobs, the idle rest, per user and account.
 */
public final class CostCollector implements RunObserver {
    private final HomogeneousCluster cluster;
    private final Pricing pricing;
    private final Map<String, double[]> users = new HashMap<>();    // jobs, node-hours
    private final Map<String, double[]> accounts = new HashMap<>();
    private long firstSubmit = -1;
    private long lastEnd;
    private double busyNodeHours;
    // Nodes up now, since when, and node-seconds up before that.
    private int up;
    private long upSince;
    private double upNodeSeconds;

    /** A collector for {@code cluster} at {@code pricing}. */
    public CostCollector(HomogeneousCluster cluster, Pricing pricing) {
        this.cluster = cluster;
        this.pricing = pricing;
        this.up = cluster.staticNodes();
    }

    /** Node-hours a job held: a job on c of a node's C cores holds c / C of it. */
    public double nodeHours(JobOutcome o) {
        return (double) o.allocatedCores() / cluster.coresPerNode() * SimTime.toSeconds(o.runTime()) / 3600;
    }

    /** A job's cost in US dollars. */
    public double costOf(JobOutcome o) {
        return nodeHours(o) * pricing.perNodeHour();
    }

    @Override
    public void jobSubmitted(Job job, long now) {
        if (firstSubmit < 0) {
            firstSubmit = now;
            upSince = now;
        }
    }

    @Override
    public void nodesUp(long now, int nodesUp) {
        if (firstSubmit >= 0) {
            upNodeSeconds += up * SimTime.toSeconds(now - upSince);
            upSince = now;
        }
        up = nodesUp;
    }

    @Override
    public void jobFinished(JobOutcome o) {
        double h = nodeHours(o);
        busyNodeHours += h;
        lastEnd = Math.max(lastEnd, o.endTime());
        add(users, o.job().labels().user(), h);
        add(accounts, o.job().labels().account(), h);
    }

    /** A run lost to preemption was paid for: its node-hours count as busy, and not as a job. */
    @Override
    public void jobRequeued(JobOutcome run) {
        busyNodeHours += nodeHours(run);
    }

    private static void add(Map<String, double[]> shares, String name, double nodeHours) {
        double[] s = shares.computeIfAbsent(name, k -> new double[2]);
        s[0]++;
        s[1] += nodeHours;
    }

    /** The cost of the run so far; call once it has finished. */
    public CostReport report() {
        double up = firstSubmit < 0 ? 0
                : (upNodeSeconds + this.up * SimTime.toSeconds(Math.max(0, lastEnd - upSince))) / 3600;
        double idle = Math.max(0, up - busyNodeHours);
        double price = pricing.perNodeHour();
        return new CostReport("USD", price, pricing.onDemandPerHour(), pricing.spot(), up, busyNodeHours, idle,
                up * price, busyNodeHours * price, idle * price, sorted(users, price), sorted(accounts, price));
    }

    private static List<CostShare> sorted(Map<String, double[]> shares, double price) {
        List<CostShare> list = new ArrayList<>();
        shares.forEach((name, s) -> list.add(new CostShare(name, (long) s[0], s[1], s[1] * price)));
        list.sort((a, b) -> a.cost() != b.cost() ? Double.compare(b.cost(), a.cost()) : a.name().compareTo(b.name()));
        return list;
    }
}
