package org.hpcsim.models.platform;

/** How a job's nodes are picked among the free ones. */
public enum PlacementPolicy {
    /**
     * As few leaf switches as possible: the fullest leaf that still holds the whole job (best fit),
     * else the leaves with most free nodes first (as Slurm's topology/tree does).
     */
    COMPACT,
    /** The lowest-numbered free nodes, whatever switch they hang from (select/linear without topology). */
    LINEAR,
    /** One node per leaf in turn: the worst case for communication, for what-if comparisons. */
    SCATTER
}
