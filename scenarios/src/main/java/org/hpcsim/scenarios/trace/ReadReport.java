package org.hpcsim.scenarios.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a trace reader saw: records accepted, records dropped by reason, and adjustments made to
 * accepted records (for example "requested time missing, used run time"). Reasons and adjustments
 * keep the order they were first declared or met, so reports are deterministic.
 */
public final class ReadReport {
    private final Map<String, Long> dropped = new LinkedHashMap<>();
    private final Map<String, Long> adjusted = new LinkedHashMap<>();
    private long accepted;

    /** A report that lists {@code reasons} first, in this order, even when their count is 0. */
    public ReadReport(String... reasons) {
        for (String r : reasons) {
            dropped.put(r, 0L);
        }
    }

    /** A copy of this report as it stands, which later counts here do not change. */
    public ReadReport copy() {
        ReadReport c = new ReadReport();
        c.accepted = accepted;
        c.dropped.putAll(dropped);
        c.adjusted.putAll(adjusted);
        return c;
    }

    /** Counts an accepted record. */
    public void accept() {
        accepted++;
    }

    /** Counts {@code n} accepted records. */
    public void accept(long n) {
        accepted += n;
    }

    /** Counts a dropped record. */
    public void drop(String reason) {
        drop(reason, 1);
    }

    /** Counts {@code n} records dropped for one reason. */
    public void drop(String reason, long n) {
        dropped.merge(reason, n, Long::sum);
    }

    /** Counts an adjustment made to an accepted record. */
    public void adjust(String what) {
        adjust(what, 1);
    }

    /** Counts {@code n} adjustments of one kind; none are recorded when {@code n} is 0. */
    public void adjust(String what, long n) {
        if (n > 0) {
            adjusted.merge(what, n, Long::sum);
        }
    }

    /** Records judged, accepted or not. */
    public long seen() {
        return accepted + dropped();
    }

    /** Records accepted. */
    public long accepted() {
        return accepted;
    }

    /** Records dropped for any reason. */
    public long dropped() {
        long n = 0;
        for (long v : dropped.values()) {
            n += v;
        }
        return n;
    }

    /** Records dropped for this reason. */
    public long dropped(String reason) {
        return dropped.getOrDefault(reason, 0L);
    }

    /** Drop counts by reason, in order. */
    public Map<String, Long> droppedByReason() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(dropped));
    }

    /** Adjustment counts, in order. */
    public Map<String, Long> adjustments() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(adjusted));
    }

    /** One line: {@code dropped 3 of 10 jobs: 2 never started, 1 ...; adjusted: 4 requested time missing}. */
    public String summary() {
        StringBuilder sb = new StringBuilder("dropped ").append(dropped()).append(" of ").append(seen()).append(" jobs");
        String sep = ": ";
        for (Map.Entry<String, Long> e : dropped.entrySet()) {
            if (e.getValue() > 0) {
                sb.append(sep).append(e.getValue()).append(' ').append(e.getKey());
                sep = ", ";
            }
        }
        sep = "; adjusted: ";
        for (Map.Entry<String, Long> e : adjusted.entrySet()) {
            sb.append(sep).append(e.getValue()).append(' ').append(e.getKey());
            sep = ", ";
        }
        return sb.toString();
    }
}
