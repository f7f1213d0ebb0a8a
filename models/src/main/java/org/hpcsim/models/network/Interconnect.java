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
     * Latency added between two instances that are not in one cluster placement group.
     * Assumption: AWS documents that a cluster placement group puts instances in one
     * high-bisection segment with lower latency, but publishes no figure, and no published
     * measurement was found. Outside the group the path crosses more tiers of the AZ's network
     * (each a few hundred ns to a few us through deep-buffered switches) and may leave the
     * building; 15 us one way keeps EFA's small-message time under 2.5x its in-group figure
     * while making the penalty visible. Replace it when a measurement turns up.
     */
    public static final double OUTSIDE_PLACEMENT_GROUP_LATENCY = 15e-6;

    /** Validates the figures and keeps an unmodifiable copy of the bands. */
    public Interconnect {
        require(name != null && !name.isBlank(), "a name is required");
        require(latency >= 0 && Double.isFinite(latency), "latency must be 0 or more seconds, got " + latency);
        require(bandwidth > 0 && Double.isFinite(bandwidth), "bandwidth must be positive bytes/s, got " + bandwidth);
        require(eagerThreshold >= 0, "eager threshold must be 0 or more bytes, got " + eagerThreshold);
        require(bands != null && !bands.isEmpty(), "at least one message band is required");
        bands = List.copyOf(bands);
        require(bands.get(0).fromBytes() == 0, "the first message band must start at 0 bytes, got "
                + bands.get(0).fromBytes());
        for (int i = 1; i < bands.size(); i++) {
            require(bands.get(i).fromBytes() > bands.get(i - 1).fromBytes(),
                    "message bands must be sorted by fromBytes without repeats, got " + bands.get(i - 1).fromBytes()
                            + " then " + bands.get(i).fromBytes());
        }
        require(stack != null, "a stack is required");
        require(source != null, "a source is required (say where the figures come from)");
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("interconnect: " + problem);
        }
    }

    /** Bytes per second of {@code gigabitsPerSecond} Gb/s (SI giga, 8 bits a byte). */
    public static double bytesPerSecond(double gigabitsPerSecond) {
        return gigabitsPerSecond * 1e9 / 8;
    }

    /**
     * Seconds to move one message of {@code bytes} bytes between two nodes {@code switches}
     * switches apart whose switches add {@code switchLatency} each beyond the first (the
     * interconnect's latency already crosses one). SimGrid's piecewise model: the band of the
     * message's size scales latency and bandwidth; the stack adds its per-message overhead and
     * caps the share of the port a message reaches. A message above the eager threshold is sent
     * by rendezvous: the sender first sends a request-to-send and waits for the receiver's
     * clear-to-send (which comes once the receive buffer is posted and registered), so it pays
     * one more round trip of the path's latency before the data moves.
     */
    public double messageTime(long bytes, int switches, double switchLatency) {
        if (bytes < 0 || switches < 0 || !(switchLatency >= 0)) {
            throw new IllegalArgumentException("message time: bytes, switches and switch latency must be 0 or more, got "
                    + bytes + ", " + switches + ", " + switchLatency);
        }
        MessageBand band = bandOf(bytes);
        double extraHops = Math.max(0, switches - 1) * switchLatency;
        double time = latency * band.latencyFactor() + extraHops + stack.perMessageOverhead()
                + bytes / (effectiveBandwidth() * band.bandwidthFactor());
        if (bytes > eagerThreshold) {
            time += 2 * (latency + extraHops);
        }
        return time;
    }

    /** The band that applies to a message of {@code bytes} bytes: the last one starting at or below it. */
    public MessageBand bandOf(long bytes) {
        // A handful of bands: a backward scan beats a binary search and allocates nothing.
        for (int i = bands.size() - 1; i > 0; i--) {
            if (bands.get(i).fromBytes() <= bytes) {
                return bands.get(i);
            }
        }
        return bands.get(0);
    }

    /** Bytes per second one message stream reaches through the stack: the port's share. */
    public double effectiveBandwidth() {
        return bandwidth * stack.bandwidthShare();
    }

    /** This interconnect reached through {@code stack} instead (e.g. TCP over an EFA-capable port). */
    public Interconnect withStack(Stack stack) {
        return new Interconnect(name, latency, bandwidth, eagerThreshold, bands, stack, source);
    }

    /** This interconnect with the figures of {@code latency}, {@code bandwidth} and {@code eagerThreshold}. */
    public Interconnect withFigures(double latency, double bandwidth, long eagerThreshold, String source) {
        return new Interconnect(name, latency, bandwidth, eagerThreshold, bands, stack, source);
    }

    /**
     * This interconnect between instances outside one cluster placement group: latency grows by
     * {@link #OUTSIDE_PLACEMENT_GROUP_LATENCY} (an assumption; see there); bandwidth is kept, as
     * the kernel-bypass figures here are per port, not the per-flow TCP limit AWS lowers outside.
     */
    public Interconnect outsidePlacementGroup() {
        return new Interconnect(name, latency + OUTSIDE_PLACEMENT_GROUP_LATENCY, bandwidth, eagerThreshold, bands,
                stack, source + "; outside a placement group +15 us (assumption)");
    }

    /**
     * Hockney figures for collectives between nodes {@code switches} switches apart: alpha is a
     * small message's start-up (the first band's latency, the extra hops and the stack's
     * overhead), beta the inverse of the largest band's bandwidth, as a collective's steps that
     * matter for time are the large ones; gamma is 0, as reducing is the nodes' work, not the
     * network's ({@link LinkCost#withGamma} adds it). Rendezvous round trips are left out:
     * Hockney has one alpha per message.
     */
    public LinkCost linkCost(int switches, double switchLatency) {
        if (switches < 0 || !(switchLatency >= 0)) {
            throw new IllegalArgumentException("link cost: switches and switch latency must be 0 or more, got "
                    + switches + ", " + switchLatency);
        }
        double alpha = latency * bands.get(0).latencyFactor() + Math.max(0, switches - 1) * switchLatency
                + stack.perMessageOverhead();
        double beta = 1 / (effectiveBandwidth() * bands.get(bands.size() - 1).bandwidthFactor());
        return new LinkCost(alpha, beta, 0);
    }
}
