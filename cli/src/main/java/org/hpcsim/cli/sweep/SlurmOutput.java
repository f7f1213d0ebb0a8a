package org.hpcsim.cli.sweep;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads what Slurm's commands print for a study: sbatch's job id, squeue's and sacct's state of
 * each array task, and which states mean a task has ended (squeue(1), JOB STATE CODES).
 */
final class SlurmOutput {
    // A task in any other state (PENDING, RUNNING, COMPLETING, REQUEUED, SUSPENDED, states a newer
    // Slurm adds...) may still write its result, so only these end a round: resubmitting a task
    // that still runs would compute its point twice.
    private static final Set<String> ENDED = Set.of("BOOT_FAIL", "CANCELLED", "COMPLETED", "DEADLINE", "FAILED",
            "NODE_FAIL", "OUT_OF_MEMORY", "PREEMPTED", "TIMEOUT");

    private SlurmOutput() {}

    /** The job id {@code sbatch --parsable} printed: "ID" or "ID;CLUSTER" (sbatch(1), --parsable). */
    static long jobId(String stdout) {
        String last = stdout.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> b).orElse("");
        String id = last.split(";", 2)[0];
        try {
            long parsed = Long.parseLong(id);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with what sbatch printed
        }
        throw new ExternalCommandException("sbatch printed no job id (expected ID or ID;CLUSTER), got '"
                + ShellWords.visible(stdout.strip()) + "'");
    }

    /**
     * Array index to state from {@code squeue --array --format='%K %T'}. A line for a group of
     * pending tasks ({@code 2-5%2 PENDING}) gives every index of the group that state.
     */
    static Map<Integer, String> squeue(String stdout) {
        Map<Integer, String> states = new TreeMap<>();
        for (String line : stdout.split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 1 && f[0].isEmpty()) {
                continue;
            }
            if (f.length != 2) {
                throw new ExternalCommandException("squeue printed a line that is not 'INDEX STATE': '"
                        + ShellWords.visible(line) + "'");
            }
            putAll(states, f[0], f[1], "squeue", line);
        }
        return states;
    }

    /**
     * Array index to final state from {@code sacct --noheader --parsable2 --allocations
     * --format=JobID,State,ExitCode}: job ids read {@code JOB_INDEX} (or {@code JOB_[2-5]} for tasks
     * that never started), states may say who cancelled ({@code CANCELLED by 0}).
     */
    static Map<Integer, String> sacct(String stdout) {
        Map<Integer, String> states = new TreeMap<>();
        for (String line : stdout.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.strip().split("\\|", -1);
            int underscore = f[0].indexOf('_');
            if (f.length < 3 || underscore < 0) {
                continue;
            }
            String state = f[1].isEmpty() ? "UNKNOWN" : f[1].split(" ", 2)[0];
            putAll(states, f[0].substring(underscore + 1), state + " (exit " + f[2] + ")", "sacct", line);
        }
        return states;
    }

    /** Whether a task in {@code state} may still run (and so write its result). */
    static boolean active(String state) {
        return !ENDED.contains(state);
    }

    private static void putAll(Map<Integer, String> states, String indexes, String state, String program,
                               String line) {
        try {
            for (int i : ArrayIndexes.parse(indexes)) {
                states.put(i, state);
            }
        } catch (NumberFormatException e) {
            throw new ExternalCommandException(program + " printed an array index hpcsim cannot read: '"
                    + ShellWords.visible(line) + "'");
        }
    }
}
