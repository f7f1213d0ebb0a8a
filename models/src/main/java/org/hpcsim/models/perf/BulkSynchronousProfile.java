package org.hpcsim.models.perf;

import org.hpcsim.models.network.AllreduceAlgorithm;
import org.hpcsim.models.network.LinkCost;

/**
 * A bulk-synchronous MPI code (CFD, stencils): each iteration every rank computes, exchanges halos
 * with its neighbours and joins an allreduce (a residual, a time step). Computation is a roofline
 * on the node: the larger of its FLOPs at the cores' peak times {@code efficiency} and its memory
 * traffic at what the NUMA domains deliver. Nodes are laid out in rank order on a grid of
 * {@code haloDimensions} dimensions ({@link HaloGrid}), and each node exchanges a halo with each of
 * its grid neighbours (shared memory inside a node is taken as free). The allreduce runs across nodes (one leader per node; the reduction inside a node
 * is taken as free) with the collective cost formulas.
 *
 * @param iterations         iterations, or negative to derive them from the recorded runtime
 * @param flopsPerRank       FP64 operations per rank per iteration
 * @param memoryBytesPerRank bytes each rank streams from memory per iteration
 * @param haloBytes          bytes of one halo message
 * @param haloDimensions     dimensions of the domain decomposition over nodes (1 to 3)
 * @param allreduceBytes     bytes reduced by the allreduce
 * @param algorithm          the allreduce algorithm
 * @param efficiency         share of the cores' peak the computation reaches (0..1]
 * @param pinned             whether ranks are bound to cores and their memory to their domain
 * @param io                 input and output
 */
public record BulkSynchronousProfile(double iterations, double flopsPerRank, double memoryBytesPerRank,
                                     long haloBytes, int haloDimensions, long allreduceBytes,
                                     AllreduceAlgorithm algorithm,
                                     double efficiency, boolean pinned, Io io) implements AppProfile {
    /** Validates the profile. */
    public BulkSynchronousProfile {
        if (!(flopsPerRank >= 0) || !(memoryBytesPerRank >= 0) || haloBytes < 0 || allreduceBytes < 0
                || haloDimensions < 1 || haloDimensions > HaloGrid.MAX_DIMENSIONS
                || algorithm == null || !(efficiency > 0) || efficiency > 1 || io == null || Double.isNaN(iterations)) {
            throw new IllegalArgumentException("bulk-synchronous profile: impossible figures");
        }
    }

    @Override
    public String kind() {
        return "bsp-mpi";
    }

    @Override
    public double iterations(JobShape shape, Machine machine) {
        return iterations;
    }

    @Override
    public IterationCost iteration(JobShape shape, Machine machine) {
        int ranks = shape.ranksPerNode();
        var node = machine.node();
        double flops = ranks * flopsPerRank / (Math.min(ranks, node.cores()) * node.flopsPerCore() * efficiency);
        double memory = NumaBandwidth.seconds(node.numa(), ranks, memoryBytesPerRank, pinned);
        IterationCost cost = IterationCost.compute(Math.max(flops, memory));
        int nodes = shape.nodes();
        if (nodes < 2) {
            return cost;
        }
        double nic = machine.nicBandwidth();
        if (haloBytes > 0) {
            // The node with most neighbours on the grid sets the pace; it sends one halo to each.
            int messages = HaloGrid.maxNeighbours(nodes, haloDimensions);
            cost = cost.plusCommunication(messages * machine.messageSeconds(haloBytes, shape.switches()),
                    messages * (double) haloBytes, nic, Traffic.halo(haloDimensions));
        }
        if (allreduceBytes > 0) {
            LinkCost link = machine.linkCost(shape.switches());
            double seconds = algorithm.time(nodes, allreduceBytes, link);
            double bytes = algorithm.time(nodes, allreduceBytes, new LinkCost(0, 1, 0));
            cost = cost.plusCommunication(seconds, bytes, nic,
                    algorithm == AllreduceAlgorithm.RING ? Traffic.RING : Traffic.ALL_TO_ALL);
        }
        return cost;
    }

    @Override
    public AppProfile withPinning(boolean pin) {
        return new BulkSynchronousProfile(iterations, flopsPerRank, memoryBytesPerRank, haloBytes, haloDimensions,
                allreduceBytes, algorithm, efficiency, pin, io);
    }
}
