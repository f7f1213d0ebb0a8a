package org.hpcsim.scenarios.slurmconf;

import java.util.List;
import java.util.OptionalInt;

/**
 * One node as its NodeName line (and the NodeName=DEFAULT lines above it) configure it.
 *
 * <p>Defaults are slurm.conf(5), 22.05, NODE CONFIGURATION: Boards, SocketsPerBoard, CoresPerSocket
 * and ThreadsPerCore 1; CPUs their product; Sockets inferred from CPUs when only CPUs is given;
 * RealMemory 1 MB; Weight 1; State UNKNOWN; NodeHostname the name, NodeAddr the hostname.
 *
 * @param name            the NodeName, case-sensitive
 * @param hostname        NodeHostname (kept, not used by the simulator)
 * @param address         NodeAddr (kept, not used)
 * @param port            Port of this node's slurmd; empty means the cluster's SlurmdPort (kept, not used)
 * @param cpus            CPUs (or Procs): logical processors Slurm schedules
 * @param boards          Boards
 * @param socketsPerBoard SocketsPerBoard (Sockets is the same when Boards is 1, its default)
 * @param coresPerSocket  CoresPerSocket
 * @param threadsPerCore  ThreadsPerCore
 * @param realMemoryMb    RealMemory in megabytes
 * @param gres            Gres, in the order written
 * @param weight          Weight: lower weights are allocated first
 * @param features        Features (or Feature)
 * @param state           State
 * @param at              the NodeName line
 */
public record Node(String name, String hostname, String address, OptionalInt port, int cpus, int boards,
        int socketsPerBoard, int coresPerSocket, int threadsPerCore, long realMemoryMb, List<Gres> gres,
        long weight, List<String> features, NodeState state, SourceLine at) {

    /** Copies the lists so the record stays immutable. */
    public Node {
        gres = List.copyOf(gres);
        features = List.copyOf(features);
    }

    /** Sockets on the whole node: Boards x SocketsPerBoard. */
    public int sockets() {
        return boards * socketsPerBoard;
    }

    /** Physical cores on the whole node. */
    public int cores() {
        return sockets() * coresPerSocket;
    }

    /** How many of the named generic resource the node has (all types summed), such as {@code gresCount("gpu")}. */
    public long gresCount(String gresName) {
        long n = 0;
        for (Gres g : gres) {
            if (g.name().equals(gresName)) {
                n += g.count();
            }
        }
        return n;
    }
}
