package org.hpcsim.scenarios.slurmconf;

/** A partition's State, from slurm.conf(5), 22.05 (default UP). */
public enum PartitionState {
    /** Jobs may be queued and run. */
    UP,
    /** Jobs may be queued but not started. */
    DOWN,
    /** No new jobs may be queued; queued jobs may run. */
    DRAIN,
    /** No new jobs may be queued and queued jobs may not run. */
    INACTIVE
}
