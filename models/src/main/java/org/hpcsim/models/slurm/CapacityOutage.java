package org.hpcsim.models.slurm;

import java.util.BitSet;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.cloud.LaunchModel;

/**
 * Insufficient capacity of a compute resource under Slurm power saving (see {@link PoweredNodes}):
 * one launch request per job that boots nodes fails with the launch model's probability, drawn from
 * the stream {@link LaunchModel#STREAM}; ParallelCluster then keeps the compute resource's
 * powered-down nodes out of service for its insufficient-capacity timeout, and launches nothing
 * for it meanwhile.
 */
final class CapacityOutage {
    private final Simulation sim;
    private final BitSet up;
    private final LaunchModel launch;
    private final RandomStream random;
    private final Runnable returned;
    /** Powered-down nodes kept out of service while the compute resource is down. */
    private final BitSet withdrawn = new BitSet();
    private final int backUpKind;
    private long downUntil = Long.MIN_VALUE;
    private long backUpHandle = -1;
    private long errors;

    /** Outages of the nodes in {@code up} (the cluster's allocatable set); {@code returned} runs when they end. */
    CapacityOutage(Simulation sim, BitSet up, LaunchModel launch, RandomStreams streams, Runnable returned) {
        this.sim = sim;
        this.up = up;
        this.launch = launch;
        this.random = launch.insufficientProbability() > 0 ? streams.stream(LaunchModel.STREAM) : null;
        this.returned = returned;
        this.backUpKind = sim.registerHandler("compute resource up", payload -> onBackUp());
    }

    /** Whether launches can fail at all (a stream is drawn from). */
    boolean draws() {
        return random != null;
    }

    /** Launch requests that failed. */
    long errors() {
        return errors;
    }

    /**
     * Whether a launch at {@code now} fails: always while the compute resource is down, else with
     * the launch model's probability, which takes {@code poweredDown} out of service.
     */
    boolean launchFails(long now, BitSet poweredDown) {
        if (now < downUntil) {
            return true; // nothing is launched for a compute resource that is down
        }
        if (random == null || random.nextDouble() >= launch.insufficientProbability()) {
            return false;
        }
        errors++;
        downUntil = now + launch.downTime();
        for (int i = poweredDown.nextSetBit(0); i >= 0; i = poweredDown.nextSetBit(i + 1)) {
            if (up.get(i)) {
                up.clear(i);
                withdrawn.set(i);
            }
        }
        backUpHandle = sim.schedule(downUntil, backUpKind, 0);
        return true;
    }

    /** {@code node} has just powered down: available again, unless the compute resource is down. */
    void poweredDown(int node) {
        if (sim.now() < downUntil) {
            withdrawn.set(node);
        } else {
            up.set(node);
        }
    }

    /** The workload is over: the pending return is dropped, so the run ends with its last job. */
    void stop() {
        if (backUpHandle >= 0) {
            sim.cancel(backUpHandle);
            backUpHandle = -1;
        }
    }

    private void onBackUp() {
        backUpHandle = -1;
        up.or(withdrawn);
        withdrawn.clear();
        returned.run();
    }
}
