package org.hpcsim.scenarios.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Bisection finds the exact boundary of a monotone predicate in 1 + log2(n) questions. */
class BisectionTest {
    @Test
    void shouldFindEveryBoundaryOfSixteenValuesInFiveQuestions() {
        for (int boundary = 0; boundary < 16; boundary++) {
            int b = boundary;
            List<Integer> asked = new ArrayList<>();
            Bisection.Result r = Bisection.smallest(16, i -> {
                asked.add(i);
                return i >= b;
            });
            assertEquals(b, r.smallest(), "boundary " + b);
            assertEquals(5, asked.size(), "the top, then log2(16) = 4 halvings; asked " + asked);
            assertEquals(asked, r.probes());
            assertEquals(15, asked.get(0), "the top is asked first");
            if (b > 0) {
                assertTrue(asked.contains(b - 1), "the value just below the answer was seen to fail: " + asked);
            }
        }
    }

    @Test
    void shouldStopAfterOneQuestionWhenTheTopFails() {
        List<Integer> asked = new ArrayList<>();
        Bisection.Result r = Bisection.smallest(63, i -> {
            asked.add(i);
            return false;
        });
        assertEquals(-1, r.smallest());
        assertEquals(List.of(62), asked);
    }

    @Test
    void shouldFindNodeCountsFromTwoToSixtyFourInSevenQuestions() {
        // cluster.nodes from 2 to 64: 63 values; a synthetic constraint met from 23 nodes on.
        List<Integer> asked = new ArrayList<>();
        Bisection.Result r = Bisection.smallest(63, i -> {
            asked.add(i + 2);
            return i + 2 >= 23;
        });
        assertEquals(23, r.smallest() + 2);
        assertEquals(List.of(64, 32, 16, 24, 20, 22, 23), asked);
    }

    @Property(tries = 500)
    void shouldFindTheBoundaryWithinTheBoundAndNeverAskTwice(@ForAll @IntRange(min = 1, max = 100_000) int n,
                                                            @ForAll @IntRange(min = 0, max = 100_000) int b) {
        int boundary = Math.min(b, n);
        List<Integer> asked = new ArrayList<>();
        Bisection.Result r = Bisection.smallest(n, i -> {
            asked.add(i);
            return i >= boundary;
        });
        assertEquals(boundary == n ? -1 : boundary, r.smallest());
        int bound = 1 + (int) Math.ceil(Math.log(n) / Math.log(2) - 1e-9);
        assertTrue(asked.size() <= bound, asked.size() + " questions for " + n + " values, more than " + bound);
        assertEquals(asked.size(), new HashSet<>(asked).size(), "asked twice: " + asked);
    }
}
