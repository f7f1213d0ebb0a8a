package org.hpcsim.reports.charts;

/** Power-of-two job size classes by processors: 1, 2, 3-4, 5-8, 9-16, ... */
final class SizeClass {
    private SizeClass() {}

    /** The class of a job of {@code processors}: ceil(log2 p), with anything below 1 counted as 1. */
    static int of(int processors) {
        int p = Math.max(1, processors);
        return 32 - Integer.numberOfLeadingZeros(p - 1);
    }

    /** The class's range as a label: "1", "2", "3-4", "5-8", ... */
    static String label(int sizeClass) {
        if (sizeClass <= 1) {
            return Integer.toString(sizeClass + 1);
        }
        long hi = 1L << sizeClass;
        return ((hi >> 1) + 1) + "-" + hi;
    }
}
