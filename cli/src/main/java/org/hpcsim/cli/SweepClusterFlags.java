package org.hpcsim.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.cli.sweep.SlurmOptions;
import org.hpcsim.cli.sweep.TaskCommand;
import picocli.CommandLine.Option;

/** The sweep flags of the cluster executors: Slurm job arrays and Kubernetes Indexed Jobs. */
final class SweepClusterFlags {
    /** Flags only the Slurm executor reads. */
    static final List<String> SLURM_ONLY = List.of("--partition", "--account", "--time", "--sbatch-option",
            "--poll-interval");
    /** Flags only the Kubernetes executor reads. */
    static final List<String> KUBERNETES_ONLY = List.of("--image", "--pvc");
    /** Flags both cluster executors read. */
    static final List<String> CLUSTER = List.of("--max-parallel", "--retries", "--task-command");

    @Option(names = "--max-parallel", paramLabel = "K",
            description = "slurm, kubernetes: the most points running at once (Slurm's --array=...%%K, the Job's"
                    + " parallelism). Default: no limit.")
    Integer maxParallel;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
            description = "slurm: rounds of resubmitting the points a round left without a result; kubernetes:"
                    + " backoffLimitPerIndex. Default: ${DEFAULT-VALUE}.")
    int retries;

    @Option(names = "--task-command", paramLabel = "WORD",
            description = "slurm, kubernetes: the program a task runs, one argument per use (repeat for more),"
                    + " for example --task-command /shared/hpcsim/hpcsim. Default: slurm, this java and class path;"
                    + " kubernetes, hpcsim.")
    List<String> taskCommand = new ArrayList<>();

    @Option(names = "--partition", paramLabel = "NAME", description = "slurm: sbatch --partition.")
    String partition;

    @Option(names = "--account", paramLabel = "NAME", description = "slurm: sbatch --account.")
    String account;

    @Option(names = "--time", paramLabel = "LIMIT",
            description = "slurm: sbatch --time, each task's time limit (for example 30 or 2:00:00).")
    String time;

    @Option(names = "--sbatch-option", paramLabel = "OPTION",
            description = "slurm: one more sbatch option, with its value attached (--mem=4G, --qos=short);"
                    + " repeatable.")
    List<String> sbatchOptions = new ArrayList<>();

    @Option(names = "--poll-interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "slurm: seconds between squeue calls while a round runs. Default: ${DEFAULT-VALUE}.")
    double pollSeconds;

    @Option(names = "--image", paramLabel = "IMAGE",
            description = "kubernetes (required): the container image, with hpcsim on its PATH.")
    String image;

    @Option(names = "--pvc", paramLabel = "CLAIM",
            description = "kubernetes (required): the PersistentVolumeClaim mounted at /study: the sweep file"
                    + " there, the results written to /study/points.")
    String pvc;

    /** The Slurm options, checked. */
    SlurmOptions slurm() {
        if (!(pollSeconds > 0) || Double.isInfinite(pollSeconds)) {
            throw new BadFlagException("--poll-interval: must be more than 0 seconds, got " + pollSeconds);
        }
        return new SlurmOptions(partition, account, time, sbatchOptions, maxParallel, retries,
                Duration.ofMillis(Math.max(1, Math.round(pollSeconds * 1000))));
    }

    /** The task command the flags name, or {@code fallback} when none. */
    TaskCommand task(TaskCommand fallback) {
        return taskCommand.isEmpty() ? fallback : new TaskCommand(taskCommand);
    }
}
