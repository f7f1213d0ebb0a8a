package org.hpcsim.models.slurm;

/** Starts a job: what the scheduling loops call when they have found it nodes. */
interface JobStarter {
    /** Starts {@code job} now in partition {@code partition} on {@code allocation}. */
    void start(SlurmJob job, int partition, Allocation allocation);
}
