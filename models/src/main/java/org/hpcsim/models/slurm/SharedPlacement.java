package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * select/cons_tres's placement of a request that shares nodes, without a switch tree: CPUs (and
 * GPUs per node, --ntasks-per-node, and GPUs in all without a node count) by cons_tres's best fit
 * over runs of consecutive nodes ({@link ConsTresBestFit}), tasks of --cpus-per-task laid out
 * whole; with GPUs in all on a node count, spread evenly over it (a least CPU count per node, where
 * a memory limit set one, is {@link AtLeastPerNode}'s); in whole cores or sockets where nodes hand
 * those out; and what memory a placement holds where memory is counted.
 */
final class SharedPlacement {
    private final List<SlurmNode> nodes;
    private final ConsumableMemory memory;
    private final BitSet scratch = new BitSet();
    private final ConsTresBestFit bestFit = new ConsTresBestFit();
    /** The nodes offering CPUs to the request being placed, in index order, and how many there are. */
    private final int[] offering;
    /**
     * Per node: the CPUs it offers a request, its weight tier, and the CPUs kept back on it for
     * each further node a request must have (a core's, a socket's where sockets go whole).
     */
    private final int[] offers;
    private final int[] tierOf;
    /** Per node: the CPUs kept back for each further node a request must have ({@link SlurmNode#unit}). */
    private final int[] keptBack;
    /**
     * Per node: the free GPUs it offers a request of GPUs, no more than its offered CPUs pay for at
     * the request's CPUs per GPU (cons_tres's GRES filter: max_gres = avail_cpus / cpus_per_gres).
     */
    private final int[] gpuOffers;
    /**
     * Ranks of co-located free GPUs within one Weight: cons_tres keeps them in the low byte of a
     * node's scheduling weight (node_scheduler.c _set_sched_weight).
     */
    static final int COLOCATED_GPU_RANKS = 256;
    /** The CPUs the nodes of {@link #offering} offer in all, as {@link #collectOffers} left them. */
    private long offeredCpus;

    SharedPlacement(List<SlurmNode> nodes, ConsumableMemory memory) {
        this.nodes = nodes;
        this.memory = memory;
        this.offering = new int[nodes.size()];
        this.offers = new int[nodes.size()];
        this.tierOf = new int[nodes.size()];
        this.keptBack = new int[nodes.size()];
        this.gpuOffers = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            keptBack[i] = nodes.get(i).unit();
        }
    }

    /**
     * What {@code node}, with {@code offer} CPUs for {@code r}, makes available to it: whole tasks'
     * CPUs to a GPU job (cons_tres's GRES filter leaves the cores of max_tasks_this_node tasks: a
     * real -n 5 -c 3 --gres=gpu:1 held 6 + 6 + 3 of idle 8-CPU nodes, where -n 5 -c 3 alone held
     * 8 + 6) and to one holding memory per CPU (_can_job_run_on_node), rounded back up to whole
     * cores, which never passes the offer; {@code offer} itself to any other job.
     */
    int inWholeTasks(JobRequest r, SlurmNode node, int offer) {
        if (r.gpus() == 0 && !(memory.consumable() && memory.perCpu(r.shape()) > 0)) {
            return offer;
        }
        int perTask = r.shape().cpusEachTask();
        return node.wholeUnits(offer - offer % perTask);
    }

    /** The most CPUs, up to {@code cpus}, {@code r} may take on node {@code i} with the memory free there. */
    int memoryCap(JobRequest r, int i, int cpus, NodeResources free) {
        return memory.cpusFitting(nodes.get(i), cpus, r.shape(), free.freeMemory[i]);
    }

    /** Whether node {@code i} has the memory free that {@code r} holds there with {@code cpus} CPUs. */
    boolean fitsMemory(JobRequest r, int i, int cpus, NodeResources free) {
        return memory.need(nodes.get(i), cpus, r.shape()) <= free.freeMemory[i];
    }

    /** The memory {@code r} holds on each of {@code picked} with the CPUs {@code c}; null when not counted. */
    long[] memoryHeld(JobRequest r, int[] picked, int[] c) {
        return memory.held(nodes, r.shape(), picked, c);
    }

    private BitSet candidates(BitSet tier, BitSet avail, BitSet usable) {
        return intersection(scratch, tier, avail, usable);
    }

    /** {@code into}, set to the nodes of {@code tier} in both {@code avail} and {@code usable}. */
    static BitSet intersection(BitSet into, BitSet tier, BitSet avail, BitSet usable) {
        into.clear();
        into.or(tier);
        into.and(avail);
        into.and(usable);
        return into;
    }

    /**
     * A request with a node count: CPUs (and GPUs per node) by {@link ConsTresBestFit} on exactly
     * that many nodes, with --ntasks-per-node on nodes that can run that many tasks, each holding
     * an equal share; with GPUs in all (which a trace's GPU total on a node count also is: most such
     * jobs asked per node) and no such per-node option, by {@link #gpusInAllFit} on exactly that
     * many nodes; with a least CPU count per node, CPUs spread evenly over it, taken from
     * {@code tiers} in order.
     */
    Allocation evenShares(JobRequest r, BitSet avail, NodeResources free, BitSet[] tiers) {
        int n = r.minNodes();
        int perNodeTasks = r.shape().tasksPerNode();
        if (gpusInAll(r) && perNodeTasks == 0 && r.shape().minCpusPerNode() <= 1) {
            return gpusInAllFit(r, avail, free, tiers, n, n);
        }
        if (!gpusInAll(r) && r.shape().minCpusPerNode() <= 1) {
            if (perNodeTasks == 0) {
                return bestFit(r, avail, free, tiers, n, n, 1, 0);
            }
            if (r.cpus() % n == 0) {
                // cons_common _allocate_sc: a node that cannot run --ntasks-per-node tasks offers
                // nothing; each node taken runs that many (dist_tasks), so it holds the same share.
                int share = r.cpus() / n;
                return bestFit(r, avail, free, tiers, n, n, Math.max(share, perNodeTasks * r.shape().cpusEachTask()),
                        share);
            }
        }
        int[] picked = new int[n];
        int[] c = new int[n];
        int count = 0;
        for (BitSet tier : tiers) {
            BitSet cand = candidates(tier, avail, free.open);
            for (int i = cand.nextSetBit(0); i >= 0 && count < n; i = cand.nextSetBit(i + 1)) {
                SlurmNode node = nodes.get(i);
                int offered = node.unitsWithin(free.cpusFor(r, i));
                int cpus = r.cpusOnNode(count);
                int want = node.held(cpus, offered);
                // A GPU job takes no node without a GPU free (see collectOffers).
                int gpusNeeded = r.gpus() > 0 ? Math.max(r.gpusOnNode(count), 1) : 0;
                if (cpus <= offered && free.freeGpus[i] >= gpusNeeded && fitsMemory(r, i, want, free)) {
                    c[count] = want;
                    picked[count++] = i;
                }
            }
        }
        if (count < n) {
            return null;
        }
        int[] g = new int[n];
        for (int k = 0; k < n; k++) {
            g[k] = r.gpusOnNode(k);
        }
        return new Allocation(picked, c, g, memoryHeld(r, picked, c), false, r.cpuCap().slot());
    }

    /**
     * A request without a node count: CPUs (and GPUs, per node or in all) by cons_tres's best fit
     * over runs of consecutive nodes, GPUs in all on no more nodes than tasks.
     */
    Allocation packed(JobRequest r, BitSet avail, NodeResources free, BitSet[] tiers) {
        int least = r.shape().minCpusPerNode();
        if (least > 1) {
            return AtLeastPerNode.place(this, nodes, r, avail, free, tiers, least);
        }
        if (gpusInAll(r)) {
            // cons_tres choose_nodes: no more nodes than tasks (a real -n 1 --gpus=4 on nodes of 2
            // GPUs was refused: "Requested node configuration is not available").
            return gpusInAllFit(r, avail, free, tiers, 1, r.tasks());
        }
        return bestFit(r, avail, free, tiers, 1, Integer.MAX_VALUE, 1, 0);
    }

    /**
     * Whether {@code r} asks GPUs in all (--gpus) rather than none or a count on each node (--gres,
     * --gpus-per-node).
     */
    static boolean gpusInAll(JobRequest r) {
        return r.gpus() > 0 && r.shape().gpusPerNode() == 0;
    }

    /**
     * CPUs, and any GPUs per node, by {@link ConsTresBestFit} on at least {@code wantNodes} and at
     * most {@code maxNodes} nodes: each node with the GPUs free offers its free CPUs in whole units,
     * within its free memory (a node short of GPUs offers nothing, as cons_tres's GRES filter
     * leaves it no CPUs, and so does one offering fewer than {@code least}, the request's least
     * per node). Each node taken holds what the fit takes there, or {@code each} CPUs when that is
     * above 0.
     */
    private Allocation bestFit(JobRequest r, BitSet avail, NodeResources free, BitSet[] tiers, int wantNodes,
                               int maxNodes, int least, int each) {
        int perNodeGpus = r.shape().gpusPerNode();
        // DefCpuPerGPU: every node holds its GPUs' worth of CPUs at least.
        int gpuCpus = perNodeGpus * r.shape().cpusPerGpu();
        int perTask = r.shape().cpusEachTask();
        // A node runs a task whole: it must offer a task's CPUs (pn_min_cpus), and no job takes more
        // nodes than tasks (_eval_nodes: max_nodes at most num_tasks).
        least = Math.max(least, Math.max(gpuCpus, perTask));
        int count = collectOffers(r, avail, free, tiers, least);
        if (offeredCpus < r.cpus() || count < wantNodes) {
            return null;
        }
        int[] take = choose(r, count, null, wantNodes, Math.min(maxNodes, Math.max(r.tasks(), wantNodes)), least);
        if (take == null) {
            return null;
        }
        CpuShares.Picks picks = new CpuShares.Picks();
        for (int k = 0; k < take.length; k++) { // one entry per offering node left for the fit
            if (take[k] > 0) {
                int i = offering[k];
                picks.add(i, each > 0 ? each : take[k], perNodeGpus);
            }
        }
        int[] nodesTaken = picks.nodes();
        int[] cpusTaken = picks.cpus();
        if ((gpuCpus > 0 || perTask > 1) && each == 0) {
            // The tasks laid out on what each node made available (dist_tasks), each node at
            // least its GPUs' worth: a real -n 5 --gres=gpu:1 at DefCpuPerGPU=2 held 3 + 2.
            int[] laid = CpuShares.tasksInTurn(nodes, nodesTaken, cpusTaken, r.layoutTasks(), perTask);
            for (int j = 0; j < laid.length; j++) {
                cpusTaken[j] = Math.max(laid[j], gpuCpus);
            }
        }
        for (int j = 0; j < nodesTaken.length; j++) {
            cpusTaken[j] = nodes.get(nodesTaken[j]).held(cpusTaken[j], offers[nodesTaken[j]]);
        }
        return new Allocation(nodesTaken, cpusTaken, picks.gpus(), memoryHeld(r, nodesTaken, cpusTaken), false,
                r.cpuCap().slot());
    }

    /**
     * Fills {@link #offering} with the nodes of {@code tiers} (in index order) that offer {@code r}
     * at least {@code least} CPUs, whole units within their free memory (whole tasks for a job with
     * GPUs or memory per CPU), and with their GPUs per node free (and, for GPUs in all, a GPU its
     * CPUs pay for, in {@link #gpuOffers}); {@link #offers} and {@link #tierOf} with what each
     * offers and its rank, and {@link #offeredCpus} with the sum. Returns how many nodes offer.
     */
    private int collectOffers(JobRequest r, BitSet avail, NodeResources free, BitSet[] tiers, int least) {
        int perNodeGpus = r.shape().gpusPerNode();
        int perGpu = r.shape().cpusPerGpu();
        int count = 0;
        offeredCpus = 0;
        for (int t = 0; t < tiers.length; t++) {
            BitSet cand = candidates(tiers[t], avail, free.open);
            for (int i = cand.nextSetBit(0); i >= 0; i = cand.nextSetBit(i + 1)) {
                if (free.freeGpus[i] < perNodeGpus) {
                    continue;
                }
                SlurmNode node = nodes.get(i);
                int offer = inWholeTasks(r, node, node.unitsWithin(memoryCap(r, i, node.unitsWithin(free.cpusFor(r, i)),
                        free)));
                if (r.gpus() > 0) {
                    // A node with no GPU free, or whose CPUs pay for none of its GPUs, is unusable
                    // (gres_select_filter_sock_core: cnt_avail_total 0 sets max_tasks_this_node 0).
                    gpuOffers[i] = CpuShares.gpusPaidFor(free.freeGpus[i], offer, perGpu);
                    if (gpuOffers[i] == 0) {
                        continue;
                    }
                }
                if (offer > 0 && offer >= least) {
                    offers[i] = offer;
                    tierOf[i] = t;
                    offering[count++] = i;
                    offeredCpus += offer;
                }
            }
        }
        if (tiers.length > 1) {
            Arrays.sort(offering, 0, count); // the tiers' nodes interleave by index
        }
        return count;
    }

    /**
     * GPUs in all (--gpus) with their CPUs by {@link ConsTresBestFit} on {@code wantNodes} to
     * {@code maxNodes} nodes. A node's weight rank is refined by its free GPUs, up to the request's:
     * cons_tres lowers the scheduling weight of a node by its co-located free GPUs
     * (can_job_run_on_node, "Favor nodes with more co-located GPUs"), so of nodes of one Weight those
     * with more of the GPUs free come first, in runs of their own. The GPUs go in node order, each
     * node leaving one for each node after it (_set_job_bits1), and what is still missing then in
     * node order; each node makes its GPUs' worth of CPUs available at least, and the tasks are laid
     * out over what the nodes made available ({@link CpuShares#tasksInTurn}). With 1, 3, 4 and 2
     * CPUs and 2, 1, 2 and 2 GPUs free on n1 to n4, a real slurmctld 22.05.8 put -n 2 --gpus=2 on
     * n4, -n 3 --gpus=1 on n2, and -n 4 --gpus=3 on 3 CPUs and 2 GPUs of n3 and 1 and 1 of n4.
     */
    private Allocation gpusInAllFit(JobRequest r, BitSet avail, NodeResources free, BitSet[] tiers, int wantNodes,
                                    int maxNodes) {
        int perTask = r.shape().cpusEachTask();
        // Each node takes a task's CPUs at least, and one GPU's worth of CPUs (_cpus_to_use:
        // min_gres_cpu): a real -n 2 --gpus=3 at DefCpuPerGPU=2 held 4 + 2 of idle 8-CPU nodes.
        int least = Math.max(perTask, r.shape().cpusPerGpu());
        int count = collectOffers(r, avail, free, tiers, least);
        if (offeredCpus < r.cpus() || count < wantNodes) {
            return null;
        }
        int asked = Math.min(r.gpus(), COLOCATED_GPU_RANKS - 1);
        for (int k = 0; k < count; k++) {
            int i = offering[k];
            tierOf[i] = tierOf[i] * COLOCATED_GPU_RANKS + asked - Math.min(gpuOffers[i], asked);
        }
        int[] take = choose(r, count, gpuOffers, wantNodes, maxNodes, least);
        if (take == null) {
            return null;
        }
        CpuShares.Picks picks = new CpuShares.Picks();
        for (int k = 0; k < take.length; k++) {
            if (take[k] > 0) {
                picks.add(offering[k], take[k], 0);
            }
        }
        int[] picked = picks.nodes();
        int[] g = CpuShares.gpusInOrder(picked, gpuOffers, r.gpus());
        // With the job's own CPUs per GPU each node made available only the CPUs that pay for its
        // GPUs (ConsTresBestFit, gres_sched_add), and holds its GPUs' worth at least: a real -n 2
        // --gpus=4 --cpus-per-gpu=2 held 4 + 4 on idle 8-CPU nodes of 2 GPUs. A DefCpuPerGPU does
        // neither (gres_sched_add reads cpus_per_gres alone): at DefCpuPerGPU=2 the same nodes gave
        // -n 2 --gpus=4 6 + 2.
        int[] made = picks.cpus();
        int[] gpuWorth = new int[picked.length];
        int perGpu = r.shape().ownCpusPerGpuCount();
        for (int j = 0; j < picked.length; j++) {
            gpuWorth[j] = Math.min(g[j] * perGpu, offers[picked[j]]);
            made[j] = Math.max(made[j], gpuWorth[j]);
        }
        int[] c = CpuShares.tasksInTurn(nodes, picked, made, r.layoutTasks(), perTask);
        for (int j = 0; j < picked.length; j++) {
            c[j] = nodes.get(picked[j]).held(Math.max(c[j], gpuWorth[j]), offers[picked[j]]);
        }
        return new Allocation(picked, c, g, memoryHeld(r, picked, c), false, r.cpuCap().slot());
    }

    /**
     * The fit of {@code r} over the first {@code count} of {@link #offering} (GPUs in all counted
     * where {@code gpuOffers} gives the free GPUs), and when the greedy fit fails, its retry
     * without the smallest offers; one entry per offering position, or null.
     */
    private int[] choose(JobRequest r, int count, int[] gpuOffers, int wantNodes, int maxNodes, int least) {
        int[] take = greedyFit(r, count, gpuOffers, wantNodes, maxNodes, least);
        return take != null ? take : withoutSmallOffers(r, count, wantNodes, maxNodes, least, gpuOffers);
    }

    /** {@link ConsTresBestFit#pick} over the first {@code count} of {@link #offering}. */
    private int[] greedyFit(JobRequest r, int count, int[] gpuOffers, int wantNodes, int maxNodes, int least) {
        int ownPerGpu = gpuOffers != null && r.gpus() > 0 ? r.shape().ownCpusPerGpuCount() : 0;
        return bestFit.pick(offering, count, offers, gpuOffers, tierOf, keptBack, r.cpus(),
                gpuOffers == null ? 0 : r.gpus(), ownPerGpu, wantNodes, maxNodes, least);
    }

    /**
     * cons_tres's choose_nodes after a first failed best fit ({@link SmallOffersRetry}), counting
     * free GPUs too where {@code gpuOffers} gives them for a request of GPUs in all: a real
     * slurmctld 22.05.8 put -N 3 -n 7 on 1 + 4 + 2 CPUs of n2, n3 and n4 after dropping n1, where
     * n1 and n2 had 1 CPU free at the lower Weight. Returns the fit that holds the request, one
     * entry per offering node left (the first of {@code offering}), or null.
     */
    private int[] withoutSmallOffers(JobRequest r, int count, int wantNodes, int maxNodes, int least,
                                     int[] gpuOffers) {
        return SmallOffersRetry.retry(offering, count, wantNodes, i -> resources(i, gpuOffers),
                left -> greedyFit(r, left, gpuOffers, wantNodes, maxNodes, least));
    }

    /** What node {@code i} offers in all: its CPUs, and its free GPUs for a request of GPUs in all (avail_res_cnt). */
    private int resources(int i, int[] gpuOffers) {
        return offers[i] + (gpuOffers == null ? 0 : gpuOffers[i]);
    }
}
