package org.hpcsim.models.scheduling;

import java.util.Arrays;

/**
 * Free allocation units over future time as a step function: step {@code k} holds {@code free[k]}
 * units from {@code time[k]} until the next step's time, and the last step lasts forever. Steps
 * live in primitive arrays sorted by time so that a search for the earliest fit walks contiguous
 * memory; steps that time has passed are dropped lazily by moving {@code head}.
 *
 * <p>Adjacent steps with equal free units are merged as soon as they appear: a job that ends long
 * before its requested time would otherwise leave a dead step in every later search until time
 * reached it.
 */
final class AvailabilityProfile {
    private long[] time = new long[64];
    private int[] free = new int[64];
    private int head;
    private int size;
    // Running maximum of free from the first step: maxSoFar[k] = max(free[head..k]) for k < maxValid.
    // Extended on demand and cut back to the first step any change touches.
    private int[] maxSoFar = new int[64];
    private int maxValid;

    /** True before the first {@link #reset}. */
    boolean isEmpty() {
        return size == 0;
    }

    /** Forgets every step: from {@code now} on, {@code units} are free. */
    void reset(long now, int units) {
        maxValid = 0;
        head = 0;
        size = 1;
        time[0] = now;
        free[0] = units;
    }

    /**
     * Rebuilds the profile from the units free now and the running jobs' expected ends, given in
     * ascending order; a job expected to have ended already counts as ending now.
     */
    void rebuild(long now, int freeNow, long[] ends, int[] units, int n) {
        int k = 0;
        int available = freeNow;
        while (k < n && ends[k] <= now) {
            available += units[k++];
        }
        reset(now, available);
        while (k < n) {
            long t = ends[k];
            while (k < n && ends[k] == t) {
                available += units[k++];
            }
            append(t, available);
        }
    }

    /** Drops the steps that end before {@code now}; the step holding {@code now} then starts at it. */
    void advance(long now) {
        int k = stepAt(now);
        if (k != head) {
            head = k;
            maxValid = k;
        }
        time[k] = now;
    }

    /** Free units at time {@code t}, which must not lie before the first step. */
    int freeAt(long t) {
        return free[stepAt(t)];
    }

    /** Steps from now on (for tests: merged steps keep this small). */
    int steps() {
        return size - head;
    }

    /**
     * Adds {@code delta} units (negative to take them) from {@code from} until {@code to}, or
     * forever when {@code to} is {@link Long#MAX_VALUE}; {@code from} must not lie before the first step.
     */
    void add(long from, long to, int delta) {
        ensureRoom(2); // before the splits, so that the index of the first stays valid
        int a = split(from);
        int b = to == Long.MAX_VALUE ? size : split(to);
        maxValid = Math.min(maxValid, a);
        for (int k = a; k < b; k++) {
            free[k] += delta;
        }
        // Only the two edges can have become equal to their neighbours; b first, as removing it
        // does not move a.
        if (b < size && free[b] == free[b - 1]) {
            remove(b);
        }
        if (a > head && free[a] == free[a - 1]) {
            remove(a);
        }
    }

    /**
     * Where a job reserved at {@code at} can move to: the earliest time {@code s >= now} at which
     * {@code units} are free throughout {@code [s, min(s + duration, at))}, or {@code at} if there
     * is none before it. Its own units count as free from {@code at} on, so only the part before
     * needs checking.
     *
     * <p>Most jobs cannot move, and two tests that cost no scan from now show it for most: a job
     * that would still run at {@code at} from any start needs the units just before {@code at},
     * and then the run of steps with enough units that ends there is all there is to search; any
     * other needs at least the most units free at any time before {@code at}.
     */
    long earlierStart(long now, int units, long duration, long at) {
        int end = stepAt(at);
        if (time[end] < at) {
            end++;
        }
        if (end <= head) {
            return at;
        }
        if (duration >= at - now) {
            int k = end - 1;
            while (k >= head && free[k] >= units) {
                k--;
            }
            return k == end - 1 ? at : Math.max(time[k + 1], now);
        }
        if (maxFreeBefore(end) < units) {
            return at;
        }
        return earliest(now, units, duration, at);
    }

    /** The most units free in steps from the first up to (not including) {@code end}. */
    private int maxFreeBefore(int end) {
        if (maxValid < head + 1) {
            maxSoFar[head] = free[head];
            maxValid = head + 1;
        }
        for (int k = maxValid; k < end; k++) {
            maxSoFar[k] = Math.max(maxSoFar[k - 1], free[k]);
        }
        maxValid = Math.max(maxValid, end);
        return maxSoFar[end - 1];
    }

    /**
     * The earliest time {@code s >= now} at which {@code units} are free throughout
     * {@code [s, min(s + duration, limit))}, or {@code limit} if there is none before it.
     *
     * <p>With {@code limit} at a job's own reservation this is where that job can move to: its own
     * units count as free from its reservation on, so only the part before it needs checking.
     */
    long earliest(long now, int units, long duration, long limit) {
        int k = now == time[head] ? head : stepAt(now); // a pass searches from the first step
        while (k < size) {
            if (free[k] < units) {
                k++;
                continue;
            }
            long s = Math.max(time[k], now);
            if (s >= limit) {
                return limit;
            }
            long end = duration >= limit - s ? limit : s + duration;
            int m = k + 1;
            while (m < size && time[m] < end && free[m] >= units) {
                m++;
            }
            if (m == size || time[m] >= end) {
                return s;
            }
            k = m + 1; // free[m] < units: no start before step m's end can fit
        }
        return limit;
    }

    /** Index of the step holding time {@code t}: the last one that starts at or before it. */
    private int stepAt(long t) {
        int lo = head;
        int hi = size - 1;
        if (t < time[lo]) {
            throw new IllegalArgumentException("time " + t + " lies before the profile's start " + time[lo]);
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (time[mid] <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Makes a step start exactly at {@code t} and returns its index. */
    private int split(long t) {
        int k = stepAt(t);
        if (time[k] == t) {
            return k;
        }
        insert(k + 1, t, free[k]);
        return k + 1;
    }

    private void append(long t, int units) {
        ensureRoom(1);
        insert(size, t, units);
    }

    /** Callers make room first. */
    private void insert(int at, long t, int units) {
        System.arraycopy(time, at, time, at + 1, size - at);
        System.arraycopy(free, at, free, at + 1, size - at);
        time[at] = t;
        free[at] = units;
        size++;
    }

    private void remove(int at) {
        System.arraycopy(time, at + 1, time, at, size - at - 1);
        System.arraycopy(free, at + 1, free, at, size - at - 1);
        size--;
    }

    /** Makes room for {@code extra} more steps: drops passed ones, and grows the arrays if that is not enough. */
    private void ensureRoom(int extra) {
        if (size + extra <= time.length) {
            return;
        }
        int n = size - head;
        if ((n + extra) * 2 > time.length) {
            long[] t = new long[time.length * 2];
            int[] f = new int[time.length * 2];
            System.arraycopy(time, head, t, 0, n);
            System.arraycopy(free, head, f, 0, n);
            time = t;
            free = f;
            maxSoFar = new int[t.length];
        } else {
            System.arraycopy(time, head, time, 0, n);
            System.arraycopy(free, head, free, 0, n);
        }
        head = 0;
        size = n;
        maxValid = 0;
    }

    @Override
    public String toString() {
        return "profile " + Arrays.toString(Arrays.copyOfRange(time, head, size)) + " free "
                + Arrays.toString(Arrays.copyOfRange(free, head, size));
    }
}
