package org.hpcsim.models.perf;

import org.hpcsim.models.hardware.NodeType;
import org.hpcsim.models.network.Interconnect;
import org.hpcsim.models.network.LinkCost;

/**
 * The hardware a profile runs on: the node type, the interconnect between nodes, and what each
 * switch a message crosses adds.
 *
 * @param node          the node type
 * @param interconnect  the network
 * @param switchLatency seconds each switch beyond the first adds
 */
public record Machine(NodeType node, Interconnect interconnect, double switchLatency) {
    /** Validates the machine. */
    public Machine {
        if (node == null || interconnect == null || !(switchLatency >= 0)) {
            throw new IllegalArgumentException("a machine needs a node type, an interconnect and a switch latency");
        }
    }

    /** Bytes per second one node injects at most: its port as the stack drives it, and never over its NIC. */
    public double nicBandwidth() {
        return Math.min(interconnect.effectiveBandwidth(), node.nicBandwidth());
    }

    /**
     * Hockney costs between nodes {@code switches} switches apart, with the node's NIC as the
     * bandwidth and a reduction that streams three bytes of memory per byte reduced (two read,
     * one written) at the node's memory bandwidth.
     */
    public LinkCost linkCost(int switches) {
        LinkCost net = interconnect.linkCost(Math.max(1, switches), switchLatency);
        return new LinkCost(net.alpha(), 1 / nicBandwidth(), 3 / node.memoryBandwidth());
    }

    /** Seconds one message of {@code bytes} takes between nodes {@code switches} switches apart. */
    public double messageSeconds(long bytes, int switches) {
        double t = interconnect.messageTime(bytes, Math.max(1, switches), switchLatency);
        // The interconnect's port may be faster than the node's NIC (a 400 Gb/s fabric under a 100 Gb/s card).
        double extra = bytes / nicBandwidth() - bytes / interconnect.effectiveBandwidth();
        return t + Math.max(0, extra);
    }
}
