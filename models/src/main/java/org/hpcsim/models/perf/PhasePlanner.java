package org.hpcsim.models.perf;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a profile and a placed job into the phases it runs: reading its input, its iterations,
 * writing its output. When the profile leaves the iteration count to the trace, it is as many as
 * the recorded runtime holds on the job's most compact placement with the NIC to itself, so a
 * replay of an uncontended, compactly placed job keeps its recorded runtime and placement and
 * contention only add to it. Input and output come on top of the recorded runtime.
 */
public final class PhasePlanner {
    private PhasePlanner() {}

    /** The phases of a job of {@code shape} running {@code profile} on {@code machine}. */
    public static List<Phase> plan(AppProfile profile, JobShape shape, Machine machine) {
        IterationCost cost = profile.iteration(shape, machine);
        double iterations = profile.iterations(shape, machine);
        if (iterations < 0) {
            double reference = profile.iteration(shape.compact(), machine).seconds(machine.nicBandwidth());
            iterations = reference > 0 ? shape.recordedSeconds() / reference : 0;
        }
        List<Phase> phases = new ArrayList<>(3);
        Io io = profile.io();
        if (io.readBytes() > 0) {
            phases.add(ioPhase("read", io.readBytes(), io.scratch(), shape, machine));
        }
        phases.add(new Phase("iterations", iterations, cost.fixedSeconds(), cost.networkBytes(),
                cost.networkBytes() > 0 ? Channel.NETWORK : Channel.NONE, cost.traffic()));
        if (io.writeBytes() > 0) {
            phases.add(ioPhase("write", io.writeBytes(), io.scratch(), shape, machine));
        }
        return phases;
    }

    /** Scratch is each node's own, so nothing is shared; the parallel file system is shared by all jobs. */
    private static Phase ioPhase(String name, double bytes, boolean scratch, JobShape shape, Machine machine) {
        if (scratch) {
            double bandwidth = machine.node().scratchBandwidth();
            if (bandwidth <= 0) {
                throw new IllegalArgumentException("node type " + machine.node().name() + " has no local scratch");
            }
            return new Phase(name, 1, bytes / (shape.nodes() * bandwidth), 0, Channel.NONE, Traffic.NONE);
        }
        return new Phase(name, 1, 0, bytes, Channel.FILESYSTEM, Traffic.NONE);
    }
}
