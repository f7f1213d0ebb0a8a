package org.hpcsim.cli.sweep;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.hpcsim.cli.BadFlagException;

/**
 * How a study's job arrays are submitted and followed, as the flags give it.
 *
 * @param partition     sbatch --partition, or null for the cluster's default
 * @param account       sbatch --account, or null for the user's default
 * @param time          sbatch --time per task, or null for the partition's default
 * @param sbatchOptions more sbatch options, each one argument ({@code --mem=4G}), before the script
 * @param maxParallel   the most tasks running at once (the array's {@code %K}), or null for no limit
 * @param retries       rounds of resubmitting the points still without a result
 * @param pollInterval  time between squeue calls while a round runs
 */
public record SlurmOptions(String partition, String account, String time, List<String> sbatchOptions,
                           Integer maxParallel, int retries, Duration pollInterval) {
    // The driver owns what runs and how tasks are numbered; an option changing either would
    // break the mapping from array index to point (and --hold would leave every round waiting).
    private static final Set<String> RESERVED = Set.of("-a", "--array", "--wrap", "-H", "--hold", "--parsable");

    /** Checks every value, failing with one line that names the flag. */
    public SlurmOptions {
        partition = plain("--partition", partition);
        account = plain("--account", account);
        time = plain("--time", time);
        sbatchOptions = List.copyOf(sbatchOptions);
        for (String o : sbatchOptions) {
            ShellWords.requireNoControl("--sbatch-option", o);
            if (!o.startsWith("-") || o.equals("-") || o.equals("--")) {
                throw new BadFlagException("--sbatch-option: must be one sbatch option starting with '-', with its value"
                        + " attached (--mem=4G, -c2), got '" + o + "'");
            }
            String name = o.startsWith("--") ? o.split("=", 2)[0] : o.substring(0, 2);
            if (RESERVED.contains(name)) {
                throw new BadFlagException("--sbatch-option: " + name + " is set by hpcsim (the array lists the points"
                        + " to run), got '" + o + "'");
            }
        }
        if (maxParallel != null && maxParallel < 1) {
            throw new BadFlagException("--max-parallel: must be 1 or more, got " + maxParallel);
        }
        if (retries < 0) {
            throw new BadFlagException("--retries: must be 0 or more, got " + retries);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new BadFlagException("--poll-interval: must be more than 0 seconds, got "
                    + pollInterval.toMillis() / 1000.0);
        }
    }

    private static String plain(String flag, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new BadFlagException(flag + ": must not be empty");
        }
        return ShellWords.requireNoControl(flag, value);
    }
}
