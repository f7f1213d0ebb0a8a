package org.hpcsim.scenarios.spec;

import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.SwitchRequest;
import org.hpcsim.scenarios.slurmconf.TimeLimit;

/**
 * Reads and writes {@code count[@max-time]}, sbatch's {@code --switches} (sbatch(1), 22.05): a
 * positive count of leaf switches, then optionally a time in Slurm's formats, where a bare number
 * is minutes (slurm_opt.c reads it with time_str2secs) and UNLIMITED leaves max_switch_wait alone
 * to bound the wait.
 */
public final class SwitchesText {
    private static final String ALLOWED = "COUNT or COUNT@TIME, such as 1 or 2@5:00 (a time is minutes,"
            + " minutes:seconds, hours:minutes:seconds, days-hours... or UNLIMITED)";

    private SwitchesText() {}

    /** {@code text} as a switch request; none when null. */
    static SwitchRequest parse(String field, String text) {
        if (text == null) {
            return SwitchRequest.NONE;
        }
        String[] parts = text.strip().split("@", -1);
        InvalidFieldException.require(parts.length <= 2 && parts[0].matches("[0-9]{1,9}")
                && Integer.parseInt(parts[0]) > 0, field, "'" + text + "' is not " + ALLOWED);
        long wait = Long.MAX_VALUE;
        if (parts.length == 2) {
            TimeLimit t;
            try {
                t = TimeLimit.parse(parts[1]);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(field, "'" + text + "' is not " + ALLOWED);
            }
            wait = t.duration().map(d -> SimTime.seconds(d.getSeconds())).orElse(Long.MAX_VALUE);
        }
        return new SwitchRequest(Integer.parseInt(parts[0]), wait);
    }

    /** The request as the file writes it ({@code 1@5:00}), or null for none. */
    public static String text(SwitchRequest s) {
        if (s.count() == 0) {
            return null;
        }
        if (s.maxWait() == Long.MAX_VALUE) {
            return Integer.toString(s.count());
        }
        long seconds = s.maxWait() / SimTime.SECOND;
        return s.count() + "@" + seconds / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", seconds % 60);
    }
}
