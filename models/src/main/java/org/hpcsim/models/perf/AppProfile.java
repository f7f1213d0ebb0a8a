package org.hpcsim.models.perf;

/**
 * An application's performance model: what one iteration costs on a placement, and how many
 * iterations the job runs. A trace job with a profile no longer runs its recorded runtime: its
 * runtime follows from the hardware, its placement and what it shares with other jobs.
 */
public sealed interface AppProfile
        permits RigidProfile, BulkSynchronousProfile, DataParallelProfile, EmbarrassinglyParallelProfile,
        MemoryBoundProfile {
    /** The kind as scenario files name it. */
    String kind();

    /** What the job reads before and writes after its iterations. */
    Io io();

    /**
     * Iterations a job of {@code shape} runs, or a negative number when they are to be derived from
     * its recorded runtime (as many as that runtime holds on its most compact placement, alone).
     */
    double iterations(JobShape shape, Machine machine);

    /** What one iteration costs for a job of {@code shape} on {@code machine}. */
    IterationCost iteration(JobShape shape, Machine machine);

    /** This profile with its tasks pinned to cores and memory (or not), where pinning matters. */
    default AppProfile withPinning(boolean pinned) {
        return this;
    }
}
