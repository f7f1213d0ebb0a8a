package org.hpcsim.scenarios.slurmconf;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Slurm time value such as MaxTime: a {@link Duration}, or unlimited ({@code UNLIMITED},
 * {@code INFINITE}, or {@code -1}, which Slurm's time parser reads the same way).
 *
 * <p>Formats, from slurm.conf(5), 22.05, MaxTime: {@code minutes}, {@code minutes:seconds},
 * {@code hours:minutes:seconds}, {@code days-hours}, {@code days-hours:minutes},
 * {@code days-hours:minutes:seconds}. The duration is kept to the second as written; Slurm itself
 * keeps partition limits in whole minutes, rounding seconds up ({@link #minutesRoundedUp()}).
 *
 * @param duration the length of time; empty when unlimited
 */
public record TimeLimit(Optional<Duration> duration) {
    /** No limit. */
    public static final TimeLimit UNLIMITED = new TimeLimit(Optional.empty());

    /** What every parse error says is allowed. */
    static final String FORMATS = "minutes, minutes:seconds, hours:minutes:seconds, days-hours, "
            + "days-hours:minutes, days-hours:minutes:seconds, or UNLIMITED";

    private static final Pattern WITH_DAYS = Pattern.compile("(\\d{1,9})-(\\d{1,9})(?::(\\d{1,9}))?(?::(\\d{1,9}))?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,9})(?::(\\d{1,9}))?(?::(\\d{1,9}))?");

    /** A limit of the given length. */
    public static TimeLimit of(Duration duration) {
        return new TimeLimit(Optional.of(duration));
    }

    /** Whether there is no limit. */
    public boolean unlimited() {
        return duration.isEmpty();
    }

    /** The limit in whole minutes, seconds rounded up as Slurm does for partition limits; empty when unlimited. */
    public Optional<Long> minutesRoundedUp() {
        return duration.map(d -> (d.getSeconds() + 59) / 60);
    }

    /**
     * Reads a time value in any of Slurm's formats (case-insensitive words).
     *
     * @throws IllegalArgumentException naming the allowed formats
     */
    public static TimeLimit parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("UNLIMITED") || t.equals("INFINITE") || t.equals("-1")) {
            return UNLIMITED;
        }
        Matcher days = WITH_DAYS.matcher(t);
        if (days.matches()) {
            long seconds = part(days, 1) * 86_400 + part(days, 2) * 3_600 + part(days, 3) * 60 + part(days, 4);
            return of(Duration.ofSeconds(seconds));
        }
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            long seconds;
            if (clock.group(2) == null) {
                seconds = part(clock, 1) * 60;
            } else if (clock.group(3) == null) {
                seconds = part(clock, 1) * 60 + part(clock, 2);
            } else {
                seconds = part(clock, 1) * 3_600 + part(clock, 2) * 60 + part(clock, 3);
            }
            return of(Duration.ofSeconds(seconds));
        }
        throw new IllegalArgumentException("is not a time (" + FORMATS + ")");
    }

    private static long part(Matcher m, int group) {
        String g = m.group(group);
        return g == null ? 0 : Long.parseLong(g);
    }

    @Override
    public String toString() {
        return duration.map(Duration::toString).orElse("UNLIMITED");
    }
}
