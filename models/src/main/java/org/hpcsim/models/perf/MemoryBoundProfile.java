package org.hpcsim.models.perf;

/**
 * A memory-bandwidth-bound code on each node (STREAM-like kernels, sparse solvers): each iteration
 * every task streams its bytes, and the NUMA domains set the pace. Pinned tasks read local memory;
 * unpinned ones pay for remote accesses (see {@link NumaBandwidth}). No communication between nodes.
 *
 * @param iterations   iterations, or negative to derive them from the recorded runtime
 * @param bytesPerTask bytes each task streams per iteration
 * @param flopsPerTask FP64 operations each task does per iteration (the roofline's other side)
 * @param tasksPerNode tasks on each node, or 0 for the job's processors over its nodes
 * @param pinned       whether tasks are bound to cores and memory to their domain
 * @param io           input and output
 */
public record MemoryBoundProfile(double iterations, double bytesPerTask, double flopsPerTask, int tasksPerNode,
                                 boolean pinned, Io io) implements AppProfile {
    /** Validates the profile. */
    public MemoryBoundProfile {
        if (!(bytesPerTask >= 0) || !(flopsPerTask >= 0) || tasksPerNode < 0 || io == null || Double.isNaN(iterations)) {
            throw new IllegalArgumentException("memory-bound profile: impossible figures");
        }
    }

    @Override
    public String kind() {
        return "memory-bound";
    }

    @Override
    public double iterations(JobShape shape, Machine machine) {
        return iterations;
    }

    @Override
    public IterationCost iteration(JobShape shape, Machine machine) {
        int tasks = tasksPerNode > 0 ? tasksPerNode : shape.ranksPerNode();
        var node = machine.node();
        double flops = tasks * flopsPerTask / (Math.min(tasks, node.cores()) * node.flopsPerCore());
        return IterationCost.compute(Math.max(flops, NumaBandwidth.seconds(node.numa(), tasks, bytesPerTask, pinned)));
    }

    @Override
    public AppProfile withPinning(boolean pin) {
        return new MemoryBoundProfile(iterations, bytesPerTask, flopsPerTask, tasksPerNode, pin, io);
    }
}
