package org.hpcsim.models.run;

/**
 * When node boots begin under a cap on nodes booting at once, first come first served.
 *
 * <p>Every boot takes the same time and none is ever called off, so boots end in the order they
 * begin and a boot booked now begins when the oldest of the last {@code cap} boots ends (or now,
 * if that is past): a ring of those end times answers without events or a search.
 */
final class BootSlots {
    private final long bootTime;
    private final long[] ends; // end times of the last boots booked, oldest at head
    private int head;
    private int count;

    /** At most {@code cap} boots of {@code bootTime} ns at once. */
    BootSlots(int cap, long bootTime) {
        if (cap <= 0) {
            throw new IllegalArgumentException("a cap of " + cap + " boots at once");
        }
        this.bootTime = bootTime;
        this.ends = new long[cap];
    }

    /** Books one boot asked for at {@code now} and returns when it begins. */
    long book(long now) {
        if (count < ends.length) {
            ends[(head + count++) % ends.length] = now + bootTime;
            return now;
        }
        long begin = Math.max(now, ends[head]);
        ends[head] = begin + bootTime;
        head = (head + 1) % ends.length;
        return begin;
    }
}
