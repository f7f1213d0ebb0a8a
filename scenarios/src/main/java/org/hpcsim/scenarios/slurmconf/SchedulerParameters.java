package org.hpcsim.scenarios.slurmconf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hpcsim.models.slurm.BackfillLimits;

/**
 * SchedulerParameters: its comma-separated options in the order written, each with its value or
 * none for a flag ({@code bf_continue}), and typed accessors, with slurm.conf(5)'s defaults, for
 * the options the simulator's Slurm model uses. Option names are kept in lower case, as slurmctld
 * matches them without regard to case. Values of the typed options are checked when read.
 *
 * @param options option name to value; empty for a flag
 */
public record SchedulerParameters(Map<String, Optional<String>> options) {
    /** job_scheduler.c (22.05): batch_sched_delay is 3 s unless given, or when given below 0 ("Invalid batch_sched_delay"). */
    public static final int DEFAULT_BATCH_SCHED_DELAY_S = 3;
    /** slurm.conf(5), 22.05: default_queue_depth "The default value is 100." */
    public static final int DEFAULT_QUEUE_DEPTH = 100;
    /** builtin.c (22.05) BACKFILL_INTERVAL: sched/builtin's thread wakes every 30 s unless told otherwise. */
    public static final int DEFAULT_BUILTIN_INTERVAL_S = 30;
    /** slurm.conf(5), 22.05: sched_interval "The default value is 60 seconds." */
    public static final int DEFAULT_SCHED_INTERVAL_S = 60;
    /** slurm.conf(5), 22.05: sched_min_interval, in microseconds, "The default value is 2 microseconds." */
    public static final int DEFAULT_SCHED_MIN_INTERVAL_US = 2;
    /** slurm.conf(5), 22.05: bf_interval "Default: 30, Min: 1, Max: 10800 (3h)." */
    public static final int DEFAULT_BF_INTERVAL_S = 30;
    /** slurm.conf(5), 22.05: bf_resolution "Default: 60, Min: 1, Max: 3600 (1 hour)." */
    public static final int DEFAULT_BF_RESOLUTION_S = 60;
    /** slurm.conf(5), 22.05: bf_window, in minutes, "Default: 1440 (1 day), Min: 1, Max: 43200 (30 days)." */
    public static final int DEFAULT_BF_WINDOW_MIN = 1440;
    /** slurm.conf(5), 22.05: bf_max_job_test "Default: 500, Min: 1, Max: 1,000,000." */
    public static final int DEFAULT_BF_MAX_JOB_TEST = 500;
    /** slurm.conf(5), 22.05: bf_max_job_user and bf_max_job_part "Default: 0 (no limit)". */
    public static final int NO_LIMIT = 0;
    /** slurm.conf(5), 22.05: max_switch_wait "The default value is 300 seconds." */
    public static final int DEFAULT_MAX_SWITCH_WAIT_S = 300;
    /** slurm.conf(5), 22.05, preempt_reorder_count: "The default value is 1." */
    public static final int DEFAULT_PREEMPT_REORDER_COUNT = 1;
    /** Without bf_window_linear (or with a value cons_common.c refuses) the will-run window doubles. */
    public static final int WINDOW_DOUBLES = 0;
    /** The value of sched_interval or bf_interval that turns that loop off (slurm.conf(5), 22.05). */
    public static final int DISABLED = -1;

    /** The per-pass backfill bounds slurm.conf(5) caps at bf_max_job_test. */
    private static final List<String> PER_PASS_BOUNDS = List.of("bf_max_job_user", "bf_max_job_part",
            "bf_max_job_user_part", "bf_max_job_assoc");
    /** A whole number as slurmctld's atoi reads it: a sign and digits, whatever follows. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("([-+]?[0-9]{1,10}).*");
    /** Read apart from the others: a value slurmctld refuses is not fatal there (see warnings()). */
    private static final String WINDOW_LINEAR = "bf_window_linear";
    /** Read apart from the others, as {@link #WINDOW_LINEAR}: slurmctld replaces a value below 0. */
    private static final String BATCH_SCHED_DELAY = "batch_sched_delay";

    /** No options: every default applies. */
    public static final SchedulerParameters NONE = new SchedulerParameters(Map.of());

    /**
     * Keeps the options' order, makes the map unmodifiable and checks the typed options' values.
     *
     * @throws IllegalArgumentException as {@link #parse} does
     */
    public SchedulerParameters {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        check(options);
    }

    /**
     * Reads {@code opt=value,flag,...}, checking the typed options' values.
     *
     * @throws IllegalArgumentException such as {@code bf_window=0 is out of range (a whole number 1..43200)}
     */
    public static SchedulerParameters parse(String text) {
        Map<String, Optional<String>> options = new LinkedHashMap<>();
        for (String item : text.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            int eq = item.indexOf('=');
            String name = (eq < 0 ? item : item.substring(0, eq)).toLowerCase(Locale.ROOT);
            options.put(name, eq < 0 ? Optional.empty() : Optional.of(item.substring(eq + 1)));
        }
        return new SchedulerParameters(options);
    }

    private static void check(Map<String, Optional<String>> o) {
        number(o, "default_queue_depth", DEFAULT_QUEUE_DEPTH, 0, Integer.MAX_VALUE);
        number(o, "sched_interval", DEFAULT_SCHED_INTERVAL_S, DISABLED, Integer.MAX_VALUE);
        number(o, "sched_min_interval", DEFAULT_SCHED_MIN_INTERVAL_US, 0, Integer.MAX_VALUE);
        if (number(o, "bf_interval", DEFAULT_BF_INTERVAL_S, DISABLED, 10_800) == 0) {
            throw new IllegalArgumentException("bf_interval=0 is out of range (a whole number 1..10800, or -1 for off)");
        }
        number(o, "bf_resolution", DEFAULT_BF_RESOLUTION_S, 1, 3_600);
        number(o, "bf_window", DEFAULT_BF_WINDOW_MIN, 1, 43_200);
        number(o, "bf_max_job_test", DEFAULT_BF_MAX_JOB_TEST, 1, 1_000_000);
        // slurm.conf(5), 22.05, says "Max: bf_max_job_test"; backfill.c only logs a larger value and
        // keeps it (see warnings()).
        for (String bound : PER_PASS_BOUNDS) {
            number(o, bound, NO_LIMIT, 0, Integer.MAX_VALUE);
        }
        // slurm.conf(5), 22.05: bf_min_age_reserve "Default: 0, Min: 0, Max: 2592000 (30 days)";
        // bf_min_prio_reserve "Default: 0, Min: 0, Max: 2^63"; bf_job_part_count_reserve "Default: 0
        // (all), Min: 0, Max: 100000".
        number(o, "bf_min_age_reserve", 0, 0, 2_592_000);
        number(o, "bf_min_prio_reserve", 0, 0, Integer.MAX_VALUE);
        number(o, "bf_job_part_count_reserve", 0, 0, 100_000);
        number(o, "bf_max_job_start", 0, 0, BackfillLimits.MAX_JOB_START);
        number(o, "bf_node_space_size", 0, BackfillLimits.MIN_NODE_SPACE_SIZE, BackfillLimits.MAX_NODE_SPACE_SIZE);
        number(o, "bf_max_job_array_resv", BackfillLimits.DEFAULT_MAX_JOB_ARRAY_RESV, 0,
                BackfillLimits.MAX_JOB_ARRAY_RESV);
        number(o, "max_switch_wait", DEFAULT_MAX_SWITCH_WAIT_S, 0, Integer.MAX_VALUE);
        number(o, "preempt_reorder_count", DEFAULT_PREEMPT_REORDER_COUNT, 0, Integer.MAX_VALUE);
    }

    /**
     * What slurmctld reads otherwise than it is written, one line each: a number followed by other
     * text (read up to it, as atoi does: {@code max_switch_wait=24:00:00} is 24 s), and a per-pass
     * bound above bf_max_job_test (backfill.c logs it and keeps it).
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Optional<String>> e : options.entrySet()) {
            String v = e.getValue().orElse("");
            Matcher m = LEADING_NUMBER.matcher(v);
            boolean refusedWindow = e.getKey().equals(WINDOW_LINEAR) && windowLinearWarning().isPresent()
                    || e.getKey().equals(BATCH_SCHED_DELAY) && batchSchedDelayWarning().isPresent();
            if (!refusedWindow && m.matches() && !m.group(1).equals(v)) {
                out.add(e.getKey() + "=" + v + " is read as " + m.group(1) + ", as slurmctld reads it (atoi)");
            }
        }
        windowLinearWarning().ifPresent(out::add);
        batchSchedDelayWarning().ifPresent(out::add);
        int test = bfMaxJobTest();
        for (String bound : PER_PASS_BOUNDS) {
            int n = number(bound, NO_LIMIT, 0, Integer.MAX_VALUE);
            if (n > test) {
                out.add(bound + "=" + n + " is above bf_max_job_test (" + test + "): slurmctld logs that and keeps it,"
                        + " so it bounds nothing");
            }
        }
        return out;
    }

    /** Whether the option is present, as a flag or with a value. */
    public boolean has(String option) {
        return options.containsKey(option.toLowerCase(Locale.ROOT));
    }

    /** The option's value; empty when absent or a flag. */
    public Optional<String> value(String option) {
        return options.getOrDefault(option.toLowerCase(Locale.ROOT), Optional.empty());
    }

    /** default_queue_depth: jobs tested by an event-triggered main-loop pass. */
    public int defaultQueueDepth() {
        return number("default_queue_depth", DEFAULT_QUEUE_DEPTH, 0, Integer.MAX_VALUE);
    }

    /**
     * sched/builtin's interval in seconds, as builtin.c (22.05, _load_config) reads it: the number
     * after the first "interval=" anywhere in SchedulerParameters, case aside (so sched_interval=,
     * bf_interval= and sched_min_interval= set it too), as atoi reads it; 30 when there is none or
     * it is below 1. Options are taken in their order, each as name=value (an option given twice
     * counts where it first appears, with its last value).
     */
    public int builtinIntervalSeconds() {
        for (Map.Entry<String, Optional<String>> e : options.entrySet()) {
            String item = e.getValue().map(v -> e.getKey() + "=" + v).orElse(e.getKey());
            int at = item.toLowerCase(Locale.ROOT).indexOf("interval=");
            if (at >= 0) {
                int n = atoi(item.substring(at + "interval=".length()));
                return n < 1 ? DEFAULT_BUILTIN_INTERVAL_S : n;
            }
        }
        return DEFAULT_BUILTIN_INTERVAL_S;
    }

    /** sched_interval in seconds between full main-loop passes; {@link #DISABLED} turns the loop off. */
    public int schedIntervalSeconds() {
        return number("sched_interval", DEFAULT_SCHED_INTERVAL_S, DISABLED, Integer.MAX_VALUE);
    }

    /** sched_min_interval in microseconds between the end of one main-loop pass and the next start. */
    public int schedMinIntervalMicros() {
        return number("sched_min_interval", DEFAULT_SCHED_MIN_INTERVAL_US, 0, Integer.MAX_VALUE);
    }

    /** bf_interval in seconds between backfill passes; {@link #DISABLED} turns backfill off. */
    public int bfIntervalSeconds() {
        return number("bf_interval", DEFAULT_BF_INTERVAL_S, DISABLED, 10_800);
    }

    /** bf_resolution in seconds: the step of backfill's plan. */
    public int bfResolutionSeconds() {
        return number("bf_resolution", DEFAULT_BF_RESOLUTION_S, 1, 3_600);
    }

    /** bf_window in minutes: how far ahead backfill plans. */
    public int bfWindowMinutes() {
        return number("bf_window", DEFAULT_BF_WINDOW_MIN, 1, 43_200);
    }

    /** bf_max_job_test: jobs backfill tries per pass. */
    public int bfMaxJobTest() {
        return number("bf_max_job_test", DEFAULT_BF_MAX_JOB_TEST, 1, 1_000_000);
    }

    /** bf_continue: backfill goes on with its job list after releasing its locks. */
    public boolean bfContinue() {
        return has("bf_continue");
    }

    /**
     * kill_invalid_depend: cancel a job whose dependency can never be satisfied, rather than leave it
     * pending (slurm.conf(5), SchedulerParameters; off unless named).
     */
    public boolean killInvalidDepend() {
        return has("kill_invalid_depend");
    }

    /** bf_max_job_user: jobs per user backfill tries to start; {@link #NO_LIMIT} for none. */
    public int bfMaxJobUser() {
        return number("bf_max_job_user", NO_LIMIT, 0, Integer.MAX_VALUE);
    }

    /** bf_max_job_part: jobs per partition backfill tries to start; {@link #NO_LIMIT} for none. */
    public int bfMaxJobPart() {
        return number("bf_max_job_part", NO_LIMIT, 0, Integer.MAX_VALUE);
    }

    /** bf_max_job_user_part: jobs per user and partition backfill tries to start; {@link #NO_LIMIT} for none. */
    public int bfMaxJobUserPart() {
        return number("bf_max_job_user_part", NO_LIMIT, 0, Integer.MAX_VALUE);
    }

    /** bf_max_job_assoc: jobs per association backfill tries to start; {@link #NO_LIMIT} for none. */
    public int bfMaxJobAssoc() {
        return number("bf_max_job_assoc", NO_LIMIT, 0, Integer.MAX_VALUE);
    }

    /** bf_min_age_reserve in seconds: younger pending jobs get no backfill reservation; 0 for none. */
    public int bfMinAgeReserveSeconds() {
        return number("bf_min_age_reserve", 0, 0, 2_592_000);
    }

    /** bf_min_prio_reserve: jobs of lower priority get no backfill reservation; 0 for none. */
    public int bfMinPrioReserve() {
        return number("bf_min_prio_reserve", 0, 0, Integer.MAX_VALUE);
    }

    /** bf_job_part_count_reserve: backfill reservations per partition and pass; 0 for all. */
    public int bfJobPartCountReserve() {
        return number("bf_job_part_count_reserve", 0, 0, 100_000);
    }

    /** bf_max_job_array_resv: tasks of one job array a backfill pass reserves for in a row (backfill.c, 22.05: 0 to 1000, default 20). */
    public int bfMaxJobArrayResv() {
        return number("bf_max_job_array_resv", BackfillLimits.DEFAULT_MAX_JOB_ARRAY_RESV, 0,
                BackfillLimits.MAX_JOB_ARRAY_RESV);
    }

    /** bf_max_job_start: jobs one backfill pass starts at most; 0 for no limit (slurm.conf(5), 22.05: max 10000). */
    public int bfMaxJobStart() {
        return number("bf_max_job_start", 0, 0, BackfillLimits.MAX_JOB_START);
    }

    /**
     * bf_node_space_size: records of backfill's node_space table; 0 when not given (then as many as
     * bf_max_job_test). backfill.c (22.05) takes 2 to 2,000,000.
     */
    public int bfNodeSpaceSize() {
        return number("bf_node_space_size", 0, BackfillLimits.MIN_NODE_SPACE_SIZE, BackfillLimits.MAX_NODE_SPACE_SIZE);
    }

    /**
     * bf_window_linear in seconds: what select/cons_tres's will-run test adds to its window of
     * running jobs' ends after each try; {@link #WINDOW_DOUBLES} when absent or not positive, which
     * cons_common.c (22.05) logs as invalid and replaces by the default, doubling. Read with atoi,
     * so a value that is no number counts as 0; without {@code =} slurmctld does not see it at all.
     */
    public int bfWindowLinearSeconds() {
        Optional<String> v = options.get(WINDOW_LINEAR);
        return v == null || v.isEmpty() ? WINDOW_DOUBLES : Math.max(atoi(v.get()), WINDOW_DOUBLES);
    }

    /** The line about a bf_window_linear that slurmctld does not read or refuses, if any (it then doubles). */
    private Optional<String> windowLinearWarning() {
        Optional<String> v = options.get(WINDOW_LINEAR);
        if (v == null) {
            return Optional.empty();
        }
        if (v.isEmpty()) {
            return Optional.of(WINDOW_LINEAR + " without a value is not read (cons_common.c looks for "
                    + WINDOW_LINEAR + "=): the will-run window doubles");
        }
        int n = atoi(v.get());
        return n > 0 ? Optional.empty() : Optional.of(WINDOW_LINEAR + "=" + v.get() + " is read as " + n
                + ", which slurmctld logs as invalid: the will-run window doubles, as without it");
    }

    /** C's atoi: the leading whole number, 0 when there is none (out of int range: saturated here). */
    private static int atoi(String text) {
        Matcher m = LEADING_NUMBER.matcher(text.strip());
        if (!m.matches()) {
            return 0;
        }
        long n = Long.parseLong(m.group(1));
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }

    /**
     * batch_sched_delay in seconds, as job_scheduler.c (22.05) reads it: atoi of the value (0 when
     * it starts with no number), and the default 3 when that is below 0 or the option is absent.
     */
    public int batchSchedDelaySeconds() {
        Optional<String> v = options.get(BATCH_SCHED_DELAY);
        if (v == null || v.isEmpty()) {
            return DEFAULT_BATCH_SCHED_DELAY_S;
        }
        int n = atoi(v.get());
        return n < 0 ? DEFAULT_BATCH_SCHED_DELAY_S : n;
    }

    /** The line about a batch_sched_delay slurmctld reads otherwise than written, if any. */
    private Optional<String> batchSchedDelayWarning() {
        Optional<String> v = options.get(BATCH_SCHED_DELAY);
        if (v == null) {
            return Optional.empty();
        }
        if (v.isEmpty()) {
            return Optional.of(BATCH_SCHED_DELAY + " without a value is not read (job_scheduler.c looks for "
                    + BATCH_SCHED_DELAY + "=): " + DEFAULT_BATCH_SCHED_DELAY_S + " s applies");
        }
        int n = atoi(v.get());
        if (n < 0) {
            return Optional.of(BATCH_SCHED_DELAY + "=" + v.get() + " is read as " + n + ", which slurmctld logs as"
                    + " invalid: " + DEFAULT_BATCH_SCHED_DELAY_S + " s, the default, applies");
        }
        return v.get().strip().equals(Integer.toString(n)) ? Optional.empty()
                : Optional.of(BATCH_SCHED_DELAY + "=" + v.get() + " is read as " + n + ", as slurmctld reads it (atoi)");
    }

    /** max_switch_wait in seconds a job may wait for its requested leaf switch count. */
    public int maxSwitchWaitSeconds() {
        return number("max_switch_wait", DEFAULT_MAX_SWITCH_WAIT_S, 0, Integer.MAX_VALUE);
    }

    /** preempt_reorder_count: how often select/cons_tres reorders preemption candidates to preempt fewer. */
    public int preemptReorderCount() {
        return number("preempt_reorder_count", DEFAULT_PREEMPT_REORDER_COUNT, 0, Integer.MAX_VALUE);
    }

    private int number(String option, int fallback, int min, int max) {
        return number(options, option, fallback, min, max);
    }

    private static int number(Map<String, Optional<String>> options, String option, int fallback, int min, int max) {
        Optional<String> v = options.get(option);
        if (v == null) {
            return fallback;
        }
        String allowed = " (a whole number " + min + ".." + max + ")";
        Matcher m = v.isEmpty() ? null : LEADING_NUMBER.matcher(v.get());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(option + v.map(s -> "=" + s).orElse("") + " is not a whole number" + allowed);
        }
        long n = Long.parseLong(m.group(1));
        if (n < min || n > max) {
            throw new IllegalArgumentException(option + "=" + v.get() + " is out of range" + allowed);
        }
        return (int) n;
    }
}
