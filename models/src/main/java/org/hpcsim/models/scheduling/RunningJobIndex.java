package org.hpcsim.models.scheduling;

import java.util.Arrays;

/**
 * Running jobs keyed by their expected end (start + requested time), as an indexed binary heap
 * over primitive arrays. Adding and removing cost O(log n); finding when enough units will be free
 * walks the jobs in end order without disturbing the heap, touching only the k jobs that must end
 * first (O(k log k)), so a reservation costs little even with thousands of jobs running.
 */
final class RunningJobIndex {
    private long[] endOf = new long[64];   // by running slot
    private int[] unitsOf = new int[64];
    private int[] posOf = new int[64];     // heap position of a slot, -1 when absent
    private int[] heap = new int[64];      // slots
    private int size;

    // Scratch heap of positions in {@link #heap}, reused by every walk.
    private int[] frontier = new int[64];
    private int frontierSize;

    private int extraUnits;

    RunningJobIndex() {
        Arrays.fill(posOf, -1);
    }

    int size() {
        return size;
    }

    void add(int slot, long expectedEnd, int units) {
        ensureSlot(slot);
        if (posOf[slot] >= 0) {
            throw new IllegalStateException("running slot " + slot + " is already indexed");
        }
        endOf[slot] = expectedEnd;
        unitsOf[slot] = units;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
            frontier = Arrays.copyOf(frontier, size * 2);
        }
        siftUp(size++, slot);
    }

    void remove(int slot) {
        int pos = slot < posOf.length ? posOf[slot] : -1;
        if (pos < 0) {
            throw new IllegalStateException("running slot " + slot + " is not indexed");
        }
        posOf[slot] = -1;
        int last = heap[--size];
        if (pos != size) {
            if (pos > 0 && before(last, heap[(pos - 1) >>> 1])) {
                siftUp(pos, last);
            } else {
                siftDown(pos, last);
            }
        }
    }

    /** Expected end of the job in running slot {@code slot}. */
    long expectedEnd(int slot) {
        return endOf[slot];
    }

    /** Units held by the job in running slot {@code slot}. */
    int units(int slot) {
        return unitsOf[slot];
    }

    /** The earliest expected end of a running job, or {@link Long#MAX_VALUE} when none runs. */
    long earliestEnd() {
        return size == 0 ? Long.MAX_VALUE : endOf[heap[0]];
    }

    /**
     * Writes every running job's expected end and units into {@code ends} and {@code units} in
     * ascending order of end (ties by slot) and returns how many; the arrays need {@link #size()} room.
     */
    int inEndOrder(long[] ends, int[] units) {
        int n = 0;
        frontierSize = 0;
        if (size > 0) {
            pushFrontier(0);
        }
        while (frontierSize > 0) {
            int pos = popFrontier();
            ends[n] = endOf[heap[pos]];
            units[n++] = unitsOf[heap[pos]];
            int child = 2 * pos + 1;
            if (child < size) {
                pushFrontier(child);
                if (child + 1 < size) {
                    pushFrontier(child + 1);
                }
            }
        }
        return n;
    }

    /**
     * The earliest time, not before {@code now}, at which {@code free} units plus those of the
     * running jobs expected to have ended reach {@code needed}. Every job expected to end at that
     * same instant counts; the units to spare then are left in {@link #extraUnits()}.
     *
     * {@link Long#MAX_VALUE} if even the end of all running jobs does not free enough (capacity is
     * short while a failed node is replaced).
     */
    long reservationTime(int free, int needed, long now) {
        long available = free;
        if (available >= needed) {
            extraUnits = (int) (available - needed);
            return now;
        }
        frontierSize = 0;
        if (size > 0) {
            pushFrontier(0);
        }
        long time = Long.MIN_VALUE;
        while (frontierSize > 0) {
            int pos = popFrontier();
            int slot = heap[pos];
            long end = endOf[slot];
            // Past the reservation: it is the time found, or now when that lies in the past (then
            // every job expected to have ended by now counts toward the extra units).
            if (time != Long.MIN_VALUE && end > Math.max(time, now)) {
                break;
            }
            available += unitsOf[slot];
            if (available >= needed && time == Long.MIN_VALUE) {
                time = end;
            }
            int child = 2 * pos + 1;
            if (child < size) {
                pushFrontier(child);
                if (child + 1 < size) {
                    pushFrontier(child + 1);
                }
            }
        }
        if (time == Long.MIN_VALUE) {
            // Fewer units than it needs are up even once every running job ends: capacity is short
            // (a failed node awaits its replacement). No reservation until it returns.
            extraUnits = 0;
            return Long.MAX_VALUE;
        }
        extraUnits = (int) (available - needed);
        return Math.max(time, now);
    }

    /** Units left over at the last reservation time computed. */
    int extraUnits() {
        return extraUnits;
    }

    private boolean before(int slotA, int slotB) {
        long a = endOf[slotA];
        long b = endOf[slotB];
        return a < b || (a == b && slotA < slotB);
    }

    private void siftUp(int pos, int slot) {
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            if (!before(slot, heap[parent])) {
                break;
            }
            heap[pos] = heap[parent];
            posOf[heap[pos]] = pos;
            pos = parent;
        }
        heap[pos] = slot;
        posOf[slot] = pos;
    }

    private void siftDown(int pos, int slot) {
        int half = size >>> 1;
        while (pos < half) {
            int child = 2 * pos + 1;
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], slot)) {
                break;
            }
            heap[pos] = heap[child];
            posOf[heap[pos]] = pos;
            pos = child;
        }
        heap[pos] = slot;
        posOf[slot] = pos;
    }

    private void pushFrontier(int heapPos) {
        int i = frontierSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(heap[heapPos], heap[frontier[parent]])) {
                break;
            }
            frontier[i] = frontier[parent];
            i = parent;
        }
        frontier[i] = heapPos;
    }

    private int popFrontier() {
        int top = frontier[0];
        int last = frontier[--frontierSize];
        int i = 0;
        int half = frontierSize >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < frontierSize && before(heap[frontier[child + 1]], heap[frontier[child]])) {
                child++;
            }
            if (!before(heap[frontier[child]], heap[last])) {
                break;
            }
            frontier[i] = frontier[child];
            i = child;
        }
        if (frontierSize > 0) {
            frontier[i] = last;
        }
        return top;
    }

    private void ensureSlot(int slot) {
        if (slot >= posOf.length) {
            int cap = Math.max(slot + 1, posOf.length * 2);
            int old = posOf.length;
            endOf = Arrays.copyOf(endOf, cap);
            unitsOf = Arrays.copyOf(unitsOf, cap);
            posOf = Arrays.copyOf(posOf, cap);
            Arrays.fill(posOf, old, cap, -1);
        }
    }
}
