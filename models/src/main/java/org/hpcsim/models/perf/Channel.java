package org.hpcsim.models.perf;

/** What a phase's shared bytes travel over, and so what they share with other jobs. */
public enum Channel {
    /** Nothing shared: the phase takes its fixed time. */
    NONE,
    /** The interconnect: bytes each node injects, at a rate the NIC and the shared uplinks allow. */
    NETWORK,
    /** The shared parallel file system: the job's bytes, at a rate its aggregate bandwidth allows. */
    FILESYSTEM
}
