package org.hpcsim.models.network;

/**
 * The software path a message takes: kernel bypass (InfiniBand verbs, EFA through libfabric,
 * SR-IOV virtual functions) or the kernel's TCP stack, with the overheads it adds.
 *
 * @param kind               which path
 * @param perMessageOverhead seconds the stack adds to each message, each side together
 * @param bandwidthShare     share of the port's bandwidth the stack reaches (0..1]
 */
public record Stack(StackKind kind, double perMessageOverhead, double bandwidthShare) {
    /**
     * User-space access to the NIC: the catalog's latencies are already measured through it, so
     * it adds nothing on top of them and reaches the port's bandwidth.
     */
    public static final Stack KERNEL_BYPASS = new Stack(StackKind.KERNEL_BYPASS, 0, 1);
    /**
     * The kernel's sockets. Assumption (no single published figure fits every NIC and kernel): a
     * system call, a copy and an interrupt on each side cost a few microseconds per message, 5 us
     * both sides together; and header, checksum and copy costs leave about 90% of the port to
     * one stream. shared/REFERENCE.md only says plain TCP Ethernet is "tens of us".
     */
    public static final Stack KERNEL_TCP = new Stack(StackKind.KERNEL_TCP, 5e-6, 0.9);

    /** Validates the overheads. */
    public Stack {
        if (kind == null) {
            throw new IllegalArgumentException("network stack: kind is required");
        }
        if (!(perMessageOverhead >= 0) || !Double.isFinite(perMessageOverhead)) {
            throw new IllegalArgumentException("network stack: per-message overhead must be 0 or more seconds, got "
                    + perMessageOverhead);
        }
        if (!(bandwidthShare > 0) || bandwidthShare > 1) {
            throw new IllegalArgumentException("network stack: bandwidth share must be in (0, 1], got " + bandwidthShare);
        }
    }

    /** The catalog's stack of {@code kind}. */
    public static Stack of(StackKind kind) {
        return kind == StackKind.KERNEL_TCP ? KERNEL_TCP : KERNEL_BYPASS;
    }
}
