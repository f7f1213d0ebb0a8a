package org.hpcsim.scenarios.swf;

import java.util.EnumMap;
import java.util.Map;

/** Counts of the jobs a {@link SwfJobFilter} saw, accepted and dropped by reason. */
public final class DropReport {
    private static final DropReason[] REASONS = DropReason.values();

    private final long[] dropped = new long[REASONS.length];
    private long seen;
    private long requestedTimeMissing;

    void countAccepted(boolean usedRunTimeAsRequest) {
        seen++;
        if (usedRunTimeAsRequest) {
            requestedTimeMissing++;
        }
    }

    void countDropped(DropReason reason) {
        seen++;
        dropped[reason.ordinal()]++;
    }

    /** Jobs judged, accepted or not. */
    public long seen() {
        return seen;
    }

    /** Jobs accepted for replay. */
    public long accepted() {
        return seen - dropped();
    }

    /** Jobs dropped for any reason. */
    public long dropped() {
        long total = 0;
        for (long n : dropped) {
            total += n;
        }
        return total;
    }

    /** Jobs dropped for this reason. */
    public long dropped(DropReason reason) {
        return dropped[reason.ordinal()];
    }

    /**
     * Accepted jobs whose requested time (field 9) was missing or not positive, so their run time
     * stands in for it; these are not drops.
     */
    public long requestedTimeMissing() {
        return requestedTimeMissing;
    }

    /** Drop counts by reason, every reason present, in {@link DropReason} order. */
    public Map<DropReason, Long> droppedByReason() {
        Map<DropReason, Long> counts = new EnumMap<>(DropReason.class);
        for (DropReason reason : REASONS) {
            counts.put(reason, dropped[reason.ordinal()]);
        }
        return counts;
    }

    /**
     * One line such as {@code dropped 12 of 3170 jobs: 10 unknown run time, 2 larger than the
     * machine; requested time missing, used run time: 5}, naming only reasons that occurred.
     */
    public String summary() {
        StringBuilder line = new StringBuilder("dropped ").append(dropped()).append(" of ").append(seen)
                .append(" jobs");
        String separator = ": ";
        for (DropReason reason : REASONS) {
            long n = dropped[reason.ordinal()];
            if (n > 0) {
                line.append(separator).append(n).append(' ').append(reason.description());
                separator = ", ";
            }
        }
        if (requestedTimeMissing > 0) {
            line.append("; requested time missing, used run time: ").append(requestedTimeMissing);
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
