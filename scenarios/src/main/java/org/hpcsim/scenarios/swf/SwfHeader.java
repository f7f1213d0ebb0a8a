package org.hpcsim.scenarios.swf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The header comments of an SWF trace ({@code ; Key: value} lines before the first job).
 *
 * <p>Numbers absent from the header, or not readable as an integer, are {@code -1}; every key
 * read, known or not, is kept in {@link #raw()} in file order. A key that occurs more than once
 * ({@code Queue}, {@code Partition}, {@code Note}) has its values joined by a newline, and an
 * indented comment line that carries no key continues the previous key's value after a space.
 * Header counts describe the full log and may disagree with the file at hand (a sample of HPC2N
 * says MaxJobs 527371 over 3,170 jobs), so nothing here is checked against the job lines.
 *
 * @param maxProcs MaxProcs, or -1
 * @param maxNodes MaxNodes, or -1
 * @param maxJobs MaxJobs, or -1
 * @param maxRecords MaxRecords, or -1
 * @param unixStartTime UnixStartTime (epoch seconds that submit time 0 stands for), or -1
 * @param timeZoneString TimeZoneString, for example {@code Europe/Stockholm}
 * @param computer Computer
 * @param installation Installation
 * @param version Version of the format, for example {@code 2.2}
 * @param raw every key in file order with its value, unmodifiable
 */
public record SwfHeader(
        long maxProcs,
        long maxNodes,
        long maxJobs,
        long maxRecords,
        long unixStartTime,
        Optional<String> timeZoneString,
        Optional<String> computer,
        Optional<String> installation,
        Optional<String> version,
        Map<String, String> raw) {

    /** A header with no keys at all, as for a trace without comments. */
    public static final SwfHeader EMPTY = fromRaw(Map.of());

    /** Copies {@code raw} so the record stays immutable; Map.copyOf would lose the file order. */
    public SwfHeader {
        Objects.requireNonNull(timeZoneString, "timeZoneString");
        Objects.requireNonNull(computer, "computer");
        Objects.requireNonNull(installation, "installation");
        Objects.requireNonNull(version, "version");
        raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    /** Builds the typed view of a raw key-to-value map whose iteration order is the file order. */
    public static SwfHeader fromRaw(Map<String, String> raw) {
        return new SwfHeader(
                number(raw, "MaxProcs"),
                number(raw, "MaxNodes"),
                number(raw, "MaxJobs"),
                number(raw, "MaxRecords"),
                number(raw, "UnixStartTime"),
                text(raw, "TimeZoneString"),
                text(raw, "Computer"),
                text(raw, "Installation"),
                text(raw, "Version"),
                raw);
    }

    /**
     * The number of processors the machine had: MaxProcs, or MaxNodes when a trace gives only
     * that (Lublin's model writes MaxNodes alone), or -1 when neither is known.
     */
    public long processorCapacity() {
        if (maxProcs > 0) {
            return maxProcs;
        }
        return maxNodes > 0 ? maxNodes : -1;
    }

    private static long number(Map<String, String> raw, String key) {
        String value = raw.get(key);
        if (value == null) {
            return -1;
        }
        // Only the first token counts: a repeated key or a continuation line adds text after it.
        String first = value.strip().split("\\s+", 2)[0];
        try {
            return Long.parseLong(first);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<String> text(Map<String, String> raw, String key) {
        String value = raw.get(key);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
