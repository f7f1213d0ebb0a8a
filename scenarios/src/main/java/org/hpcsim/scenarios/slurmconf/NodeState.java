package org.hpcsim.scenarios.slurmconf;

/**
 * A node's configured State; slurm.conf(5), 22.05, lists all but IDLE, which slurmctld 22.05.8
 * also accepts (the man page advises UNKNOWN instead).
 */
public enum NodeState {
    /** Set by slurmd when it registers; the default. */
    UNKNOWN,
    /** A cloud node, powered down until needed. */
    CLOUD,
    /** Failed, not to be allocated. */
    DOWN,
    /** Not to be allocated. */
    DRAIN,
    /** Expected to fail, no jobs, none to be allocated. */
    FAIL,
    /** Expected to fail, has jobs, none new to be allocated. */
    FAILING,
    /** Defined for later; not seen by Slurm until made available. */
    FUTURE,
    /** Available; accepted although the man page advises UNKNOWN. */
    IDLE
}
