package org.hpcsim.core;

import java.util.Arrays;

/**
 * A binary min-heap of events ordered by (time, sequence), stored in primitive arrays, with
 * cancellable handles.
 *
 * <p>Each event lives in a slot that carries its sequence number, kind and payload; the heap holds
 * only times and slot numbers, so a sift step moves two words. Cancellation is lazy: a cancelled
 * event is marked in its slot and discarded when it reaches the top, which spares every sift step
 * the bookkeeping of heap positions; when cancelled entries outnumber live ones the heap is
 * rebuilt without them, so memory stays proportional to the live events.
 *
 * <p>A handle is the slot index in its low 32 bits and the slot's generation in its high 32 bits,
 * so a handle kept after its event fired or was cancelled cannot cancel a later event that
 * reuses the slot (unless the slot is reused 2^32 times in between). Nothing is allocated per
 * event once the arrays have grown to the peak number of pending events.
 */
public final class EventQueue {
    /** Returned by {@link #poll()} when the queue is empty. */
    public static final long NONE = -1L;

    private static final byte FREE = 0;
    private static final byte PENDING = 1;
    private static final byte CANCELLED = 2;
    /** Cancelled entries tolerated in the heap before a rebuild, beyond the number of live ones. */
    private static final int GARBAGE_SLACK = 1024;

    // The sequence is read from the slot, and only when two times tie, so sifting stores one word fewer.
    private long[] heapTime;
    private int[] heapSlot;
    private int size;        // heap entries, cancelled ones included
    private int live;        // pending events

    private byte[] slotState;
    private int[] slotGen;
    private long[] slotSeq;
    private int[] slotKind;
    private long[] slotPayload;
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    private long polledTime;
    private int polledKind;
    private long polledPayload;

    /** Creates a queue whose arrays start at the given capacity and grow by doubling. */
    public EventQueue(int initialCapacity) {
        int cap = Math.max(16, initialCapacity);
        heapTime = new long[cap];
        heapSlot = new int[cap];
        slotState = new byte[cap];
        slotGen = new int[cap];
        slotSeq = new long[cap];
        slotKind = new int[cap];
        slotPayload = new long[cap];
        freeSlots = new int[cap];
    }

    /** Number of pending events. */
    public int size() {
        return live;
    }

    /** True when no event is pending. */
    public boolean isEmpty() {
        return live == 0;
    }

    /** Adds an event and returns its handle. Sequence numbers must be unique for a total order. */
    public long add(long time, long seq, int kind, long payload) {
        int slot = takeSlot();
        slotState[slot] = PENDING;
        slotSeq[slot] = seq;
        slotKind[slot] = kind;
        slotPayload[slot] = payload;
        if (size == heapTime.length) {
            growHeap();
        }
        siftUp(size++, time, slot);
        live++;
        return ((long) slotGen[slot] << 32) | slot;
    }

    /** Removes the event with this handle; false if it already fired or was cancelled. */
    public boolean cancel(long handle) {
        if (!isPending(handle)) {
            return false;
        }
        int slot = (int) handle;
        slotState[slot] = CANCELLED;
        slotGen[slot]++;
        live--;
        if (live == 0 || size - live > live + GARBAGE_SLACK) {
            dropCancelled();
        }
        return true;
    }

    /** True while the event with this handle is still pending. */
    public boolean isPending(long handle) {
        int slot = (int) handle;
        return slot >= 0 && slot < slotsUsed && slotGen[slot] == (int) (handle >>> 32) && slotState[slot] == PENDING;
    }

    /** Time of the earliest pending event; only valid when the queue is not empty. */
    public long peekTime() {
        discardCancelledTop();
        return heapTime[0];
    }

    /**
     * Removes the earliest event and returns its time, or {@link #NONE} when empty. Its kind and
     * payload are then available from {@link #polledKind()} and {@link #polledPayload()}.
     */
    public long poll() {
        return pollNotAfter(Long.MAX_VALUE);
    }

    /**
     * Like {@link #poll()}, but only if the earliest event is due no later than {@code limit};
     * otherwise leaves it in place and returns {@link #NONE}. One call instead of a peek and a poll.
     */
    public long pollNotAfter(long limit) {
        if (live == 0) {
            return NONE;
        }
        discardCancelledTop();
        if (heapTime[0] > limit) {
            return NONE;
        }
        int slot = heapSlot[0];
        polledTime = heapTime[0];
        polledKind = slotKind[slot];
        polledPayload = slotPayload[slot];
        slotGen[slot]++;
        freeSlot(slot);
        live--;
        removeTop();
        if (live == 0 && size > 0) {
            dropCancelled(); // only cancelled entries are left: free their slots now
        }
        return polledTime;
    }

    /** Kind of the event last returned by {@link #poll()}. */
    public int polledKind() {
        return polledKind;
    }

    /** Payload of the event last returned by {@link #poll()}. */
    public long polledPayload() {
        return polledPayload;
    }

    private void discardCancelledTop() {
        while (slotState[heapSlot[0]] == CANCELLED) {
            freeSlot(heapSlot[0]);
            removeTop();
        }
    }

    private void removeTop() {
        int last = --size;
        if (last > 0) {
            siftDown(0, heapTime[last], heapSlot[last]);
        }
    }

    /** Rebuilds the heap from its live entries (Floyd's bottom-up construction, O(n)). */
    private void dropCancelled() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            int slot = heapSlot[i];
            if (slotState[slot] == CANCELLED) {
                freeSlot(slot);
            } else {
                heapTime[n] = heapTime[i];
                heapSlot[n] = slot;
                n++;
            }
        }
        size = n;
        for (int i = (n >>> 1) - 1; i >= 0; i--) {
            siftDown(i, heapTime[i], heapSlot[i]);
        }
    }

    private boolean less(long t1, int slot1, long t2, int slot2) {
        return t1 < t2 || (t1 == t2 && slotSeq[slot1] < slotSeq[slot2]);
    }

    private void siftUp(int pos, long t, int slot) {
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            long pt = heapTime[parent];
            int ps = heapSlot[parent];
            if (!less(t, slot, pt, ps)) {
                break;
            }
            heapTime[pos] = pt;
            heapSlot[pos] = ps;
            pos = parent;
        }
        heapTime[pos] = t;
        heapSlot[pos] = slot;
    }

    private void siftDown(int pos, long t, int slot) {
        int half = size >>> 1;
        while (pos < half) {
            int child = 2 * pos + 1;
            long ct = heapTime[child];
            int cs = heapSlot[child];
            int right = child + 1;
            if (right < size) {
                long rt = heapTime[right];
                int rs = heapSlot[right];
                if (less(rt, rs, ct, cs)) {
                    child = right;
                    ct = rt;
                    cs = rs;
                }
            }
            if (!less(ct, cs, t, slot)) {
                break;
            }
            heapTime[pos] = ct;
            heapSlot[pos] = cs;
            pos = child;
        }
        heapTime[pos] = t;
        heapSlot[pos] = slot;
    }

    private int takeSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == slotState.length) {
            growSlots();
        }
        return slotsUsed++;
    }

    private void freeSlot(int slot) {
        slotState[slot] = FREE;
        freeSlots[freeCount++] = slot;
    }

    private void growHeap() {
        int cap = heapTime.length * 2;
        heapTime = Arrays.copyOf(heapTime, cap);
        heapSlot = Arrays.copyOf(heapSlot, cap);
    }

    private void growSlots() {
        int cap = slotState.length * 2;
        slotState = Arrays.copyOf(slotState, cap);
        slotGen = Arrays.copyOf(slotGen, cap);
        slotSeq = Arrays.copyOf(slotSeq, cap);
        slotKind = Arrays.copyOf(slotKind, cap);
        slotPayload = Arrays.copyOf(slotPayload, cap);
        freeSlots = Arrays.copyOf(freeSlots, cap);
    }
}
