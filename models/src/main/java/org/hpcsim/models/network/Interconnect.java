package org.hpcsim.models.network;

import java.util.List;

/**
 * A network technology as MPI sees it between two nodes: end-to-end latency through one switch,
 * per-port bandwidth, the eager/rendezvous switch-over, piecewise factors by message size (as
 * SimGrid's network model has), and the software stack's overheads. Figures are SI.
 *
 * @param name           the name scenarios use, e.g. {@code ib-hdr}
 * @param latency        one-way small-message latency between two nodes on one switch, seconds
 * @param bandwidth      one port's bandwidth, bytes per second, one direction
 * @param eagerThreshold messages of more bytes than this go by rendezvous (one extra round trip)
 * @param bands          factors by message size, sorted by {@code fromBytes}, the first from 0
 * @param stack          kernel bypass (verbs, libfabric) or kernel TCP, and its overheads
 * @param source         where the figures come from
 */
public record Interconnect(String name, double latency, double bandwidth, long eagerThreshold,
                           List<MessageBand> bands, Stack stack, String source) {
    /**
     * Seconds to move one message of {@code bytes} bytes between two nodes {@code switches}
     * switches apart whose switches add {@code switchLatency} each beyond the first.
     */
    public double messageTime(long bytes, int switches, double switchLatency) {
        throw new UnsupportedOperationException("to be written");
    }
}
