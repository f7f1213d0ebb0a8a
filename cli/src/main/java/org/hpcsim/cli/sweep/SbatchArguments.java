package org.hpcsim.cli.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.cli.BadFlagException;

/**
 * The sbatch arguments that submit one round of a study's points as a job array, each value one
 * argument array element; {@link SlurmClient} adds the program name.
 */
final class SbatchArguments {
    private SbatchArguments() {}

    /**
     * Submits {@code indexes} of the study as array tasks of {@code script}, named {@code jobName},
     * each writing its output to {@code logs}/JOB_INDEX.out and starting in {@code workDir}.
     */
    static List<String> of(SlurmOptions options, String jobName, List<Integer> indexes, Path logs, Path workDir,
                           Path script) {
        String array = ArrayIndexes.format(indexes)
                + (options.maxParallel() != null ? "%" + options.maxParallel() : "");
        List<String> args = new ArrayList<>();
        args.add("--parsable");
        args.add("--array=" + array);
        args.add("--job-name=" + jobName);
        args.add("--output=" + outputPattern(logs));
        args.add("--chdir=" + workDir);
        if (options.partition() != null) {
            args.add("--partition=" + options.partition());
        }
        if (options.account() != null) {
            args.add("--account=" + options.account());
        }
        if (options.time() != null) {
            args.add("--time=" + options.time());
        }
        args.addAll(options.sbatchOptions());
        args.add(script.toString());
        return args;
    }

    /**
     * sbatch's file name pattern (sbatch(1), filename pattern) for one file per array task:
     * {@code %A} the array's job id, {@code %a} the task's index. A '%' of the folder is doubled
     * so it stays a '%'; a backslash would turn the replacements off, so it is refused.
     */
    static String outputPattern(Path logs) {
        String dir = logs.toString();
        if (dir.indexOf('\\') >= 0) {
            throw new BadFlagException("--out: a backslash in the output folder is not allowed with --executor slurm"
                    + " (sbatch reads it as 'do not expand %A and %a' in the log file names), got '" + dir + "'");
        }
        return dir.replace("%", "%%") + "/%A_%a.out";
    }
}
