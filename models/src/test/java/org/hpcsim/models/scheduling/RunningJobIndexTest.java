package org.hpcsim.models.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class RunningJobIndexTest {

    // ---- Hand-checked cases ----

    @Test
    void shouldReserveNowWithTheSurplusWhenEnoughUnitsAreFreeAlready() {
        RunningJobIndex index = new RunningJobIndex();
        index.add(0, 50, 4);
        assertEquals(7, index.reservationTime(5, 3, 7));
        assertEquals(2, index.extraUnits());
    }

    @Test
    void shouldReserveTheFirstExpectedEndThatFreesEnough() {
        RunningJobIndex index = new RunningJobIndex();
        index.add(0, 30, 2);
        index.add(1, 10, 1);
        index.add(2, 20, 3);
        // free 1: at 10 -> 2, at 20 -> 5 >= 4: reserved at 20 with 1 to spare.
        assertEquals(20, index.reservationTime(1, 4, 0));
        assertEquals(1, index.extraUnits());
    }

    @Test
    void shouldCountEveryJobEndingAtTheReservationInstantTowardTheExtraUnits() {
        RunningJobIndex index = new RunningJobIndex();
        index.add(3, 10, 1);
        index.add(1, 20, 2);
        index.add(7, 20, 3);
        index.add(2, 20, 4);
        index.add(5, 30, 8);
        // free 0, need 2: 1 at 10, then at 20 three jobs end together: 1 + 2 + 3 + 4 = 10.
        assertEquals(20, index.reservationTime(0, 2, 0));
        assertEquals(8, index.extraUnits());
    }

    @Test
    void shouldClampTheReservationToNowWhenTheExpectedEndsLieInThePast() {
        RunningJobIndex index = new RunningJobIndex();
        index.add(0, 5, 2);   // overdue
        index.add(1, 8, 3);   // overdue
        index.add(2, 12, 4);  // exactly now
        index.add(3, 40, 1);  // future
        // free 0, need 2: enough at 5 already, but a reservation cannot be in the past: now, 12.
        // At 12 the jobs due at 5, 8 and 12 are all expected to have ended: 9 available, 7 extra.
        assertEquals(12, index.reservationTime(0, 2, 12));
        assertEquals(7, index.extraUnits());
    }

    @Test
    void shouldGiveNoReservationWhenEvenAllRunningJobsCannotFreeEnough() {
        // Capacity is short (a failed node awaits its replacement): no time, until it returns.
        RunningJobIndex index = new RunningJobIndex();
        index.add(0, 10, 2);
        index.add(1, 20, 3);
        assertEquals(Long.MAX_VALUE, index.reservationTime(1, 7, 0));
        assertEquals(0, index.extraUnits());
        assertEquals(20, index.reservationTime(1, 6, 0));
        assertEquals(0, index.extraUnits());
    }

    @Test
    void shouldGiveNoReservationWhenNothingRunsAndTooFewUnitsAreFree() {
        RunningJobIndex index = new RunningJobIndex();
        assertEquals(Long.MAX_VALUE, index.reservationTime(3, 4, 0));
    }

    @Test
    void shouldRejectAddingASlotTwiceAndRemovingAnAbsentSlot() {
        RunningJobIndex index = new RunningJobIndex();
        index.add(4, 10, 1);
        assertThrows(IllegalStateException.class, () -> index.add(4, 20, 1));
        assertThrows(IllegalStateException.class, () -> index.remove(5));
        assertThrows(IllegalStateException.class, () -> index.remove(1_000));
        index.remove(4);
        assertThrows(IllegalStateException.class, () -> index.remove(4));
        assertEquals(0, index.size());
        index.add(4, 30, 2); // the slot can be reused once removed
        assertEquals(30, index.reservationTime(0, 2, 0));
    }

    @Test
    void shouldGrowPastItsInitialCapacityForManyJobsAndLargeSlots() {
        RunningJobIndex index = new RunningJobIndex();
        for (int slot = 0; slot < 1000; slot++) {
            index.add(slot * 3, 1000 - slot, 1); // slot 2997 is far past the initial 64
        }
        assertEquals(1000, index.size());
        // 1000 jobs of 1 unit ending at 1..1000; the 10th earliest ends at 10.
        assertEquals(10, index.reservationTime(0, 10, 0));
        assertEquals(1000, index.reservationTime(0, 1000, 0));
        for (int slot = 0; slot < 1000; slot += 2) {
            index.remove(slot * 3);
        }
        assertEquals(500, index.size());
        // Left: odd slots, ending at 1000 - odd = 999, 997, ..., 1.
        assertEquals(19, index.reservationTime(0, 10, 0));
    }

    // ---- Against a brute-force model ----

    /** One step: add a job, remove one, or ask for a reservation. */
    sealed interface Op permits Add, Remove, Query {}

    /** Adds a job in {@code slot} (possibly one already indexed: that must be rejected). */
    record Add(int slot, long end, int units) implements Op {}

    /** Removes the indexed slot at {@code pick} modulo their number (or an absent one if none). */
    record Remove(int pick) implements Op {}

    /** Asks for a reservation. */
    record Query(int free, int needed, long now) implements Op {}

    @Provide
    Arbitrary<List<Op>> operations() {
        // End times come from a small range so that equal ends are common, and "now" from the same
        // range so that expected ends are often in the past.
        Arbitrary<Op> add = Combinators.combine(
                        Arbitraries.integers().between(0, 200).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.longs().between(0, 25),
                        Arbitraries.integers().between(1, 6))
                .as(Add::new);
        Arbitrary<Op> remove = Arbitraries.integers().between(0, Integer.MAX_VALUE).map(Remove::new);
        Arbitrary<Op> query = Combinators.combine(
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.integers().between(1, 120),
                        Arbitraries.longs().between(0, 30))
                .as(Query::new);
        return Arbitraries.frequencyOf(Tuple.of(6, add), Tuple.of(2, remove), Tuple.of(4, query))
                .list()
                .ofMaxSize(400)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    /** The reference: the reservation by definition, over every indexed job. */
    private record Expected(long time, int extra) {}

    private static Expected bruteForce(Map<Integer, long[]> jobs, int free, int needed, long now) {
        if (free >= needed) {
            return new Expected(now, free - needed);
        }
        // Earliest expected end at which enough would be free, counting every job ending by then.
        Long time = null;
        for (long[] candidate : jobs.values()) {
            long t = candidate[0];
            long available = free;
            for (long[] j : jobs.values()) {
                if (j[0] <= t) {
                    available += j[1];
                }
            }
            if (available >= needed && (time == null || t < time)) {
                time = t;
            }
        }
        if (time == null) {
            return null;
        }
        long reserved = Math.max(time, now);
        long available = free;
        for (long[] j : jobs.values()) {
            if (j[0] <= reserved) {
                available += j[1];
            }
        }
        return new Expected(reserved, (int) (available - needed));
    }

    @Property(tries = 500)
    void shouldAgreeWithABruteForceReservationAfterEveryOperation(@ForAll("operations") List<Op> ops) {
        RunningJobIndex index = new RunningJobIndex();
        Map<Integer, long[]> model = new LinkedHashMap<>(); // slot -> {expected end, units}
        for (Op op : ops) {
            if (op instanceof Add add) {
                if (model.containsKey(add.slot())) {
                    assertThrows(IllegalStateException.class, () -> index.add(add.slot(), add.end(), add.units()));
                    Statistics.label("add").collect("duplicate");
                } else {
                    index.add(add.slot(), add.end(), add.units());
                    model.put(add.slot(), new long[] {add.end(), add.units()});
                    Statistics.label("add").collect("new");
                }
            } else if (op instanceof Remove remove) {
                if (model.isEmpty()) {
                    assertThrows(IllegalStateException.class, () -> index.remove(remove.pick() % 300));
                } else {
                    List<Integer> slots = new ArrayList<>(model.keySet());
                    int slot = slots.get(remove.pick() % slots.size());
                    index.remove(slot);
                    model.remove(slot);
                }
            } else if (op instanceof Query q) {
                Expected expected = bruteForce(model, q.free(), q.needed(), q.now());
                if (expected == null) {
                    assertEquals(Long.MAX_VALUE, index.reservationTime(q.free(), q.needed(), q.now()));
                    Statistics.label("query").collect("impossible");
                } else {
                    long time = index.reservationTime(q.free(), q.needed(), q.now());
                    assertEquals(expected.time(), time, "reservation time for " + q + " over " + describe(model));
                    assertEquals(expected.extra(), index.extraUnits(), "extra units for " + q + " over "
                            + describe(model));
                    Statistics.label("query").collect(time == q.now() ? "now" : "later");
                }
            }
            assertEquals(model.size(), index.size(), "size");
        }
    }

    private static String describe(Map<Integer, long[]> model) {
        StringBuilder sb = new StringBuilder("{");
        model.forEach((slot, j) -> sb.append(slot).append(": end ").append(j[0]).append(" x").append(j[1]).append(", "));
        return sb.append('}').toString();
    }
}
