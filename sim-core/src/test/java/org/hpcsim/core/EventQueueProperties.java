package org.hpcsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/** Model-based properties of {@link EventQueue}, checked against a {@link PriorityQueue} reference. */
class EventQueueProperties {

    /** One step of a random interleaving of queue operations. */
    sealed interface Op permits Add, Cancel, Poll {}

    /** Adds an event; times come from a tiny range so ties, broken by sequence, are common. */
    record Add(long time, int kind, long payload) implements Op {}

    /** Cancels the handle at {@code pick} modulo the number issued so far, live or not. */
    record Cancel(int pick) implements Op {}

    /** Polls the earliest event. */
    record Poll() implements Op {}

    /** The reference's view of an event; seq doubles as the index of its handle. */
    private record Entry(long time, long seq, int kind, long payload) {}

    private static final Comparator<Entry> ORDER =
            Comparator.comparingLong(Entry::time).thenComparingLong(Entry::seq);

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> add = Combinators.combine(
                        Arbitraries.longs().between(0, 12),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.longs())
                .as((time, kind, payload) -> new Add(time, kind, payload));
        Arbitrary<Op> cancel = Arbitraries.integers().between(0, Integer.MAX_VALUE).map(Cancel::new);
        Arbitrary<Op> poll = Arbitraries.just(new Poll());
        // Adds outweigh removals, and lengths are uniform rather than biased towards short lists,
        // so many sequences push the arrays well past their initial capacity of 16.
        return Arbitraries.frequencyOf(Tuple.of(6, add), Tuple.of(2, cancel), Tuple.of(3, poll))
                .list()
                .ofMaxSize(500)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    @Property(tries = 400)
    void shouldAgreeWithAReferencePriorityQueueAfterEveryOperation(@ForAll("operations") List<Op> ops) {
        EventQueue queue = new EventQueue(0);
        PriorityQueue<Entry> reference = new PriorityQueue<>(ORDER);
        List<Long> handles = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Set<Long> live = new HashSet<>(); // seqs of events the reference still holds
        int peak = 0;

        for (Op op : ops) {
            if (op instanceof Add add) {
                Entry e = new Entry(add.time(), entries.size(), add.kind(), add.payload());
                handles.add(queue.add(e.time(), e.seq(), e.kind(), e.payload()));
                entries.add(e);
                reference.add(e);
                live.add(e.seq());
            } else if (op instanceof Cancel cancel) {
                if (handles.isEmpty()) {
                    assertFalse(queue.cancel(EventQueue.NONE));
                } else {
                    int i = cancel.pick() % handles.size();
                    long handle = handles.get(i);
                    boolean expected = live.remove((long) i);
                    assertEquals(expected, queue.isPending(handle), "isPending before cancel");
                    assertEquals(expected, queue.cancel(handle), "cancel result");
                    assertFalse(queue.isPending(handle), "isPending after cancel");
                    if (expected) {
                        reference.remove(entries.get(i));
                    }
                    Statistics.label("cancel").collect(expected ? "live" : "stale");
                }
            } else {
                Entry expected = reference.poll();
                long time = queue.poll();
                if (expected == null) {
                    assertEquals(EventQueue.NONE, time);
                } else {
                    live.remove(expected.seq());
                    assertEquals(expected.time(), time, "polled time");
                    assertEquals(expected.kind(), queue.polledKind(), "polled kind");
                    assertEquals(expected.payload(), queue.polledPayload(), "polled payload");
                    assertFalse(queue.isPending(handles.get((int) expected.seq())));
                }
            }
            assertEquals(reference.size(), queue.size(), "size");
            assertEquals(reference.isEmpty(), queue.isEmpty(), "isEmpty");
            if (!reference.isEmpty()) {
                assertEquals(reference.peek().time(), queue.peekTime(), "peekTime");
            }
            peak = Math.max(peak, queue.size());
        }

        Statistics.label("peak pending").collect(peak <= 16 ? "<= 16" : peak <= 64 ? "17..64" : "> 64");
        Statistics.label("peak pending").coverage(c -> c.check("> 64").percentage(p -> p > 25));
        Statistics.label("cancel").coverage(c -> {
            c.check("live").count(n -> n > 0);
            c.check("stale").count(n -> n > 0);
        });
    }

    @Property(tries = 300)
    void shouldNeverLetAStaleHandleCancelTheEventThatReusedItsSlot(
            @ForAll @IntRange(min = 1, max = 60) int pending,
            @ForAll @IntRange(min = 0, max = 1000) int victim,
            @ForAll boolean removeByPoll,
            @ForAll @LongRange(min = 0, max = 5) long laterTime) {
        EventQueue queue = new EventQueue(16);
        long[] handles = new long[pending];
        long seq = 0;
        for (int i = 0; i < pending; i++) {
            handles[i] = queue.add((i * 7L) % 5, seq++, 0, i);
        }

        long stale;
        if (removeByPoll) {
            queue.poll();
            stale = handles[(int) queue.polledPayload()];
        } else {
            stale = handles[victim % pending];
            assertTrue(queue.cancel(stale));
            // Cancellation is lazy: the slot is freed once its entry reaches the top, so drain.
            while (queue.poll() != EventQueue.NONE) {
                assertTrue(queue.polledPayload() != victim % pending, "a cancelled event fired");
            }
        }

        // Add until some event lands in the freed slot (the handle's low 32 bits), however the
        // queue chooses slots, so the check below really is about a reused slot.
        long fresh = 0;
        boolean reused = false;
        for (int i = 0; i < 1000 && !reused; i++) {
            fresh = queue.add(laterTime, seq++, 1, -1 - i);
            reused = (int) fresh == (int) stale;
        }
        assertTrue(reused, "freed slot was never reused");
        int sizeBefore = queue.size();

        assertFalse(queue.isPending(stale));
        assertFalse(queue.cancel(stale));
        assertEquals(sizeBefore, queue.size());
        assertTrue(queue.isPending(fresh));
        assertTrue(queue.cancel(fresh));
    }
}
