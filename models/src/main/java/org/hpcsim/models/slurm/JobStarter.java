package org.hpcsim.models.slurm;

import java.util.List;

/** What the scheduling loops call to act: start a job, or preempt running jobs to make room for one. */
interface JobStarter {
    /** Starts {@code job} now in partition {@code partition} on {@code allocation}. */
    void start(SlurmJob job, int partition, Allocation allocation);

    /**
     * Preempts {@code victims} now to make room for {@code preemptor}, which does not start yet: as in
     * slurmctld, it starts on a later pass once their nodes are free (node_scheduler.c, select_nodes
     * returns ESLURM_NODES_BUSY after _preempt_jobs).
     */
    void preempt(SlurmJob preemptor, List<SlurmJob> victims);

    /** The running jobs (a fresh list). */
    List<SlurmJob> running();
}
