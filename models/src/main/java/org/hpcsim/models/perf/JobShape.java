package org.hpcsim.models.perf;

/**
 * A job as a profile needs to know it once placed: its size and how far apart its nodes are.
 *
 * @param nodes             nodes it runs on
 * @param processors        processors (MPI ranks, tasks) it asked for
 * @param gpus              GPUs it asked for in all
 * @param switches          switches a message between its farthest two nodes crosses (0 on one node)
 * @param referenceSwitches the same on its most compact placement (what its recorded runtime is taken to be measured on)
 * @param recordedSeconds   the runtime its trace recorded, seconds
 */
public record JobShape(int nodes, int processors, int gpus, int switches, int referenceSwitches,
                       double recordedSeconds) {
    /** Validates the shape. */
    public JobShape {
        if (nodes < 1 || processors < 1 || gpus < 0 || switches < 0 || referenceSwitches < 0 || recordedSeconds < 0) {
            throw new IllegalArgumentException("job shape: impossible figures");
        }
    }

    /** Processes on each node, rounded up (the busiest node sets the pace). */
    public int ranksPerNode() {
        return (int) ((processors + (long) nodes - 1) / nodes);
    }

    /** This shape on its most compact placement. */
    public JobShape compact() {
        return new JobShape(nodes, processors, gpus, referenceSwitches, referenceSwitches, recordedSeconds);
    }
}
