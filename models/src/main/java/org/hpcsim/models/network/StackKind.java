package org.hpcsim.models.network;

/** The software path of a message. */
public enum StackKind {
    /** User-space access to the NIC: InfiniBand verbs, RoCE, EFA via libfabric, SR-IOV virtual functions. */
    KERNEL_BYPASS,
    /** The kernel's TCP/IP stack (sockets). */
    KERNEL_TCP
}
