package org.hpcsim.scenarios.sacct;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.hpcsim.core.SimTime;

/**
 * Reads sacct's time stamps ({@code YYYY-MM-DDTHH:MM:SS}, local time of the given zone, the
 * default {@code SLURM_TIME_FORMAT}) and durations ({@code [D-][HH:]MM:SS[.fraction]}, as in
 * Elapsed, Timelimit and TotalCPU). Results use sentinels rather than exceptions so the caller can
 * name the column and line in its message.
 *
 * <p>In the hour a daylight-saving change repeats, a local time stamp is ambiguous; the earlier
 * offset is used, as {@link java.time.ZonedDateTime} does. Exports made with {@code TZ=UTC} avoid
 * the question.
 */
final class SacctTimes {
    /** A time stamp sacct left unknown: {@code Unknown}, {@code None} or empty. */
    static final long UNKNOWN_TIME = Long.MIN_VALUE;
    /** A time stamp that is not in sacct's format. */
    static final long MALFORMED_TIME = Long.MIN_VALUE + 1;
    /** A duration sacct left unknown or unlimited. */
    static final long UNKNOWN_DURATION = -1;
    /** A duration that is not in sacct's format. */
    static final long MALFORMED_DURATION = -2;

    private final ZoneId zone;

    SacctTimes(ZoneId zone) {
        this.zone = zone;
    }

    /** Seconds since the epoch, {@link #UNKNOWN_TIME} or {@link #MALFORMED_TIME}. */
    long epochSeconds(String text) {
        if (isUnknown(text)) {
            return UNKNOWN_TIME;
        }
        if (text.length() != 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return MALFORMED_TIME;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return MALFORMED_TIME;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).atZone(zone).toEpochSecond();
        } catch (DateTimeException e) {
            return MALFORMED_TIME; // 2024-02-30 and the like
        }
    }

    /**
     * A duration in simulation nanoseconds; {@link #UNKNOWN_DURATION} for empty, {@code INVALID},
     * {@code UNLIMITED}, {@code Partition_Limit}, {@code Unknown} and {@code None};
     * {@link #MALFORMED_DURATION} for anything else that is not {@code [D-][HH:]MM:SS[.fraction]}.
     */
    static long durationNanos(String text) {
        if (isUnknown(text) || text.equalsIgnoreCase("INVALID") || text.equalsIgnoreCase("UNLIMITED")
                || text.equalsIgnoreCase("Partition_Limit")) {
            return UNKNOWN_DURATION;
        }
        int dash = text.indexOf('-');
        long days = 0;
        int from = 0;
        if (dash >= 0) {
            days = digits(text, 0, dash);
            from = dash + 1;
        }
        int dot = text.indexOf('.', from);
        int clockEnd = dot < 0 ? text.length() : dot;
        int firstColon = text.indexOf(':', from);
        int secondColon = firstColon < 0 ? -1 : text.indexOf(':', firstColon + 1);
        if (days < 0 || firstColon < 0 || firstColon > clockEnd || secondColon > clockEnd
                || (secondColon >= 0 && text.indexOf(':', secondColon + 1) >= 0)
                || (dash >= 0 && secondColon < 0)) {
            return MALFORMED_DURATION; // with days sacct always writes HH:MM:SS
        }
        long hours = 0;
        long minutes;
        long seconds;
        if (secondColon >= 0) {
            hours = digits(text, from, firstColon);
            minutes = digits(text, firstColon + 1, secondColon);
            seconds = digits(text, secondColon + 1, clockEnd);
        } else {
            minutes = digits(text, from, firstColon);
            seconds = digits(text, firstColon + 1, clockEnd);
        }
        long fraction = dot < 0 ? 0 : fractionNanos(text, dot + 1);
        if ((hours | minutes | seconds | fraction) < 0 || seconds > 59 || (secondColon >= 0 && minutes > 59)) {
            return MALFORMED_DURATION;
        }
        try {
            long total = Math.addExact(Math.multiplyExact(days, 86_400L),
                    Math.addExact(Math.multiplyExact(hours, 3_600L), minutes * 60 + seconds));
            return Math.addExact(SimTime.seconds(total), fraction);
        } catch (ArithmeticException e) {
            return MALFORMED_DURATION;
        }
    }

    /** Whether sacct wrote "no value" for a time: empty, {@code Unknown} or {@code None}. */
    static boolean isUnknown(String text) {
        return text.isEmpty() || text.equalsIgnoreCase("Unknown") || text.equalsIgnoreCase("None");
    }

    /** The decimal number in text[from, to), or -1 when it is empty, too long or not all digits. */
    private static int digits(String text, int from, int to) {
        if (to <= from || to - from > 9) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Digits after a decimal point as nanoseconds (up to 9 digits), or -1. */
    private static long fractionNanos(String text, int from) {
        int n = text.length() - from;
        int v = digits(text, from, text.length());
        if (v < 0) {
            return -1;
        }
        for (int i = n; i < 9; i++) {
            v *= 10;
        }
        return v;
    }
}
