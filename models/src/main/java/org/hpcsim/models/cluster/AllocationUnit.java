package org.hpcsim.models.cluster;

/** What a job is given: whole nodes (exclusive, like select/linear) or individual cores. */
public enum AllocationUnit {
    /** Jobs get whole nodes; a job of p processors takes ceil(p / cores per node) nodes. */
    NODE,
    /** Jobs get cores, packed across nodes; a job of p processors takes p cores. */
    CORE
}
