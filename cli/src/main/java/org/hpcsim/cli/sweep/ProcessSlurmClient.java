package org.hpcsim.cli.sweep;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Slurm through its commands (sbatch, squeue, sacct), run from argument arrays with this process's
 * environment, so SLURM_CONF and PATH choose the cluster as they do for the user's own commands.
 */
public final class ProcessSlurmClient implements SlurmClient {
    // A busy controller can take tens of seconds to answer (squeue(1), PERFORMANCE).
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @Override
    public long submit(List<String> sbatchArguments) {
        List<String> argv = new ArrayList<>();
        argv.add("sbatch");
        argv.addAll(sbatchArguments);
        ExternalCommand.Result r = ExternalCommand.run(argv, TIMEOUT);
        if (r.code() != 0) {
            throw new ExternalCommandException(r.failure());
        }
        return SlurmOutput.jobId(r.stdout());
    }

    @Override
    public Map<Integer, String> tasks(long jobId) {
        ExternalCommand.Result r = ExternalCommand.run(List.of("squeue", "--noheader", "--array", "--jobs=" + jobId,
                "--states=all", "--format=%K %T"), TIMEOUT);
        if (r.code() != 0) {
            // A job purged from the controller's memory (MinJobAge after it ended) is unknown to it.
            if (r.stderr().contains("Invalid job id")) {
                return Map.of();
            }
            throw new ExternalCommandException(r.failure());
        }
        return SlurmOutput.squeue(r.stdout());
    }

    @Override
    public Optional<Map<Integer, String>> accounting(long jobId) {
        try {
            ExternalCommand.Result r = ExternalCommand.run(List.of("sacct", "--noheader", "--parsable2",
                    "--allocations", "--jobs=" + jobId, "--format=JobID,State,ExitCode"), TIMEOUT);
            return r.code() == 0 ? Optional.of(SlurmOutput.sacct(r.stdout())) : Optional.empty();
        } catch (ExternalCommandException e) {
            // No sacct, or no answer from slurmdbd: the reasons are a courtesy, the results decide.
            return Optional.empty();
        }
    }
}
