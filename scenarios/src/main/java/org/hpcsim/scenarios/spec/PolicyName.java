package org.hpcsim.scenarios.spec;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The scheduling policies a scenario can name. */
public enum PolicyName {
    /** First-come first-served. */
    FCFS("fcfs"),
    /** EASY backfilling (Mu'alem and Feitelson 2001). */
    EASY("easy"),
    /** Conservative backfilling: every waiting job holds a reservation (Mu'alem and Feitelson 2001). */
    CONSERVATIVE("conservative"),
    /** Slurm's slurmctld: priority, partitions, main loop and backfill loop (see scheduler.slurm). */
    SLURM("slurm"),
    /** Kubernetes: kube-scheduler's queue and framework over pods made from jobs (see scheduler.kubernetes). */
    KUBERNETES("kubernetes");

    private final String word;

    PolicyName(String word) {
        this.word = word;
    }

    /** The name as written in a scenario. */
    public String word() {
        return word;
    }

    /** The names, comma-separated, for error messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(PolicyName::word).collect(Collectors.joining(", "));
    }

    /** The policy spelled {@code word}, ignoring case. */
    public static PolicyName parse(String word) {
        return Names.policy(word);
    }
}
