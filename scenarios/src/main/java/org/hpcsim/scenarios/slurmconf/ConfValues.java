package org.hpcsim.scenarios.slurmconf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.StringJoiner;

/** Reads typed values out of pairs, every error naming the file, line, value and what is allowed; internal. */
final class ConfValues {
    private ConfValues() {}

    /** A whole number in [min, max]. */
    static long number(ConfPair p, long min, long max) {
        long v = parseLong(p.value(), p, min, max);
        if (v < min || v > max) {
            throw p.bad("is out of range", "a whole number " + min + ".." + max);
        }
        return v;
    }

    /**
     * A memory size in megabytes. slurm.conf takes no unit suffix on RealMemory, DefMemPerCPU or
     * MaxMemPerCPU: slurmctld 22.05.8 rejects {@code RealMemory=2G} as "not a valid number".
     */
    static long megabytes(ConfPair p) {
        if (p.value().matches("[0-9]+(\\.[0-9]+)?[KkMmGgTtPp][Bb]?")) {
            throw p.bad("has a unit", "a whole number of megabytes with no unit, such as 2048 for 2 GB");
        }
        return number(p, 0, Long.MAX_VALUE);
    }

    /** A whole number in [min, max], or empty for {@code UNLIMITED}/{@code INFINITE}. */
    static OptionalLong numberOrUnlimited(ConfPair p, long min, long max) {
        if (unlimitedWord(p.value())) {
            return OptionalLong.empty();
        }
        long v = parseLong(p.value(), p, min, max);
        if (v < min || v > max) {
            throw p.bad("is out of range", "a whole number " + min + ".." + max + " or UNLIMITED");
        }
        return OptionalLong.of(v);
    }

    static boolean unlimitedWord(String value) {
        return value.equalsIgnoreCase("UNLIMITED") || value.equalsIgnoreCase("INFINITE");
    }

    private static long parseLong(String text, ConfPair p, long min, long max) {
        if (!text.matches("-?[0-9]{1,18}")) {
            throw p.bad("is not a whole number", "a whole number " + min + ".." + max);
        }
        return Long.parseLong(text);
    }

    /** {@code YES} or {@code NO}; Slurm's boolean parser also takes TRUE/FALSE and 1/0. */
    static boolean yesNo(ConfPair p) {
        switch (p.value().toUpperCase(Locale.ROOT)) {
            case "YES":
            case "TRUE":
            case "1":
                return true;
            case "NO":
            case "FALSE":
            case "0":
                return false;
            default:
                throw p.bad("is not a yes/no value", "YES or NO");
        }
    }

    /** A time value that may be {@code UNLIMITED}. */
    static TimeLimit time(ConfPair p) {
        try {
            return TimeLimit.parse(p.value());
        } catch (IllegalArgumentException e) {
            throw p.bad(e.getMessage().replaceFirst(" \\(.*", ""), TimeLimit.FORMATS);
        }
    }

    /** A time value that must be finite (PriorityMaxAge, PriorityDecayHalfLife, ...). */
    static Duration finiteTime(ConfPair p) {
        TimeLimit t = time(p);
        return t.duration().orElseThrow(() -> p.bad("cannot be unlimited", TimeLimit.FORMATS.replace(", or UNLIMITED", "")));
    }

    /** A time value in which {@code -1} and UNLIMITED mean "off", read as zero (PreemptExemptTime). */
    static Duration timeOrOff(ConfPair p) {
        return time(p).duration().orElse(Duration.ZERO);
    }

    /** Minutes that may be {@code UNLIMITED} (OverTimeLimit). */
    static TimeLimit minutesOrUnlimited(ConfPair p, long max) {
        OptionalLong minutes = numberOrUnlimited(p, 0, max);
        return minutes.isPresent() ? TimeLimit.of(Duration.ofMinutes(minutes.getAsLong())) : TimeLimit.UNLIMITED;
    }

    /** A comma-separated list of words; an empty value is an empty list. */
    static List<String> list(ConfPair p) {
        List<String> words = new ArrayList<>();
        if (p.value().isEmpty()) {
            return words;
        }
        for (String w : p.value().split(",", -1)) {
            if (w.isEmpty()) {
                throw p.bad("has an empty item", "a comma-separated list such as a,b,c");
            }
            words.add(w);
        }
        return List.copyOf(words);
    }

    /** The names of a hostlist expression. */
    static List<String> hostlist(ConfPair p) {
        try {
            return Hostlist.expand(p.value());
        } catch (IllegalArgumentException e) {
            throw p.at().error(p.key() + "=" + p.value() + ": " + e.getMessage()
                    + " (names such as n1,n[1-16],n[01-16],r[1-2]n[1-8])");
        }
    }

    /** One of the enum's constants, matched without regard to case. */
    static <E extends Enum<E>> E word(ConfPair p, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(p.value())) {
                return e;
            }
        }
        StringJoiner allowed = new StringJoiner(", ", "one of ", "");
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name());
        }
        throw p.bad("is not known", allowed.toString());
    }
}
