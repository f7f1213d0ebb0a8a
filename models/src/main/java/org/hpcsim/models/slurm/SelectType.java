package org.hpcsim.models.slurm;

/** slurm.conf SelectType: how nodes are allocated to jobs. */
public enum SelectType {
    /** select/linear: whole nodes. */
    LINEAR,
    /** select/cons_tres: cores and GPUs inside nodes; nodes may be shared by jobs. */
    CONS_TRES
}
