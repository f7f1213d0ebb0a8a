package org.hpcsim.models.slurm;

import java.util.Arrays;

/**
 * select/cons_tres's choice of nodes for a request of CPUs (and GPUs per node), without a switch tree
 * (cons_tres/job_test.c {@code _eval_nodes}, 22.05). The nodes that offer CPUs form sets of
 * consecutive indices of one scheduling weight. The set taken first is the one of the lowest
 * weight; among sets of that weight, the first that holds the request, or a tighter one that does
 * (fewer CPUs), or while none does, the one with the most CPUs. From it, a request that still
 * wants at most one node takes the single node of the set with the fewest CPUs that holds what is
 * missing (the first such); otherwise its nodes are taken from the start of the set, each giving
 * what is still missing less a core (a socket where sockets go whole) for each further node it
 * must have, and at least one CPU, or the request's least per node ({@code _cpus_to_use}). A set
 * that does not finish the request is used up and the choice repeats. So a 2-CPU job goes to a
 * node with 2 free CPUs rather than splitting over a node with 1 and the next with 4, and -N 2 -n 4
 * on free 4-CPU nodes holds 3 CPUs and 1, as a real slurmctld 22.05.8 placed them. GPUs in all
 * (--gpus) count in a set's sufficiency and in the single node's choice, and nodes are taken
 * until they are there too.
 */
final class ConsTresBestFit {
    private int[] setStart = new int[16];
    private int[] setEnd = new int[16];
    private long[] setCpus = new long[16];
    private long[] setGpus = new long[16];
    private int[] setNodes = new int[16];
    private int[] setTier = new int[16];
    private boolean[] used = new boolean[16];

    /**
     * The CPUs to take for {@code cpus} CPUs, and {@code gpus} GPUs in all (--gpus, 0 for none), on
     * at least {@code wantNodes} and at most {@code maxNodes} nodes (1 and unbounded for a request
     * without a node count), from the {@code count} offering nodes {@code nodes} (in index order),
     * given what each offers ({@code offers[i]}, above 0), its free GPUs ({@code gpuOffers[i]}, or
     * null when the request asks no GPUs in all), its weight rank ({@code tierOf[i]}) and the CPUs
     * it keeps back for each further node the request must have ({@code keptBack[i]}), all indexed
     * by node, and the fewest CPUs it takes on a node ({@code least}, pn_min_cpus: 1, a task's
     * CPUs, its --ntasks-per-node's, or its GPUs' worth); null when the offers do not hold it.
     * With GPUs in all, a set is sufficient only when its GPUs hold the request's too, a single node
     * only when it holds them alone, and nodes are taken until the GPUs are there as well as the
     * CPUs and nodes (gres_sched_sufficient, gres_sched_test). The CPUs taken on each node are what it makes
     * available to the job ({@code _cpus_to_use}), and with the job's own CPUs per GPU
     * ({@code cpusPerGpu}, 0 for none) as many of those as pay for whole GPUs of the node, no more
     * than it has free, which are then all the GPUs it counts (gres_sched_add; where they pay for none
     * the CPUs stay and count no GPU). The result has one entry per position of {@code nodes}, 0 for
     * a node not taken.
     */
    int[] pick(int[] nodes, int count, int[] offers, int[] gpuOffers, int[] tierOf, int[] keptBack, long cpus,
               int gpus, int cpusPerGpu, int wantNodes, int maxNodes, int least) {
        int sets = buildSets(nodes, count, offers, gpuOffers, tierOf);
        int[] take = new int[count];
        long remCpus = cpus;
        long remGpus = gpus;
        int remNodes = wantNodes;
        int nodesLeft = maxNodes;
        while (nodesLeft > 0) {
            int best = bestSet(sets, remCpus, remNodes, remGpus);
            if (best < 0) {
                return null;
            }
            int single = remNodes <= 1 ? tightestSingle(nodes, offers, gpuOffers, best, remCpus, remGpus) : -1;
            for (int k = setStart[best]; k <= setEnd[best]; k++) {
                if (nodesLeft == 0 || remNodes <= 0 && remCpus <= 0 && remGpus <= 0) {
                    break;
                }
                int offer = offers[nodes[k]];
                if (single >= 0 && k != single || nodesLeft == 1 && offer < remCpus) {
                    continue;
                }
                long spare = remCpus - (long) Math.max(remNodes - 1, 0) * keptBack[nodes[k]];
                take[k] = (int) Math.min(offer, Math.max(spare, least));
                int gpusHere = gpuOffers == null ? 0 : gpuOffers[nodes[k]];
                if (cpusPerGpu > 0) {
                    gpusHere = CpuShares.gpusPaidFor(gpusHere, take[k], cpusPerGpu);
                    take[k] = CpuShares.cpusPaying(take[k], gpusHere, cpusPerGpu);
                }
                remCpus -= take[k];
                remGpus -= Math.min(gpusHere, remGpus);
                remNodes--;
                nodesLeft--;
            }
            if (remNodes <= 0 && remCpus <= 0 && remGpus <= 0) {
                return take;
            }
            used[best] = true;
        }
        return null;
    }

    /**
     * Splits the offering nodes into runs of consecutive indices and one weight rank, as positions
     * of {@code nodes}, with their CPUs and (when {@code gpuOffers} is not null) GPUs; returns how many.
     */
    private int buildSets(int[] nodes, int count, int[] offers, int[] gpuOffers, int[] tierOf) {
        int sets = 0;
        for (int k = 0; k < count; k++) {
            int i = nodes[k];
            if (k == 0 || nodes[k - 1] != i - 1 || tierOf[i] != tierOf[i - 1]) {
                grow(sets + 1);
                setStart[sets] = k;
                setCpus[sets] = 0;
                setGpus[sets] = 0;
                setNodes[sets] = 0;
                setTier[sets] = tierOf[i];
                used[sets] = false;
                sets++;
            }
            setEnd[sets - 1] = k;
            setCpus[sets - 1] += offers[i];
            setGpus[sets - 1] += gpuOffers == null ? 0 : gpuOffers[i];
            setNodes[sets - 1]++;
        }
        return sets;
    }

    /**
     * The set to take from next, as _eval_nodes chooses it: lowest weight rank; at the same rank,
     * the first sufficient set, a sufficient one with fewer CPUs, or (sufficient or not so far) an
     * insufficient one with more CPUs; -1 when none is left.
     */
    private int bestSet(int sets, long remCpus, int remNodes, long remGpus) {
        int best = -1;
        boolean bestSufficient = false;
        for (int s = 0; s < sets; s++) {
            if (used[s]) {
                continue;
            }
            boolean sufficient = setCpus[s] >= remCpus && setNodes[s] >= remNodes && setGpus[s] >= remGpus;
            boolean better = best < 0 || setTier[s] < setTier[best];
            if (!better && setTier[s] == setTier[best]) {
                better = sufficient && !bestSufficient || sufficient && setCpus[s] < setCpus[best]
                        || !sufficient && setCpus[s] > setCpus[best];
            }
            if (better) {
                best = s;
                bestSufficient = sufficient;
            }
        }
        return best;
    }

    /**
     * The position of the node of set {@code s} offering the fewest CPUs that still hold
     * {@code remCpus} (and {@code remGpus}, where GPUs are offered) (the first such), or -1.
     */
    private int tightestSingle(int[] nodes, int[] offers, int[] gpuOffers, int s, long remCpus, long remGpus) {
        int best = -1;
        for (int k = setStart[s]; k <= setEnd[s]; k++) {
            int offer = offers[nodes[k]];
            if (offer < remCpus || gpuOffers != null && gpuOffers[nodes[k]] < remGpus) {
                continue;
            }
            if (best < 0 || offer < offers[nodes[best]]) {
                best = k;
                if (offer == remCpus) {
                    break;
                }
            }
        }
        return best;
    }

    private void grow(int n) {
        if (n > setStart.length) {
            int size = Math.max(n, setStart.length * 2);
            setStart = Arrays.copyOf(setStart, size);
            setEnd = Arrays.copyOf(setEnd, size);
            setCpus = Arrays.copyOf(setCpus, size);
            setGpus = Arrays.copyOf(setGpus, size);
            setNodes = Arrays.copyOf(setNodes, size);
            setTier = Arrays.copyOf(setTier, size);
            used = Arrays.copyOf(used, size);
        }
    }
}
