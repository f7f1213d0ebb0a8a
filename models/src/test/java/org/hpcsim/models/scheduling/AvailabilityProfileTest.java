package org.hpcsim.models.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AvailabilityProfileTest {

    // ---- Hand-checked cases ----

    @Test
    void shouldFindTheFirstHoleLongEnoughForTheJob() {
        AvailabilityProfile p = new AvailabilityProfile();
        p.reset(0, 10);
        p.add(0, 10, -6);  // 4 free until 10
        p.add(20, 30, -8); // 2 free from 20 to 30
        // 4 units for 25: from 0 the window meets 20..30 (2 free); the next start is 30.
        assertEquals(30, p.earliest(0, 4, 25, Long.MAX_VALUE));
        assertEquals(0, p.earliest(0, 4, 15, Long.MAX_VALUE));
        assertEquals(0, p.earliest(0, 2, 100, Long.MAX_VALUE));
        // 5 units: not before 10; 10 s fit in 10..20, 11 s do not.
        assertEquals(10, p.earliest(0, 5, 10, Long.MAX_VALUE));
        assertEquals(30, p.earliest(0, 5, 11, Long.MAX_VALUE));
        assertEquals(12, p.earliest(12, 5, 8, Long.MAX_VALUE));
    }

    @Test
    void shouldOnlyCheckTheWindowBeforeTheLimit() {
        // A job reserved at 20 may move to 5 even though its 30 s would overlap its own
        // reservation: only 5..20 needs the units free.
        AvailabilityProfile p = new AvailabilityProfile();
        p.reset(0, 10);
        p.add(0, 5, -10);
        p.add(20, 50, -6);
        assertEquals(5, p.earliest(0, 6, 30, 20));
        assertEquals(5, p.earlierStart(0, 6, 30, 20));
        assertEquals(5, p.earlierStart(0, 6, 10, 20));
        // Nothing earlier: the limit itself comes back.
        p.add(5, 20, -6);
        assertEquals(20, p.earliest(0, 6, 30, 20));
        assertEquals(20, p.earlierStart(0, 6, 30, 20));
        assertEquals(20, p.earlierStart(0, 6, 10, 20));
    }

    @Test
    void shouldMergeStepsBackWhenAWindowIsGivenBack() {
        AvailabilityProfile p = new AvailabilityProfile();
        p.reset(0, 10);
        p.add(5, 15, -3);
        p.add(10, 20, -2);
        assertEquals(5, p.steps()); // 10 | 7 from 5 | 5 from 10 | 8 from 15 | 10 from 20
        p.add(10, 20, 2);
        p.add(5, 15, 3);
        assertEquals(1, p.steps());
        assertEquals(10, p.freeAt(12));
    }

    @Test
    void shouldRebuildFromRunningJobsCountingOverdueOnesAsEndingNow() {
        AvailabilityProfile p = new AvailabilityProfile();
        p.rebuild(10, 1, new long[] {5, 10, 20, 20, 40}, new int[] {1, 2, 3, 1, 4}, 5);
        assertEquals(4, p.freeAt(10));
        assertEquals(4, p.freeAt(19));
        assertEquals(8, p.freeAt(20));
        assertEquals(12, p.freeAt(40));
        assertEquals(3, p.steps());
    }

    @Test
    void shouldRefuseATimeBeforeTheProfileStarts() {
        AvailabilityProfile p = new AvailabilityProfile();
        p.reset(10, 4);
        assertThrows(IllegalArgumentException.class, () -> p.freeAt(9));
    }

    // ---- Against a model: free units per whole second ----

    private static final int HORIZON = 120;

    /** One change: add {@code delta} over [from, from + length) (length 0: forever), then advance to {@code now}. */
    record Change(int from, int length, int delta, int nowStep) {}

    @Provide
    Arbitrary<List<Change>> changes() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 80),
                Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(-5, 5),
                Arbitraries.integers().between(0, 3)).as(Change::new).list().ofMaxSize(60);
    }

    @Property(tries = 500)
    void shouldAgreeWithAPerSecondModel(@ForAll("changes") List<Change> changes,
                                        @ForAll("queries") List<int[]> queries) {
        AvailabilityProfile p = new AvailabilityProfile();
        int[] model = new int[HORIZON + 1]; // the last cell stands for every later second
        Arrays.fill(model, 20);
        p.reset(0, 20);
        int now = 0;
        for (Change c : changes) {
            int from = Math.max(c.from(), now);
            int to = c.length() == 0 ? Integer.MAX_VALUE : from + c.length();
            p.add(from, to == Integer.MAX_VALUE ? Long.MAX_VALUE : to, c.delta());
            for (int t = from; t <= HORIZON; t++) {
                if (t < to) {
                    model[t] += c.delta();
                }
            }
            now = Math.min(now + c.nowStep(), 80);
            p.advance(now);
            // Asked between changes too, so that a stale running maximum would show.
            int at = now + c.length() + 1;
            int length = 1 + c.from() % 9;
            assertEquals(modelEarliest(model, now, 3, length, at), p.earlierStart(now, 3, length, at),
                    "move before " + at + " in " + p);
        }
        for (int t = now; t <= HORIZON; t++) {
            assertEquals(model[t], p.freeAt(t), "free at " + t);
        }
        for (int[] q : queries) {
            int units = q[0];
            int duration = q[1];
            long limit = q[2] == 0 ? Long.MAX_VALUE : now + q[2];
            long expected = modelEarliest(model, now, units, duration, limit);
            assertEquals(expected, p.earliest(now, units, duration, limit),
                    "earliest for " + units + " units, " + duration + " s, limit " + limit + " in " + p);
            if (limit != Long.MAX_VALUE) {
                assertEquals(expected, p.earlierStart(now, units, duration, limit),
                        "move for " + units + " units, " + duration + " s, from " + limit + " in " + p);
            }
        }
    }

    @Provide
    Arbitrary<List<int[]>> queries() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(0, 60)).as((u, d, l) -> new int[] {u, d, l}).list().ofSize(10);
    }

    private static long modelEarliest(int[] model, int now, int units, int duration, long limit) {
        for (long s = now; s < limit && s <= HORIZON; s++) {
            long end = Math.min(s + duration, limit);
            boolean fits = true;
            for (long t = s; t < end && fits; t++) {
                fits = model[(int) Math.min(t, HORIZON)] >= units;
            }
            if (fits) {
                return s;
            }
        }
        return limit; // from HORIZON on the model is constant, so a fit would have been found there
    }
}
