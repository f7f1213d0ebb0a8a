package org.hpcsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeWeightedStatisticTest {

    @Test
    void shouldIntegrateAPiecewiseConstantLevel() {
        TimeWeightedStatistic stat = new TimeWeightedStatistic(0, 2);
        stat.set(10, 5);
        // 2 x 10 + 5 x 30 = 170 over 40 ns
        assertEquals(170.0, stat.integral(40), 0.0);
        assertEquals(4.25, stat.mean(40), 0.0);
        assertEquals(5, stat.level(), 0.0);
    }

    @Test
    void shouldMeasureFromTheStartTimeNotFromZero() {
        TimeWeightedStatistic stat = new TimeWeightedStatistic(100, 1);
        stat.set(120, 3);
        stat.set(150, 0);
        // 1 x 20 + 3 x 30 + 0 x 50 = 110 over 100 ns
        assertEquals(110.0, stat.integral(200), 0.0);
        assertEquals(1.1, stat.mean(200), 1e-12);
    }

    @Test
    void shouldApplyDeltasWithAdd() {
        TimeWeightedStatistic stat = new TimeWeightedStatistic(0, 0);
        stat.add(0, 1);
        stat.add(10, 2);
        stat.add(20, -3);
        // 1 x 10 + 3 x 10 + 0 x 20 = 40 over 40 ns
        assertEquals(0, stat.level(), 0.0);
        assertEquals(40.0, stat.integral(40), 0.0);
        assertEquals(1.0, stat.mean(40), 0.0);
    }

    @Test
    void shouldTrackTheHighestLevelIncludingTheInitialOne() {
        TimeWeightedStatistic stat = new TimeWeightedStatistic(0, 4);
        assertEquals(4, stat.max(), 0.0);
        stat.set(1, 2);
        assertEquals(4, stat.max(), 0.0);
        stat.add(2, 7);
        assertEquals(9, stat.max(), 0.0);
        stat.set(3, 0);
        assertEquals(9, stat.max(), 0.0);
    }

    @Test
    void shouldLetSeveralUpdatesShareOneInstant() {
        TimeWeightedStatistic stat = new TimeWeightedStatistic(0, 1);
        stat.set(10, 100);
        stat.set(10, 3); // the level 100 lasted no time and adds nothing
        assertEquals(10 + 3 * 10, stat.integral(20), 0.0);
    }

    @Test
    void shouldRejectTimeGoingBackwards() {
        TimeWeightedStatistic stat = new TimeWeightedStatistic(0, 1);
        stat.set(50, 2);
        assertThrows(IllegalArgumentException.class, () -> stat.set(49, 3));
        assertThrows(IllegalArgumentException.class, () -> stat.add(10, 1));
        assertThrows(IllegalArgumentException.class, () -> stat.integral(49));
        assertThrows(IllegalArgumentException.class, () -> stat.mean(49));
        assertThrows(IllegalArgumentException.class, () -> stat.mean(-1));
    }

    @Test
    void shouldReturnTheLevelAsTheMeanOverAZeroSpan() {
        TimeWeightedStatistic stat = new TimeWeightedStatistic(30, 6);
        assertEquals(6, stat.mean(30), 0.0);
        stat.set(30, 8);
        assertEquals(8, stat.mean(30), 0.0);
        assertEquals(0.0, stat.integral(30), 0.0);
    }
}
