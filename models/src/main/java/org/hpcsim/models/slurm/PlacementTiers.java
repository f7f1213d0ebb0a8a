package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.TreeMap;

/**
 * The node tiers a switch-tree placement goes through, lightest first: the nodes' weight tiers, or,
 * for a job of GPUs in all, those tiers refined by each node's free GPUs.
 */
final class PlacementTiers {
    private final BitSet[] weightTiers;
    private final int[] weightTierOf;
    private final int[] rankedTierOf;
    private BitSet[] tiers;
    private int[] tierOf;

    PlacementTiers(BitSet[] weightTiers, int nodes) {
        this.weightTiers = weightTiers;
        this.weightTierOf = new int[nodes];
        this.rankedTierOf = new int[nodes];
        for (int t = 0; t < weightTiers.length; t++) {
            for (int i = weightTiers[t].nextSetBit(0); i >= 0 && i < nodes; i = weightTiers[t].nextSetBit(i + 1)) {
                weightTierOf[i] = t;
            }
        }
        byWeight();
    }

    /** The tiers, lightest first. */
    BitSet[] tiers() {
        return tiers;
    }

    /** Each node's tier (an index into {@link #tiers()}); meaningful for the nodes ranked. */
    int[] tierOf() {
        return tierOf;
    }

    /** The nodes' weight tiers alone (the default). */
    void byWeight() {
        tiers = weightTiers;
        tierOf = weightTierOf;
    }

    /**
     * The weight tiers refined by each of {@code usable}'s free GPUs ({@code gpus[i]}), up to a
     * request's {@code asked}: cons_tres lowers the scheduling weight of a node by its co-located
     * free GPUs, so of nodes of one Weight those with more of the GPUs free come first (as
     * {@link SharedPlacement} ranks them without a tree). Until {@link #byWeight}.
     */
    void byFreeGpus(BitSet usable, int asked, int[] gpus) {
        int cap = Math.min(asked, SharedPlacement.COLOCATED_GPU_RANKS - 1);
        TreeMap<Long, BitSet> byRank = new TreeMap<>();
        for (int i = usable.nextSetBit(0); i >= 0; i = usable.nextSetBit(i + 1)) {
            long rank = (long) weightTierOf[i] * SharedPlacement.COLOCATED_GPU_RANKS + cap - Math.min(gpus[i], cap);
            byRank.computeIfAbsent(rank, k -> new BitSet()).set(i);
        }
        tiers = byRank.values().toArray(new BitSet[0]);
        for (int t = 0; t < tiers.length; t++) {
            for (int i = tiers[t].nextSetBit(0); i >= 0; i = tiers[t].nextSetBit(i + 1)) {
                rankedTierOf[i] = t;
            }
        }
        tierOf = rankedTierOf;
    }
}
