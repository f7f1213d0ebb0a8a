package org.hpcsim.models.platform;

import java.util.List;
import org.hpcsim.models.network.Topology;
import org.hpcsim.models.perf.AppProfile;
import org.hpcsim.models.perf.Machine;
import org.hpcsim.models.perf.RigidProfile;
import org.hpcsim.models.workload.Job;

/**
 * The hardware under a run: what the nodes and network are, how the nodes hang from switches, how
 * jobs are placed, the shared file system, and which jobs run which application profile.
 *
 * @param machine             node type, interconnect, switch latency
 * @param topology            the switches
 * @param placement           how nodes are picked
 * @param fileSystemBandwidth aggregate bandwidth of the shared parallel file system, bytes per second (0: none)
 * @param rules               profile rules, first match wins; a job no rule matches keeps its recorded runtime
 */
public record Platform(Machine machine, Topology topology, PlacementPolicy placement, double fileSystemBandwidth,
                       List<ProfileRule> rules) {
    /** Validates the platform. */
    public Platform {
        if (machine == null || topology == null || placement == null || !(fileSystemBandwidth >= 0)) {
            throw new IllegalArgumentException("a platform needs a machine, a topology and a placement");
        }
        rules = rules == null ? List.of() : List.copyOf(rules);
        if (Math.abs(topology.switchLatency() - machine.switchLatency()) > 0) {
            throw new IllegalArgumentException("the machine's switch latency must be the topology's");
        }
    }

    /** The profile {@code job} runs: the first rule's that matches it, else rigid. */
    public AppProfile profileFor(Job job) {
        for (ProfileRule r : rules) {
            if (r.matches(job)) {
                return r.profile();
            }
        }
        return RigidProfile.INSTANCE;
    }
}
