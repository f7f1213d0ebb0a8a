package org.hpcsim.models.run;

/**
 * When node boots begin under a cap on nodes booting at once, first come first served.
 *
 * <p>Boots are booked in time order and none is ever called off, so a boot booked now takes the
 * slot that frees first: it begins when the earliest-ending of the {@code cap} boots holding the
 * slots ends (or now, if that is past). A min-heap of those end times answers without events. With
 * equal boot times, boots end in the order they begin and the heap's head is the oldest boot.
 */
final class BootSlots {
    private final long[] ends; // a binary min-heap of the end times of the boots holding the slots
    private int count;

    /** At most {@code cap} boots at once. */
    BootSlots(int cap) {
        if (cap <= 0) {
            throw new IllegalArgumentException("a cap of " + cap + " boots at once");
        }
        this.ends = new long[cap];
    }

    /** Books one boot of {@code bootTime} ns asked for at {@code now} and returns when it begins. */
    long book(long now, long bootTime) {
        if (count < ends.length) {
            int i = count++;
            ends[i] = now + bootTime;
            while (i > 0 && ends[(i - 1) / 2] > ends[i]) {
                swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
            return now;
        }
        long begin = Math.max(now, ends[0]);
        ends[0] = begin + bootTime;
        int i = 0;
        while (true) {
            int least = i;
            int l = 2 * i + 1;
            if (l < count && ends[l] < ends[least]) {
                least = l;
            }
            if (l + 1 < count && ends[l + 1] < ends[least]) {
                least = l + 1;
            }
            if (least == i) {
                return begin;
            }
            swap(i, least);
            i = least;
        }
    }

    private void swap(int a, int b) {
        long t = ends[a];
        ends[a] = ends[b];
        ends[b] = t;
    }
}
