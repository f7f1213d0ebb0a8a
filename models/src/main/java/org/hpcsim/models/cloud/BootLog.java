package org.hpcsim.models.cloud;

import java.util.Arrays;

/** Boots heard during a run, as (start, ready, a count or group), in primitive arrays; clipped when reported. */
final class BootLog {
    private long[] start = new long[16];
    private long[] ready = new long[16];
    private int[] value = new int[16];
    private int size;

    /** A boot from {@code from} to {@code to} of {@code v} (nodes, or a group index). */
    void add(long from, long to, int v) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            ready = Arrays.copyOf(ready, size * 2);
            value = Arrays.copyOf(value, size * 2);
        }
        start[size] = from;
        ready[size] = to;
        value[size++] = v;
    }

    int size() {
        return size;
    }

    long start(int i) {
        return start[i];
    }

    long ready(int i) {
        return ready[i];
    }

    int value(int i) {
        return value[i];
    }
}
