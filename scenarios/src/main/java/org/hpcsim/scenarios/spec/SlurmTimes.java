package org.hpcsim.scenarios.spec;

import java.util.Locale;
import org.hpcsim.core.SimTime;
import org.hpcsim.scenarios.slurmconf.TimeLimit;

/** Reads and writes the Slurm time values of the scenario format that slurmctld keeps in whole minutes. */
public final class SlurmTimes {
    /** The formats slurm.conf(5) allows for a time, UNLIMITED aside. */
    static final String FORMATS = "minutes, minutes:seconds, hours:minutes:seconds, days-hours, days-hours:minutes"
            + " or days-hours:minutes:seconds";

    private SlurmTimes() {}

    /**
     * {@code text} in nanoseconds, rounded up to whole minutes as read_config.c does (time_str2mins,
     * then times 60); {@code fallback} when absent. A bare number is minutes, as in slurm.conf.
     */
    static long minutes(String field, String text, long fallback) {
        if (text == null) {
            return fallback;
        }
        TimeLimit t;
        try {
            t = TimeLimit.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "'" + text + "' is not a time (" + FORMATS + ")");
        }
        long minutes = t.minutesRoundedUp().orElseThrow(
                () -> new InvalidFieldException(field, "cannot be UNLIMITED (allowed: " + FORMATS + ")"));
        InvalidFieldException.require(minutes <= Long.MAX_VALUE / SimTime.MINUTE, field, "is too long, got '" + text + "'");
        return minutes * SimTime.MINUTE;
    }

    /** A time as the file writes it: whole days as {@code D-0}, else {@code D-HH:MM}, or minutes under a day. */
    public static String text(long nanos) {
        long minutes = nanos / SimTime.MINUTE;
        long days = minutes / 1440;
        if (days == 0) {
            return Long.toString(minutes);
        }
        long rest = minutes % 1440;
        return rest == 0 ? days + "-0" : String.format(Locale.ROOT, "%d-%02d:%02d", days, rest / 60, rest % 60);
    }
}
