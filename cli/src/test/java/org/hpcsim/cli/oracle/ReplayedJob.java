package org.hpcsim.cli.oracle;

/**
 * One job as the real Slurm ran it, times in seconds from the top of the hour of the replay's first
 * submission (whole seconds: Slurm logs times to the second).
 *
 * @param job      the job we submitted
 * @param slurmId  Slurm's job id
 * @param state    Slurm's final state, COMPLETED when the sleep ended normally
 * @param submit   when the controller accepted it (its first submission: a requeue resets the
 *                 submit time Slurm logs for the later runs)
 * @param start    when the controller allocated its nodes for its last run
 * @param end      when the controller learnt its last run had ended
 * @param requeues how many runs were preempted and requeued before the last
 */
public record ReplayedJob(OracleJob job, long slurmId, String state, double submit, double start, double end,
                          int requeues) {
    /** A job that ran once. */
    public ReplayedJob(OracleJob job, long slurmId, String state, double submit, double start, double end) {
        this(job, slurmId, state, submit, start, end, 0);
    }

    /** How long it really held its nodes: the sleep plus launch and completion overheads. */
    public double runTime() {
        return end - start;
    }
}
