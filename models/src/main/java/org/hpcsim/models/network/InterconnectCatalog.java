package org.hpcsim.models.network;

import static org.hpcsim.models.network.Interconnect.bytesPerSecond;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The interconnects hpcsim knows by name, each figure with where it comes from. */
public final class InterconnectCatalog {
    private static final String REFERENCE = "shared/REFERENCE.md";
    /**
     * UCX's rendezvous threshold is "auto" by default; UCX-Py and UCXX pin UCX_RNDV_THRESH to
     * 8192 (docs.rapids.ai UCXX configuration). Taken as typical of the auto value on verbs and
     * RoCE: an assumption.
     */
    private static final long UCX_RENDEZVOUS = 8192;
    /**
     * libfabric's EFA provider sends host messages up to FI_EFA_INTER_MAX_MEDIUM_MESSAGE_SIZE
     * (default 65536) eagerly or by its medium protocol; larger ones go by the long-CTS
     * protocol, a handshake (fi_efa(7) and prov/efa/src/efa_hmem.c). The man page says
     * "smaller than" the limit; the 64 KiB osu_latency of REFERENCE.md (18.4 us, less than the
     * 2 x 9.9 us a handshake alone would add) shows 64 KiB itself still goes without one.
     */
    private static final long EFA_MEDIUM_LIMIT = 65536;
    /** REFERENCE.md: rendezvous above a threshold "often 64 KiB"; used for MPI over TCP. */
    private static final long TCP_RENDEZVOUS = 65536;
    /** One EFA packet: fi_efa(7) gives the MTU as about 8 KiB; past it, messages go in several packets. */
    private static final long EFA_PACKET = 8192;
    /**
     * EFA's bands, fitted to REFERENCE.md's user-reported osu_latency on c5n (9.9 us at 1 B,
     * 18.4 us at 64 KiB): one-packet messages at the port's rate; the medium protocol's packets
     * (8 KiB up to 64 KiB) reach 0.617 of it, which puts 64 KiB at 9.9 + 65536 / (12.5e9 x
     * 0.617) us = 18.40 us. Above 64 KiB the long-CTS protocol streams the data; 0.9 of the
     * port is an assumption (no large-message figure in REFERENCE.md). p4d and p5 share the
     * shape for want of their own measurements (an assumption).
     */
    private static final List<MessageBand> EFA_BANDS = List.of(
            MessageBand.UNIFORM,
            new MessageBand(EFA_PACKET, 1, 0.617),
            new MessageBand(EFA_MEDIUM_LIMIT + 1, 1, 0.9));
    private static final List<MessageBand> UNIFORM = List.of(MessageBand.UNIFORM);
    /** EFA's small-message latency: REFERENCE.md's user-reported osu_latency on c5n at 1 B. */
    private static final double EFA_LATENCY = 9.9e-6;

    private static final List<Interconnect> ALL = List.of(
            // REFERENCE.md: HDR 200 Gb/s per port, end-to-end MPI latency about 0.5-0.6 us.
            new Interconnect("ib-hdr", 0.6e-6, bytesPerSecond(200), UCX_RENDEZVOUS, UNIFORM, Stack.KERNEL_BYPASS,
                    REFERENCE + ": HDR 200 Gb/s, 0.5-0.6 us; rendezvous at UCX's 8 KiB (assumption)"),
            // REFERENCE.md: NDR 400 Gb/s; its latency figure is for EDR/HDR, kept for NDR (assumption:
            // the HCA and switch pipeline, not the lane rate, set small-message latency).
            new Interconnect("ib-ndr", 0.6e-6, bytesPerSecond(400), UCX_RENDEZVOUS, UNIFORM, Stack.KERNEL_BYPASS,
                    REFERENCE + ": NDR 400 Gb/s; HDR's 0.6 us latency (assumption)"),
            // NADDOD's summary of UNM tests (ConnectX-4, OSU, Open MPI): IB 10% lower latency than
            // RoCE at 8 B, so RoCE v2 at 1.1 x IB's 0.6 us.
            new Interconnect("roce-100g", 0.66e-6, bytesPerSecond(100), UCX_RENDEZVOUS, UNIFORM, Stack.KERNEL_BYPASS,
                    "naddod.com 'EDR InfiniBand vs. 100Gb Ethernet' (UNM tests): RoCE about 10% above IB at 8 B"),
            new Interconnect("efa-c5n", EFA_LATENCY, bytesPerSecond(100), EFA_MEDIUM_LIMIT, EFA_BANDS,
                    Stack.KERNEL_BYPASS, REFERENCE + ": c5n 100 Gb/s; osu_latency 9.9 us at 1 B, 18.4 us at 64 KiB"),
            new Interconnect("efa-p4d", EFA_LATENCY, bytesPerSecond(400), EFA_MEDIUM_LIMIT, EFA_BANDS,
                    Stack.KERNEL_BYPASS, REFERENCE + ": p4d 400 Gb/s; c5n's latency and bands (assumption)"),
            // 3,200 Gb/s is the node's aggregate over its EFA ports: NCCL and libfabric stripe a
            // node's traffic over all of them, so the node, not one port, is the unit here.
            new Interconnect("efa-p5", EFA_LATENCY, bytesPerSecond(3200), EFA_MEDIUM_LIMIT, EFA_BANDS,
                    Stack.KERNEL_BYPASS, REFERENCE + ": p5 3,200 Gb/s aggregate; c5n's latency and bands (assumption)"),
            // REFERENCE.md: plain TCP Ethernet "tens of us". Cisco's blog measured about 10 us
            // half round trip for MPI over a tuned TCP NIC, WWT puts kernel-to-kernel near 50 us;
            // 20 us on the wire plus the stack's 5 us is 25 us, in the middle (assumption).
            new Interconnect("ethernet-25g-tcp", 20e-6, bytesPerSecond(25), TCP_RENDEZVOUS, UNIFORM, Stack.KERNEL_TCP,
                    REFERENCE + ": tens of us; 20 us + 5 us stack (assumption)"),
            // Faster NICs of the same kind serialise a small frame sooner and tend to come with
            // better offloads: 15 us + 5 us (assumption).
            new Interconnect("ethernet-100g-tcp", 15e-6, bytesPerSecond(100), TCP_RENDEZVOUS, UNIFORM, Stack.KERNEL_TCP,
                    REFERENCE + ": tens of us; 15 us + 5 us stack (assumption)"));

    private InterconnectCatalog() {}

    /** The interconnect named {@code name}, if the catalog has it. */
    public static Optional<Interconnect> find(String name) {
        for (Interconnect i : ALL) {
            if (i.name().equals(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The names, comma-separated, for error messages. */
    public static String names() {
        return ALL.stream().map(Interconnect::name).collect(Collectors.joining(", "));
    }

    /** Every entry, in the catalog's order. */
    public static List<Interconnect> all() {
        return ALL;
    }
}
