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
    /** Validates the overheads. */
    public Stack {
        if (kind == null || perMessageOverhead < 0 || !(bandwidthShare > 0) || bandwidthShare > 1) {
            throw new IllegalArgumentException("network stack: impossible overheads");
        }
    }
}
