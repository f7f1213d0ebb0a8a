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
 * Adds up what a run costs over its accounting window, from the first submission to the last
 * end: node-hours up (powered, whether booting, idle or held), those booting, those held by jobs
 * and the idle rest, Spot and On-Demand apart, per user and account, and the shared storage.
 *
 * <p>A constant price multiplies node-hours; a Spot price series is integrated over time, for
 * the nodes up (each change of that count closes an interval), for each job's run and for each
 * boot. On a static mixed fleet a job or a boot is priced at the fleet's average, since the run
 * does not say which kind of node it was on; the Spot and On-Demand totals are exact, as all its
 * nodes are up for the whole window.
 *
 * <p>A cluster of several node groups (compute resources of different instance types, or the
 * On-Demand and Spot parts of a fleet whose nodes power up and down; each all Spot or all
 * On-Demand) is priced node by node instead: each group's nodes up, booting and held by jobs at
 * its own price, and each job at the prices of the nodes it held (see {@link #ofGroups}).
 */
public final class CostCollector implements RunObserver {
    private final HomogeneousCluster cluster;
    private final Pricing pricing;
    private final List<StorageVolume> storage;
    /** The head node, paid On-Demand over the window, or null. */
    private final InstanceType headNode;
    /** The node groups of a cluster of several, or null for one instance type. */
    private final GroupLedger groups;
    private final Map<String, double[]> users = new HashMap<>();    // jobs, node-hours, cost (series only)
    private final Map<String, double[]> accounts = new HashMap<>();
    private long firstSubmit = -1;
    private long lastEnd;
    private double busyNodeHours;
    private double busyCost;       // with a price series only; else node-hours x price
    // Nodes up now, since when, and node-seconds up before that (and, with a series, their costs).
    private int up;
    private long upSince;
    private double upNodeSeconds;
    private double upCost;
    private double upSpotCost;
    /** Boots as (start, ready, nodes). */
    private final BootLog boots = new BootLog();

    /** A collector for {@code cluster} at {@code pricing}, without storage. */
    public CostCollector(HomogeneousCluster cluster, Pricing pricing) {
        this(cluster, pricing, List.of());
    }

    /** A collector for {@code cluster} at {@code pricing}, paying for {@code storage} over the window too. */
    public CostCollector(HomogeneousCluster cluster, Pricing pricing, List<StorageVolume> storage) {
        this(cluster, pricing, storage, null);
    }

    /**
     * As above, paying for a head node of type {@code headNode} (null: none) too, On-Demand over
     * the whole window.
     */
    public CostCollector(HomogeneousCluster cluster, Pricing pricing, List<StorageVolume> storage,
                         InstanceType headNode) {
        this(cluster, pricing, storage, headNode, null);
    }

    private CostCollector(HomogeneousCluster cluster, Pricing pricing, List<StorageVolume> storage,
                          InstanceType headNode, GroupLedger groups) {
        this.cluster = cluster;
        this.pricing = pricing;
        this.storage = List.copyOf(storage);
        this.headNode = headNode;
        this.groups = groups;
        this.up = cluster != null ? cluster.staticNodes()
                : groups.groups().stream().mapToInt(NodeGroup::staticNodes).sum();
    }

    /**
     * A collector for a cluster made of {@code groups}, which must cover its nodes in order, each
     * node priced at its group's price; paying for {@code storage} and a head node of type
     * {@code headNode} (null: none) over the window too.
     */
    public static CostCollector ofGroups(List<NodeGroup> groups, List<StorageVolume> storage, InstanceType headNode) {
        GroupLedger ledger = new GroupLedger(groups);
        return new CostCollector(null, groups.get(0).pricing(), storage, headNode, ledger);
    }

    /** The prices this collector charges. */
    public Pricing pricing() {
        return pricing;
    }

    /** Node-hours a job held: a job on c of a node's C cores holds c / C of it. */
    public double nodeHours(JobOutcome o) {
        if (groups != null) {
            return groups.nodeHours(o);
        }
        return (double) o.allocatedCores() / cluster.coresPerNode() * SimTime.toSeconds(o.runTime()) / 3600;
    }

    /** A job's cost in US dollars: its node-hours at the price of the hours it ran in. */
    public double costOf(JobOutcome o) {
        if (groups != null) {
            return groups.costOf(o);
        }
        if (pricing.constant()) {
            return nodeHours(o) * pricing.perNodeHour();
        }
        return (double) o.allocatedCores() / cluster.coresPerNode() * pricing.nodeCost(o.startTime(), o.endTime());
    }

    @Override
    public void jobSubmitted(Job job, long now) {
        if (firstSubmit < 0) {
            firstSubmit = now;
            upSince = now;
            if (groups != null) {
                groups.start(now);
            }
        }
    }

    @Override
    public void nodePowered(long now, int node, boolean isUp, long readyAt) {
        if (groups != null) {
            groups.nodePowered(now, node, isUp, readyAt);
        }
    }

    @Override
    public void nodesUp(long now, int nodesUp) {
        if (firstSubmit >= 0) {
            closeUp(now);
        }
        up = nodesUp;
    }

    @Override
    public void nodesBooting(long now, int nodes, long readyAt) {
        if (readyAt <= now || nodes <= 0 || groups != null) { // groups hear each boot through nodePowered
            return;
        }
        boots.add(now, readyAt, nodes);
    }

    @Override
    public void jobFinished(JobOutcome o) {
        double h = nodeHours(o);
        double c = pricing.constant() && groups == null ? 0 : costOf(o);
        if (groups != null) {
            groups.busy(o);
        }
        busyNodeHours += h;
        busyCost += c;
        lastEnd = Math.max(lastEnd, o.endTime());
        add(users, o.job().labels().user(), h, c);
        add(accounts, o.job().labels().account(), h, c);
    }

    /** A run lost to preemption or a node failure was paid for: its node-hours count as busy, and not as a job. */
    @Override
    public void jobRequeued(JobOutcome run) {
        busyNodeHours += nodeHours(run);
        if (groups != null) {
            groups.busy(run);
        } else if (!pricing.constant()) {
            busyCost += costOf(run);
        }
    }

    // Adds the nodes up since upSince, to now.
    private void closeUp(long now) {
        if (now <= upSince) {
            return;
        }
        upNodeSeconds += up * SimTime.toSeconds(now - upSince);
        if (!pricing.constant()) {
            upCost += up * pricing.nodeCost(upSince, now);
            upSpotCost += up * pricing.spotCost(upSince, now);
        }
        upSince = now;
    }

    private static void add(Map<String, double[]> shares, String name, double nodeHours, double cost) {
        double[] s = shares.computeIfAbsent(name, k -> new double[3]);
        s[0]++;
        s[1] += nodeHours;
        s[2] += cost;
    }

    /** The cost of the run; call once it has finished. */
    public CostReport report() {
        return report(0);
    }

    /**
     * The cost of the run, {@code lostNodeHours} of its busy node-hours lost to node failures
     * (work redone); call once it has finished.
     */
    public CostReport report(double lostNodeHours) {
        long end = firstSubmit < 0 ? 0 : Math.max(lastEnd, firstSubmit);
        if (groups != null) {
            return groupReport(end, lostNodeHours);
        }
        double upSeconds = upNodeSeconds;
        double upDollars = upCost;
        double upSpotDollars = upSpotCost;
        if (firstSubmit >= 0 && end > upSince) {
            upSeconds += up * SimTime.toSeconds(end - upSince);
            if (!pricing.constant()) {
                upDollars += up * pricing.nodeCost(upSince, end);
                upSpotDollars += up * pricing.spotCost(upSince, end);
            }
        }
        double upHours = upSeconds / 3600;
        double bootHours = 0;
        double bootDollars = 0;
        for (int i = 0; i < boots.size(); i++) {
            long ready = Math.min(boots.ready(i), end);
            if (ready > boots.start(i)) {
                bootHours += boots.value(i) * SimTime.toSeconds(ready - boots.start(i)) / 3600;
                if (!pricing.constant()) {
                    bootDollars += boots.value(i) * pricing.nodeCost(boots.start(i), ready);
                }
            }
        }
        double idleHours = Math.max(0, upHours - busyNodeHours - bootHours);
        double share = pricing.spotShare();
        double spotHours = share * upHours;
        double onDemandHours = upHours - spotHours;
        double compute;
        double busy;
        double booting;
        double idle;
        double spotDollars;
        double price;
        if (pricing.constant()) {
            price = pricing.perNodeHour();
            compute = upHours * price;
            busy = busyNodeHours * price;
            booting = bootHours * price;
            idle = idleHours * price;
            spotDollars = spotHours * pricing.spotPerHour();
        } else {
            price = upHours > 0 ? upDollars / upHours : pricing.perNodeHourAt(Math.max(0, firstSubmit));
            compute = upDollars;
            busy = busyCost;
            booting = bootDollars;
            idle = Math.max(0, compute - busy - booting);
            spotDollars = share * upSpotDollars;
        }
        double onDemandDollars = onDemandHours * pricing.onDemandPerHour();
        double windowHours = windowHours(end);
        List<StorageCost> stored = storageCosts(windowHours);
        double storageDollars = total(stored);
        double lost = lostNodeHours * price;
        double head = headNode == null ? 0 : headNode.onDemandPerHour() * windowHours;
        return new CostReport("USD", price, pricing.onDemandPerHour(), pricing.spot(), upHours, busyNodeHours,
                idleHours, compute + storageDollars + head, busy, idle, sorted(users, price), sorted(accounts, price),
                bootHours, booting, spotHours, spotDollars, onDemandHours, onDemandDollars, storageDollars, stored,
                lostNodeHours, lost, idle + lost, headNode == null ? "" : headNode.name(), head);
    }

    // Each group at its own price; the totals are their sums, the average price the total over the node-hours.
    private CostReport groupReport(long end, double lostNodeHours) {
        List<GroupCost> figures = groups.report(end);
        double upHours = 0;
        double busyHours = 0;
        double idleHours = 0;
        double bootHours = 0;
        double compute = 0;
        double busy = 0;
        double idle = 0;
        double booting = 0;
        double spotHours = 0;
        double spotDollars = 0;
        double onDemandIfAll = 0;
        for (int g = 0; g < figures.size(); g++) {
            GroupCost f = figures.get(g);
            upHours += f.nodeHours();
            busyHours += f.busyNodeHours();
            idleHours += f.idleNodeHours();
            bootHours += f.bootingNodeHours();
            compute += f.cost();
            busy += f.busy();
            idle += f.idle();
            booting += f.booting();
            onDemandIfAll += f.nodeHours() * groups.groups().get(g).pricing().onDemandPerHour();
            if (groups.groups().get(g).spot()) {
                spotHours += f.nodeHours();
                spotDollars += f.cost();
            }
        }
        double price = upHours > 0 ? compute / upHours : 0;
        double onDemandPrice = upHours > 0 ? onDemandIfAll / upHours : 0;
        double windowHours = windowHours(end);
        List<StorageCost> stored = storageCosts(windowHours);
        double storageDollars = total(stored);
        // Work is lost where Spot nodes are interrupted: priced at what the Spot groups paid per node-hour.
        double lost = lostNodeHours * (spotHours > 0 ? spotDollars / spotHours : price);
        double head = headNode == null ? 0 : headNode.onDemandPerHour() * windowHours;
        boolean anySpot = groups.groups().stream().anyMatch(NodeGroup::spot);
        return new CostReport("USD", price, onDemandPrice, anySpot, upHours, busyHours, idleHours,
                compute + storageDollars + head, busy, idle, sorted(users, price), sorted(accounts, price), bootHours,
                booting, spotHours, spotDollars, upHours - spotHours, compute - spotDollars, storageDollars, stored,
                lostNodeHours, lost, idle + lost, headNode == null ? "" : headNode.name(), head, figures);
    }

    private double windowHours(long end) {
        return firstSubmit < 0 ? 0 : SimTime.toSeconds(end - firstSubmit) / 3600;
    }

    // A plain loop, not DoubleStream.sum's compensated sum, so the figures stay those of earlier runs.
    private static double total(List<StorageCost> stored) {
        double sum = 0;
        for (StorageCost c : stored) {
            sum += c.cost();
        }
        return sum;
    }

    private List<StorageCost> storageCosts(double windowHours) {
        List<StorageCost> stored = new ArrayList<>();
        for (StorageVolume v : storage) {
            stored.add(v.costOver(windowHours));
        }
        return stored;
    }

    private List<CostShare> sorted(Map<String, double[]> shares, double price) {
        boolean constant = pricing.constant() && groups == null;
        List<CostShare> list = new ArrayList<>();
        shares.forEach((name, s) -> list.add(new CostShare(name, (long) s[0], s[1], constant ? s[1] * price : s[2])));
        list.sort((a, b) -> a.cost() != b.cost() ? Double.compare(b.cost(), a.cost()) : a.name().compareTo(b.name()));
        return list;
    }
}
