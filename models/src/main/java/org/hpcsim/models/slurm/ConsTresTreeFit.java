package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.BitSet;

/**
 * select/cons_tres's choice of nodes under topology/tree (cons_tres job_test.c
 * {@code _eval_nodes_topo}, 22.05). Unlike select/linear it starts from the highest-level switch
 * with enough usable nodes whose lightest nodes are as light as any (the top switch). Below it,
 * weight tiers are added lightest first until they hold the job; every node of the tiers before
 * the last is taken, and their leaf switches are used up first. Further leaves are then used
 * one at a time, in the order {@link LeafChoice} ranks them. Nodes within a leaf go in index
 * order. The caller fills in what each usable node offers; {@link #place} leaves the chosen
 * nodes, in the order taken, in {@link #picked}.
 */
final class ConsTresTreeFit {
    private final SwitchTree tree;
    private final PlacementTiers tiers;
    private final SwitchCounts counts;
    private final LeafChoice leafChoice;
    private final SwitchHops hops;
    private final int[] cnt;
    private final long[] distance;
    private final boolean[] required;
    /** Per node: the CPUs kept back for each further node a request must have ({@link SlurmNode#unit}). */
    private final int[] keptBack;
    private final BitSet best = new BitSet();
    private final BitSet lighter = new BitSet();
    private final BitSet scratch = new BitSet();
    private final BitSet chosen = new BitSet();
    private final BitSet kept = new BitSet();
    /** The nodes a retry without small offers goes through, in node order. */
    private final int[] candidates;

    /** What each node offers the job being placed; the caller sets them for the usable nodes. */
    final int[] cpusOffered;
    final int[] gpusOffered;
    final int[] picked;
    final int[] cpusTaken;
    final int[] gpusTaken;
    int count;

    private int remNodes;
    private int maxLeft;
    private long remCpus;
    private long remGpus;
    private boolean capToNeed;
    private int least;
    /**
     * Whether the last placement took more nodes than its bound (see {@link #satisfied}): it
     * stands for a job that asked no node count, but fails a job of -N, with no further try (a real
     * -N 2 -n 2 --gpus=4 stayed pending where -n 2 --gpus=4 got three nodes, though two nodes
     * without the lighter one would have held it).
     */
    private boolean overBound;
    /** A job's own CPUs per GPU for GPUs in all, 0 for none (see {@link #payGpusWith}). */
    private int cpusPerGpu;

    ConsTresTreeFit(SwitchTree tree, BitSet[] tiers, int[] keptBack) {
        this.tree = tree;
        this.tiers = new PlacementTiers(tiers, tree.nodeCount());
        this.keptBack = keptBack;
        int n = tree.nodeCount();
        int s = tree.switchCount();
        counts = new SwitchCounts(tree);
        leafChoice = new LeafChoice(tree);
        hops = new SwitchHops(tree);
        cnt = new int[s];
        distance = new long[s];
        required = new boolean[s];
        cpusOffered = new int[n];
        candidates = new int[n];
        gpusOffered = new int[n];
        picked = new int[n];
        cpusTaken = new int[n];
        gpusTaken = new int[n];
    }

    /**
     * With a job's own {@code cpusPerGpu} for GPUs in all (0: none, the default), a node taken
     * gives only the CPUs that pay for whole GPUs of it and counts those GPUs alone
     * (gres_sched_add, in every loop of _eval_nodes_topo that takes nodes).
     */
    void payGpusWith(int cpusPerGpu) {
        this.cpusPerGpu = cpusPerGpu;
    }

    /** Whether the last placement took more nodes than its bound before any was dropped (see {@link #overBound}). */
    boolean overBound() {
        return overBound;
    }

    /** Places by the nodes' weight tiers alone (the default). */
    void rankByWeight() {
        tiers.byWeight();
    }

    /** Places a job of {@code asked} GPUs in all by tiers refined by free GPUs ({@link PlacementTiers#byFreeGpus}). */
    void rankByFreeGpus(BitSet usable, int asked) {
        tiers.byFreeGpus(usable, asked, gpusOffered);
    }

    /**
     * Chooses among {@code usable} (nodes offering at least one CPU) at least {@code want} and at
     * most {@code maxNodes} nodes with {@code cpus} CPUs and {@code gpus} GPUs; true when placed.
     * With {@code capToNeed} a node gives what is still wanted less a unit for each further node
     * the request must have, and at least {@code least} (cons_tres {@code _cpus_to_use}: a job
     * packing CPUs), else all it offers.
     */
    boolean place(BitSet usable, int want, int maxNodes, long cpus, long gpus, boolean capToNeed, int least) {
        this.least = least;
        if (!placeAll(usable, want, maxNodes, cpus, gpus, capToNeed)) {
            return false;
        }
        overBound = count > maxNodes;
        trim(want, cpus, gpus);
        return true;
    }

    /**
     * As {@link #place} for a job packing CPUs, and when that fails, again and again with the nodes
     * that offer least left out, as cons_tres's choose_nodes retries "to avoid a possible knapsack
     * problem": nodes offering at most 1, then 2, ... resources (CPUs, plus GPUs where
     * {@code withGpus}) are dropped while more than {@code want} nodes remain. A placement past the
     * node bound fails a job that asked a node count ({@code nodeCountAsked}), with no further try.
     */
    boolean placeDroppingSmall(BitSet usable, int want, int maxNodes, long cpus, long gpus, int least,
                               boolean withGpus, boolean nodeCountAsked) {
        if (place(usable, want, maxNodes, cpus, gpus, true, least)) {
            return !(overBound && nodeCountAsked);
        }
        int count = 0;
        for (int i = usable.nextSetBit(0); i >= 0; i = usable.nextSetBit(i + 1)) {
            candidates[count++] = i;
        }
        Boolean placed = SmallOffersRetry.retry(candidates, count, want, i -> resources(i, withGpus), left -> {
            kept.clear();
            for (int k = 0; k < left; k++) {
                kept.set(candidates[k]);
            }
            if (!place(kept, want, maxNodes, cpus, gpus, true, least)) {
                return null;
            }
            return !(overBound && nodeCountAsked); // placed past a node count: no further try
        });
        return placed != null && placed;
    }

    private int resources(int i, boolean withGpus) {
        return cpusOffered[i] + (withGpus ? gpusOffered[i] : 0);
    }

    /**
     * Drops, last taken first, every node the job can do without (its nodes, CPUs and GPUs still
     * met): the tier and leaf rules above may take nodes that give nothing still wanted, such as
     * CPU-only nodes of a lighter tier for a job whose GPUs lie in a heavier one.
     */
    private void trim(int want, long cpus, long gpus) {
        long c = 0;
        long g = 0;
        for (int k = 0; k < count; k++) {
            c += cpusTaken[k];
            g += gpusTaken[k];
        }
        for (int k = count - 1; k >= 0 && count > want; k--) {
            if (c - cpusTaken[k] >= cpus && g - gpusTaken[k] >= gpus) {
                c -= cpusTaken[k];
                g -= gpusTaken[k];
                chosen.clear(picked[k]);
                System.arraycopy(picked, k + 1, picked, k, count - k - 1);
                System.arraycopy(cpusTaken, k + 1, cpusTaken, k, count - k - 1);
                System.arraycopy(gpusTaken, k + 1, gpusTaken, k, count - k - 1);
                count--;
            }
        }
    }

    private boolean placeAll(BitSet usable, int want, int maxNodes, long cpus, long gpus, boolean capToNeed) {
        this.capToNeed = capToNeed;
        count = 0;
        chosen.clear();
        remNodes = want;
        maxLeft = maxNodes;
        remCpus = cpus;
        remGpus = gpus;
        int top = topSwitch(usable, want);
        if (top < 0 || !bestNodes(usable, top, want, cpus, gpus)) {
            return false;
        }
        Arrays.fill(required, false);
        for (int i = lighter.nextSetBit(0); i >= 0 && maxLeft > 0; i = lighter.nextSetBit(i + 1)) {
            take(i);
        }
        markRequired();
        if (!lighter.isEmpty() && (satisfied() || maxLeft <= 0)) {
            return satisfied();
        }
        counts.count(best, cpusOffered, gpusOffered, tiers.tierOf());
        System.arraycopy(counts.nodes, 0, cnt, 0, cnt.length);
        for (int l : counts.leaves()) {
            if (required[l] && fillLeaf(l, Integer.MAX_VALUE)) {
                return true;
            }
        }
        return addLeaves();
    }

    private int topSwitch(BitSet usable, int want) {
        counts.count(usable, cpusOffered, gpusOffered, tiers.tierOf());
        int top = -1;
        int topTier = Integer.MAX_VALUE;
        for (int s = 0; s < tree.switchCount(); s++) {
            if (counts.nodes[s] < want) {
                continue;
            }
            int t = counts.minTier[s];
            if (top < 0 || (tree.level(s) >= tree.level(top) && t <= topTier)) {
                top = s;
                topTier = t;
            }
        }
        return top;
    }

    /**
     * Adds tiers under {@code top}, lightest first, until they hold the job; {@link #lighter} gets
     * all tiers but the last.
     */
    private boolean bestNodes(BitSet usable, int top, int want, long cpus, long gpus) {
        best.clear();
        lighter.clear();
        int nodes = 0;
        long c = 0;
        long g = 0;
        for (BitSet tier : tiers.tiers()) {
            if (nodes > 0) {
                lighter.or(best);
            }
            scratch.clear();
            scratch.or(tier);
            scratch.and(usable);
            scratch.and(tree.nodesUnder(top));
            for (int i = scratch.nextSetBit(0); i >= 0; i = scratch.nextSetBit(i + 1)) {
                best.set(i);
                nodes++;
                c += cpusOffered[i];
                g += gpusOffered[i];
            }
            if (nodes >= want && c >= cpus && g >= gpus) {
                return true;
            }
        }
        return false;
    }

    /** Every switch with a node of the lighter tiers below it is required (switch_required). */
    private void markRequired() {
        for (int i = lighter.nextSetBit(0); i >= 0; i = lighter.nextSetBit(i + 1)) {
            required[tree.leafOf(i)] = true;
        }
        for (int s = 0; s < tree.switchCount(); s++) {
            if (!tree.isLeaf(s)) {
                for (int l : tree.leavesBelow(s)) {
                    required[s] |= required[l];
                }
            }
        }
    }

    private boolean addLeaves() {
        Arrays.fill(distance, 0);
        for (int s = 0; s < required.length; s++) {
            if (required[s]) {
                addDistance(s);
            }
        }
        int previous = remNodes + 1;
        while (previous != remNodes) { // a leaf that adds no node stalls the search, as in Slurm
            previous = remNodes;
            int pick = -1;
            for (int l : counts.leaves()) {
                if (!required[l]) {
                    pick = leafChoice.better(l, pick, cnt, distance, remNodes);
                }
            }
            if (pick < 0) {
                break;
            }
            addDistance(pick);
            // Slurm's max_nodes is unsigned: once the required leaves took it past zero it wraps,
            // and no bound holds for further leaves either.
            if (fillLeaf(pick, maxLeft < 0 ? Integer.MAX_VALUE : maxLeft)) {
                return true;
            }
            cnt[pick] = 0;
        }
        return satisfied();
    }

    /** Takes the best nodes of leaf {@code l} not yet taken, at most {@code limit}; true once satisfied. */
    private boolean fillLeaf(int l, int limit) {
        BitSet under = tree.nodesUnder(l);
        int taken = 0;
        for (int i = under.nextSetBit(0); i >= 0 && taken < limit; i = under.nextSetBit(i + 1)) {
            if (!best.get(i) || chosen.get(i)) {
                continue;
            }
            take(i);
            taken++;
            if (satisfied()) {
                return true;
            }
        }
        return false;
    }

    private void take(int i) {
        int c = cpusOffered[i];
        int g = gpusOffered[i];
        if (capToNeed) {
            long spare = remCpus - (long) Math.max(remNodes - 1, 0) * keptBack[i];
            c = (int) Math.min(c, Math.max(spare, least));
        }
        if (cpusPerGpu > 0) {
            g = CpuShares.gpusPaidFor(g, c, cpusPerGpu);
            c = CpuShares.cpusPaying(c, g, cpusPerGpu);
        }
        if (capToNeed) {
            g = (int) Math.min(g, Math.max(remGpus, 0));
        }
        chosen.set(i);
        picked[count] = i;
        cpusTaken[count] = c;
        gpusTaken[count] = g;
        count++;
        remNodes--;
        maxLeft--;
        remCpus -= c;
        remGpus -= g;
    }

    /**
     * Whether what is taken holds the request. The node bound is not part of it: the loops that
     * take nodes keep to it, but the one over leaves already required does not, and
     * _eval_nodes_topo's tests of success never look at it (a real -n 2 --gpus=4 got three nodes).
     */
    private boolean satisfied() {
        return remNodes <= 0 && remCpus <= 0 && remGpus <= 0;
    }

    private void addDistance(int s) {
        int[] row = hops.from(s);
        for (int k = 0; k < distance.length; k++) {
            distance[k] = distance[k] == LeafChoice.UNREACHABLE || row[k] < 0 ? LeafChoice.UNREACHABLE
                    : distance[k] + row[k];
        }
    }
}
