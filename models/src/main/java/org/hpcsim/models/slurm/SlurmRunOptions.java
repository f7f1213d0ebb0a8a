package org.hpcsim.models.slurm;

import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.platform.Platform;
import org.hpcsim.models.run.NodeFailures;

/**
 * What a Slurm replay may add to its configuration and workload, each optional.
 *
 * @param maintenance  maintenance reservations that drain nodes for a while
 * @param dependencies whether a job naming a preceding job (SWF fields 17 and 18) is submitted only
 *                     after that job has ended plus its think time
 * @param failures     how nodes fail (node numbers index the configured nodes), or null for never
 * @param streams      the named random streams failures, launch errors and boot times are drawn from, or null
 *                     when nothing is random
 * @param platform     the hardware jobs run on (see {@link RunEnds}), or null for recorded run times
 * @param power        power saving on cloud nodes (see {@link PowerSaving}), or null for every node
 *                     always up
 * @param unixOrigin   the Unix time, in seconds, that simulation time 0 stands for: backfill rounds
 *                     its plan to bf_resolution in Unix time, as slurmctld's clock does
 */
public record SlurmRunOptions(List<Maintenance> maintenance, boolean dependencies, NodeFailures failures,
                              RandomStreams streams, Platform platform, PowerSaving power, long unixOrigin) {
    /** Nothing added. */
    public static final SlurmRunOptions NONE = new SlurmRunOptions(List.of(), false, null, null, null, null);

    /** As above, with simulation time 0 at the Unix epoch. */
    public SlurmRunOptions(List<Maintenance> maintenance, boolean dependencies, NodeFailures failures,
                           RandomStreams streams, Platform platform, PowerSaving power) {
        this(maintenance, dependencies, failures, streams, platform, power, 0);
    }

    /** These options with simulation time 0 standing for Unix time {@code seconds}. */
    public SlurmRunOptions withUnixOrigin(long seconds) {
        return new SlurmRunOptions(maintenance, dependencies, failures, streams, platform, power, seconds);
    }

    /** Copies the maintenance list and checks that random models have their streams. */
    public SlurmRunOptions {
        maintenance = List.copyOf(maintenance);
        if (streams == null && (failures != null
                || (power != null && (power.launch().insufficientProbability() > 0 || power.launch().bootTimes() != null)))) {
            throw new IllegalArgumentException("node failures, launch errors and drawn boot times need random streams");
        }
    }
}
