package org.hpcsim.models.slurm;

import java.util.BitSet;

/** Hears what a backfill pass decides: reservations for jobs that must wait, and jobs it starts. */
interface BackfillListener {
    /** A listener that ignores everything. */
    BackfillListener NONE = new BackfillListener() {};

    /** A pass begins at {@code now}. */
    default void passStarted(long now) {}

    /** {@code job} is promised {@code nodes} over [start, end). */
    default void reserved(SlurmJob job, long start, long end, BitSet nodes) {}

    /** {@code job} starts now on {@code nodes} and may hold them until {@code limitEnd}. */
    default void backfilled(SlurmJob job, long now, long limitEnd, BitSet nodes) {}
}
