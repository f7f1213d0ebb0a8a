package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;

/**
 * Picks the nodes a job gets from those it may use, as the select plugin does: nodes of lower
 * Weight first. select/linear hands out whole idle nodes, best fit over consecutive runs;
 * select/cons_tres
 * hands out CPUs and GPUs inside nodes, packing jobs that fix no node count onto as few nodes as
 * it can, and giving jobs that fix one an even share on each node. Candidates are walked with
 * bit sets (free nodes among allowed ones, tier by tier), so a full cluster costs a few word
 * operations rather than a scan of every node. With a topology/tree switch tree, whole nodes under
 * select/linear come from {@link LinearTreeFit} and every cons_tres choice from {@link ConsTresTreeFit};
 * a placement may then be limited to a number of leaf switches (--switches).
 *
 * <p>A request's {@link RequestShape} narrows the nodes it may use (--constraint, GRES type,
 * RealMemory) before any of this, asks its GPUs on every node it gets (--gpus-per-node), and, where
 * select/cons_tres counts memory, lets a job share a node only where its memory is still free.
 */
final class NodeSelector {
    private final List<SlurmNode> nodes;
    private final SelectType type;
    /** Node sets of equal Weight, lowest weight first. */
    private final BitSet[] weightTiers;
    /** The sets tried in order: the weight tiers, split by power state under power saving. */
    private BitSet[] tiers;
    private final BitSet scratch = new BitSet();
    private final BitSet cumulative = new BitSet();
    /** select/linear's best fit over the tiers without a switch tree; builds every whole-node allocation. */
    private final TieredBestFit linearFit;
    /** Every node has one CPU and no GPU: sharing a node is impossible, so every request is whole nodes. */
    private final boolean singleCpuNodes;
    /** The switch tree, or null without topology/tree; then the fits below are null too. */
    private final SwitchTree tree;
    private final LinearTreeFit linearTree;
    private final ConsTresTreeFit consTree;
    private final BitSet usable = new BitSet();
    /** The nodes a shaped request may use among those offered. */
    private final BitSet shaped = new BitSet();
    /** select/cons_tres's placement on shared nodes without a switch tree, and memory's part in any placement. */
    private final SharedPlacement shared;
    private final int[] leafSeen;
    private int leafStamp;

    NodeSelector(List<SlurmNode> nodes, SelectType type) {
        this(nodes, type, null);
    }

    NodeSelector(List<SlurmNode> nodes, SelectType type, SwitchTree tree) {
        this(nodes, type, tree, ConsumableMemory.NONE);
    }

    NodeSelector(List<SlurmNode> nodes, SelectType type, SwitchTree tree, ConsumableMemory memory) {
        this.nodes = nodes;
        this.shared = new SharedPlacement(nodes, memory);
        this.type = type;
        TreeMap<Integer, BitSet> byWeight = new TreeMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            byWeight.computeIfAbsent(nodes.get(i).weight(), w -> new BitSet()).set(i);
        }
        weightTiers = byWeight.values().toArray(new BitSet[0]);
        tiers = weightTiers;
        singleCpuNodes = nodes.stream().allMatch(n -> n.cpus() == 1 && n.gpus() == 0);
        linearFit = new TieredBestFit(nodes);
        linearFit.tiers(tiers);
        if (tree != null && tree.nodeCount() != nodes.size()) {
            throw new IllegalArgumentException("the switch tree is for " + tree.nodeCount() + " nodes, the cluster has "
                    + nodes.size());
        }
        this.tree = tree;
        this.linearTree = tree == null ? null : new LinearTreeFit(tree, nodes);
        this.consTree = tree == null ? null : new ConsTresTreeFit(tree, weightTiers, unitsOf(nodes));
        this.leafSeen = tree == null ? null : new int[tree.switchCount()];
    }

    /**
     * Orders the node sets as slurmctld's sched_weight does under power saving
     * (node_scheduler.c, _set_sched_weight): nodes that are up first, then nodes powering up, then
     * powered-down nodes, each by Weight, so a job boots nodes only when the up ones cannot hold
     * it. Not for a switch tree, whose fit keeps the weight tiers it was built with.
     */
    void powerStates(BitSet poweringUp, BitSet poweredDown) {
        if (tree != null) {
            throw new IllegalStateException("power saving with a switch tree is not modelled");
        }
        List<BitSet> ordered = new ArrayList<>();
        BitSet asleep = (BitSet) poweringUp.clone();
        asleep.or(poweredDown);
        for (int kind = 0; kind < 3; kind++) {
            for (BitSet w : weightTiers) {
                BitSet t = (BitSet) w.clone();
                if (kind == 0) {
                    t.andNot(asleep);
                } else {
                    t.and(kind == 1 ? poweringUp : poweredDown);
                }
                if (!t.isEmpty()) {
                    ordered.add(t);
                }
            }
        }
        tiers = ordered.toArray(new BitSet[0]);
        linearFit.tiers(tiers);
    }

    /** Whether placements follow a switch tree. */
    boolean hasTree() {
        return tree != null;
    }

    /** Leaf switches {@code a} spans; 0 without a tree. */
    int leaves(Allocation a) {
        if (tree == null) {
            return 0;
        }
        if (++leafStamp == Integer.MAX_VALUE) {
            Arrays.fill(leafSeen, 0);
            leafStamp = 1;
        }
        int n = 0;
        for (int k = 0; k < a.nodeCount(); k++) {
            int l = tree.leafOf(a.node(k));
            if (l >= 0 && leafSeen[l] != leafStamp) {
                leafSeen[l] = leafStamp;
                n++;
            }
        }
        return n;
    }

    /**
     * Whether whole nodes for {@code r} are found on any usable set that holds enough nodes, CPUs
     * and GPUs: without a switch tree and without options that narrow the nodes, the best fit
     * over the last (all-inclusive) weight tier takes runs until nothing is missing.
     */
    boolean placesAnyEnough(JobRequest r) {
        return tree == null && r.shape().eligible() == null;
    }

    /** Whether {@code r} takes whole nodes. */
    boolean wholeNodes(JobRequest r) {
        return type == SelectType.LINEAR || r.exclusive() || singleCpuNodes;
    }

    /** The allocation for {@code r} among the nodes in {@code avail} given what is free, or null if it does not fit. */
    Allocation select(JobRequest r, BitSet avail, NodeResources free) {
        return select(r, avail, free, 0);
    }

    /**
     * As {@link #select(JobRequest, BitSet, NodeResources)}, refusing a placement over more than
     * {@code maxLeaves} leaf switches (0: any), as the select plugins refuse one that misses the
     * job's --switches count (best_switch false). Under select/linear slurmctld then offers the
     * next heavier weight tier as well (node_scheduler.c's {@code _pick_best_nodes}); cons_tres
     * sees every tier in one test.
     */
    Allocation select(JobRequest r, BitSet avail, NodeResources free, int maxLeaves) {
        avail = allowed(r, avail);
        if (tree != null && type == SelectType.CONS_TRES) {
            Allocation a = wholeNodes(r) ? consWhole(r, avail, free.idle) : consShared(r, avail, free);
            return a == null || maxLeaves <= 0 || leaves(a) <= maxLeaves ? a : null;
        }
        if (wholeNodes(r)) {
            return wholeNodes(r, avail, free.idle, maxLeaves);
        }
        return r.minNodes() > 0 ? shared.evenShares(r, avail, free, tiers) : shared.packed(r, avail, free, tiers);
    }

    /**
     * Whole nodes for {@code r} among {@code avail} that are in {@code usable}, or null. Nodes of
     * the lowest Weight are tried alone first, then with the next weight added, and so on, as
     * slurmctld offers the select plugin ever larger node sets; within a set, select/linear's
     * best fit over runs of consecutive nodes chooses, or its switch-tree fit. Under a tree
     * cons_tres weighs the tiers itself in one test (SELECT_SINGLE_JOB_TEST).
     */
    Allocation wholeNodes(JobRequest r, BitSet avail, BitSet usable) {
        avail = allowed(r, avail);
        if (tree != null && type == SelectType.CONS_TRES) {
            return consWhole(r, avail, usable);
        }
        return wholeNodes(r, avail, usable, 0);
    }

    /**
     * As {@link #wholeNodes(JobRequest, BitSet, BitSet)}, with {@code avail}'s words at hand in
     * {@code availWords} and the usable nodes as the first {@code words} of {@code usable} (bit n
     * of word n / 64 is node n).
     */
    Allocation wholeNodes(JobRequest r, BitSet avail, long[] availWords, long[] usable, int words) {
        if (tree == null) {
            long[] offered = r.shape().eligible() == null ? availWords : allowed(r, avail).toLongArray();
            return linearFit.place(r, Math.max(r.minNodes(), 1), offered, usable);
        }
        return wholeNodes(r, avail, BitSet.valueOf(Arrays.copyOf(usable, words)));
    }

    private Allocation wholeNodes(JobRequest r, BitSet avail, BitSet usable, int maxLeaves) {
        int want = Math.max(r.minNodes(), 1);
        if (tree == null) {
            if (usable.cardinality() < want) {
                return null; // every tier's candidates are usable nodes: too few for the best fit
            }
            return linearFit.place(r, want, avail.toLongArray(), usable.toLongArray());
        }
        cumulative.clear();
        for (BitSet tier : tiers) {
            cumulative.or(tier);
            BitSet c = candidates(cumulative, avail, usable);
            if (c.isEmpty()) {
                continue;
            }
            int[] picked = linearTree.pick(c, want, maxNodes(r), r.cpus(), r.gpus());
            if (picked != null && (maxLeaves <= 0 || linearTree.leaves() <= maxLeaves)) {
                return linearFit.whole(picked);
            }
        }
        return null;
    }

    /** {@code avail} less the nodes {@code r}'s options rule out. */
    private BitSet allowed(JobRequest r, BitSet avail) {
        BitSet eligible = r.shape().eligible();
        if (eligible == null) {
            return avail;
        }
        shaped.clear();
        shaped.or(avail);
        shaped.and(eligible);
        return shaped;
    }

    /** The most CPUs, up to {@code cpus}, {@code r} may take on node {@code i} with the memory free there. */
    private int memoryCap(JobRequest r, int i, int cpus, NodeResources free) {
        return shared.memoryCap(r, i, cpus, free);
    }

    /** Whether node {@code i} has the memory free that {@code r} holds there with {@code cpus} CPUs. */
    private boolean fitsMemory(JobRequest r, int i, int cpus, NodeResources free) {
        return shared.fitsMemory(r, i, cpus, free);
    }

    /** sbatch -N n means at most n nodes too; a request by CPUs alone has no bound. */
    private static int maxNodes(JobRequest r) {
        return r.minNodes() > 0 ? r.minNodes() : Integer.MAX_VALUE;
    }

    /** cons_tres whole nodes under a tree: each usable node offers all it has. */
    private Allocation consWhole(JobRequest r, BitSet avail, BitSet usableNodes) {
        BitSet u = candidates(usableNodes, avail, usableNodes);
        for (int i = u.nextSetBit(0); i >= 0; i = u.nextSetBit(i + 1)) {
            consTree.cpusOffered[i] = nodes.get(i).cpus();
            consTree.gpusOffered[i] = nodes.get(i).gpus();
        }
        if (!consTree.place(u, Math.max(r.minNodes(), 1), maxNodes(r), r.cpus(), r.gpus(), false, 1)
                || r.minNodes() > 0 && consTree.overBound()) {
            return null;
        }
        return linearFit.whole(Arrays.copyOf(consTree.picked, consTree.count));
    }

    /**
     * cons_tres shared nodes under a tree. With a node count and --ntasks-per-node or a least CPU
     * count per node, each node must give an even share (the larger one, so any order of shares
     * fits), as {@link SharedPlacement#evenShares} spreads them. Otherwise a node offers
     * all its free CPUs (whole tasks for a GPU job or one holding memory per CPU) and GPUs and
     * makes available what is still wanted (a task's CPUs and a GPU's worth at least), and a job of
     * several CPUs per task, or of GPUs, holds its tasks as cons_tres lays them out over that
     * ({@link CpuShares#tasksInTurn}): with 0, 6, 8 and 8 CPUs free on n1 to n4 under two leaf
     * switches, a real slurmctld 22.05.8 gave -N 2 -n 4 -c 2 6 + 2 on n3 and n4, and -n 3 -c 4
     * 6 + 4 on n2 and n3; with DefCpuPerGPU=2 on idle nodes of 2 GPUs, -n 4 --gpus=4 6 + 2. A
     * job's own --cpus-per-gpu (not a DefCpuPerGPU: gres_sched_add reads cpus_per_gres alone)
     * cuts what a node makes available to the CPUs that pay for its GPUs, and the node holds that.
     */
    private Allocation consShared(JobRequest r, BitSet avail, NodeResources free) {
        boolean even = r.minNodes() > 0 && (r.shape().tasksPerNode() > 0 || r.shape().minCpusPerNode() > 1);
        int perTask = r.shape().cpusEachTask();
        int perNodeGpus = r.shape().gpusPerNode();
        // Each node makes a task's CPUs available at least, and its GPUs' worth (min_gres_cpu: per
        // node, or one GPU's for GPUs in all).
        int gpuCpus = r.gpus() == 0 ? 0 : Math.max(perNodeGpus, 1) * r.shape().cpusPerGpu();
        usable.clear();
        BitSet open = candidates(free.open, avail, free.open);
        for (int i = open.nextSetBit(0); i >= 0; i = open.nextSetBit(i + 1)) {
            SlurmNode node = nodes.get(i);
            if (even && (free.cpusFor(r, i) < node.wholeUnits(r.cpusOnNode(0)) || free.freeGpus[i] < r.gpusOnNode(0))) {
                continue;
            }
            if (free.freeGpus[i] < perNodeGpus) {
                continue;
            }
            int freeCpus = node.unitsWithin(free.cpusFor(r, i));
            int wantCpus = even ? node.held(r.cpusOnNode(0), freeCpus) : freeCpus;
            int offerCpus = even ? wantCpus : shared.inWholeTasks(r, node, node.unitsWithin(memoryCap(r, i, wantCpus,
                    free)));
            if (even ? !fitsMemory(r, i, wantCpus, free) : offerCpus == 0 || offerCpus < r.shape().minCpusPerNode()
                    || offerCpus < perTask || offerCpus < gpuCpus) {
                continue;
            }
            int gpusOffered = even ? r.gpusOnNode(0) : perNodeGpus > 0 ? perNodeGpus
                    : CpuShares.gpusPaidFor(free.freeGpus[i], offerCpus, r.shape().cpusPerGpu());
            if (!even && r.gpus() > 0 && gpusOffered == 0) {
                continue; // no GPU free, or none its CPUs pay for: unusable for a GPU job (see SharedPlacement)
            }
            usable.set(i);
            consTree.cpusOffered[i] = offerCpus;
            consTree.gpusOffered[i] = gpusOffered;
        }
        int want = Math.max(r.minNodes(), 1);
        // cons_tres choose_nodes: no more nodes than tasks (max_nodes bounded by num_tasks)
        boolean inAll = SharedPlacement.gpusInAll(r);
        int ownPerGpu = inAll ? r.shape().ownCpusPerGpuCount() : 0;
        if (inAll) {
            consTree.rankByFreeGpus(usable, r.gpus());
            consTree.payGpusWith(even ? 0 : ownPerGpu); // even shares offer a node's share of the GPUs, not its free ones
        }
        boolean placed;
        try {
            placed = even ? consTree.place(usable, want, maxNodes(r), r.cpus(), r.gpus(), false, 1)
                    && !consTree.overBound() // even implies a node count
                    : consTree.placeDroppingSmall(usable, want, Math.min(maxNodes(r), Math.max(r.tasks(), want)),
                            r.cpus(), r.gpus(), Math.max(perTask, gpuCpus), r.gpus() > 0 || perNodeGpus > 0,
                            r.minNodes() > 0);
        } finally {
            consTree.rankByWeight();
            consTree.payGpusWith(0);
        }
        if (!placed) {
            return null;
        }
        // The job's nodes in index order, as slurmctld lays tasks and GPUs out over its node bitmap.
        int n = consTree.count;
        int[] picked = new int[n];
        int[] made = new int[n];
        long[] keyed = new long[n];
        for (int k = 0; k < n; k++) {
            keyed[k] = (long) consTree.picked[k] << 32 | consTree.cpusTaken[k];
        }
        Arrays.sort(keyed);
        for (int k = 0; k < n; k++) {
            picked[k] = (int) (keyed[k] >>> 32);
            made[k] = (int) keyed[k];
        }
        int[] c = new int[n];
        int[] g = even || perNodeGpus > 0 ? new int[n] : CpuShares.gpusInOrder(picked, consTree.gpusOffered, r.gpus());
        for (int k = 0; k < n; k++) {
            int i = picked[k];
            SlurmNode node = nodes.get(i);
            c[k] = even ? node.held(r.cpusOnNode(k), node.unitsWithin(free.cpusFor(r, i)))
                    : node.held(made[k], consTree.cpusOffered[i]);
            if (even || perNodeGpus > 0) {
                g[k] = even ? r.gpusOnNode(k) : perNodeGpus;
            }
        }
        if (!even && (perTask > 1 || r.gpus() > 0)) {
            // Laid out over what the nodes made available, each node with GPUs per node holding
            // their worth at least, as without a tree, and every node a CPU at least: a leaf the
            // job must use may give it more nodes than tasks (see ConsTresTreeFit), and a real
            // -n 2 --gpus=4 then held one CPU on each of its three nodes.
            // With its own CPUs per GPU a node holds what it made available: a real -n 2 --gpus=3
            // --cpus-per-gpu=3 held 3 CPUs of n1 beside 2 of the GPUs, and 6 of n4.
            int[] laid = ownPerGpu > 0 ? made : CpuShares.tasksInTurn(nodes, picked, made, r.layoutTasks(), perTask);
            for (int k = 0; k < n; k++) {
                int least = Math.max(perNodeGpus > 0 ? gpuCpus : 0, 1);
                c[k] = nodes.get(picked[k]).held(Math.max(laid[k], least), consTree.cpusOffered[picked[k]]);
            }
        }
        if (!even && r.shape().minCpusPerNode() > 1) {
            int[] offers = new int[n];
            for (int k = 0; k < n; k++) {
                offers[k] = consTree.cpusOffered[picked[k]];
            }
            c = CpuShares.held(nodes, picked, offers, CpuShares.atLeastEach(offers, n, r.cpus(),
                    r.shape().minCpusPerNode()));
        }
        return new Allocation(picked, c, g, shared.memoryHeld(r, picked, c), false, r.cpuCap().slot());
    }

    private static int[] unitsOf(List<SlurmNode> nodes) {
        int[] units = new int[nodes.size()];
        for (int i = 0; i < units.length; i++) {
            units[i] = nodes.get(i).unit();
        }
        return units;
    }

    private BitSet candidates(BitSet tier, BitSet avail, BitSet usable) {
        return SharedPlacement.intersection(scratch, tier, avail, usable);
    }
}
