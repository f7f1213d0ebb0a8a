package org.hpcsim.cli.sweep;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Slurm a study's job arrays go to: submitting, the queue, and accounting where it is kept.
 * {@link ProcessSlurmClient} runs Slurm's commands; tests give a fake Slurm.
 */
public interface SlurmClient {
    /** Runs sbatch with {@code sbatchArguments} (options, then the script); returns the job id it printed. */
    long submit(List<String> sbatchArguments);

    /**
     * The state of each task of job {@code jobId} by array index, ended tasks included while the
     * controller still lists them; empty once it lists none of them.
     */
    Map<Integer, String> tasks(long jobId);

    /**
     * Each ended task's final state and exit code by array index, from accounting; empty when
     * this Slurm keeps no accounting (sacct fails), which a study does not need.
     */
    Optional<Map<Integer, String>> accounting(long jobId);
}
