package org.hpcsim.models.perf;

/**
 * Many independent tasks (GATK scatter, parameter scans): the job's cores run them in waves of as
 * many tasks as fit at once, each task taking {@code taskSeconds} on a core of
 * {@code referenceFlopsPerCore} and scaling with the node's per-core peak. No communication.
 *
 * @param tasks                 tasks in the job, or 0 to derive the waves from the recorded runtime
 * @param coresPerTask          cores each task takes
 * @param taskSeconds           seconds one task takes on the reference core
 * @param referenceFlopsPerCore the reference core's FP64 peak, or 0 for the node's own
 * @param io                    input and output
 */
public record EmbarrassinglyParallelProfile(long tasks, int coresPerTask, double taskSeconds,
                                            double referenceFlopsPerCore, Io io) implements AppProfile {
    /** Validates the profile. */
    public EmbarrassinglyParallelProfile {
        if (tasks < 0 || coresPerTask < 1 || !(taskSeconds >= 0) || !(referenceFlopsPerCore >= 0) || io == null) {
            throw new IllegalArgumentException("embarrassingly parallel profile: impossible figures");
        }
    }

    @Override
    public String kind() {
        return "embarrassingly-parallel";
    }

    @Override
    public double iterations(JobShape shape, Machine machine) {
        if (tasks == 0) {
            return -1;
        }
        int cores = Math.min(machine.node().cores(), Math.max(shape.ranksPerNode(), coresPerTask));
        long slots = (long) shape.nodes() * Math.max(1, cores / coresPerTask);
        return Math.ceil(tasks / (double) slots);
    }

    @Override
    public IterationCost iteration(JobShape shape, Machine machine) {
        double speed = referenceFlopsPerCore == 0 ? 1 : referenceFlopsPerCore / machine.node().flopsPerCore();
        return IterationCost.compute(taskSeconds * speed);
    }
}
