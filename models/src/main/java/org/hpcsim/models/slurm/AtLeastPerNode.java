package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.List;

/**
 * select/cons_tres's placement of a request without a node count that takes at least a least CPU
 * count on each node it gets (pn_min_cpus, which a memory limit sets), for {@link SharedPlacement}.
 */
final class AtLeastPerNode {
    private AtLeastPerNode() {}

    /**
     * {@link SharedPlacement#packed} for a request that takes at least {@code least} CPUs on each node it gets
     * (pn_min_cpus): nodes that offer fewer are passed over, nodes are taken in order until they
     * offer the request's CPUs, and each gets {@code least} with the rest from the first on, as
     * cons_tres 22.05 gives them (a 12-task job with a minimum of 5 on two free 8-CPU nodes holds
     * 7 and 5 CPUs; with a minimum of 8, 8 and 8).
     */
    static Allocation place(SharedPlacement shared, List<SlurmNode> nodes, JobRequest r, BitSet avail,
                            NodeResources free, BitSet[] tiers, int least) {
        BitSet cand = new BitSet();
        int gpusLeft = r.gpus();
        int perNodeGpus = r.shape().gpusPerNode();
        CpuShares.Picks picks = new CpuShares.Picks();
        long offeredCpus = 0;
        for (BitSet tier : tiers) {
            SharedPlacement.intersection(cand, tier, avail, free.open);
            for (int i = cand.nextSetBit(0); i >= 0 && (offeredCpus < r.cpus() || gpusLeft > 0);
                 i = cand.nextSetBit(i + 1)) {
                if (free.freeGpus[i] < perNodeGpus || r.gpus() > 0 && free.freeGpus[i] == 0) {
                    continue; // a GPU job takes no node without a GPU free (see SharedPlacement)
                }
                SlurmNode node = nodes.get(i);
                int freeCpus = node.unitsWithin(free.cpusFor(r, i));
                int offer = node.unitsWithin(shared.memoryCap(r, i, Math.min(freeCpus,
                        node.wholeUnits((int) Math.max(r.cpus() - offeredCpus, least))), free));
                if (offer < least) {
                    continue;
                }
                int takeG = perNodeGpus > 0 ? perNodeGpus : Math.min(free.freeGpus[i], gpusLeft);
                picks.add(i, offer, takeG);
                offeredCpus += offer;
                gpusLeft -= Math.min(takeG, gpusLeft);
            }
        }
        if (offeredCpus < r.cpus() || gpusLeft > 0) {
            return null;
        }
        int[] nodesTaken = picks.nodes();
        int[] offered = picks.cpus();
        // Tasks of several CPUs are laid out over what the nodes offered (a real -n 5 -c 3 --mem=400
        // under MaxMemPerCPU=100, least 4 a node, held 8 + 6).
        int perTask = r.shape().cpusEachTask();
        int[] cpusTaken = CpuShares.held(nodes, nodesTaken, offered, perTask > 1
                ? CpuShares.tasksInTurn(nodes, nodesTaken, offered, r.layoutTasks(), perTask)
                : CpuShares.atLeastEach(offered, offered.length, r.cpus(), least));
        return new Allocation(nodesTaken, cpusTaken, picks.gpus(), shared.memoryHeld(r, nodesTaken, cpusTaken), false,
                r.cpuCap().slot());
    }
}
