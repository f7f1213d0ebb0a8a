package org.hpcsim.core;

/**
 * The time integral of a piecewise-constant level (busy cores, queue length...), from which its
 * time-average follows. Updates must come in non-decreasing time order.
 */
public final class TimeWeightedStatistic {
    private final long startTime;
    private long lastTime;
    private double level;
    private double integral; // level x nanoseconds
    private double max;

    /** Starts tracking at {@code startTime} with the given level. */
    public TimeWeightedStatistic(long startTime, double initialLevel) {
        this.startTime = startTime;
        this.lastTime = startTime;
        this.level = initialLevel;
        this.max = initialLevel;
    }

    /** Sets the level from {@code time} on. */
    public void set(long time, double newLevel) {
        advance(time);
        level = newLevel;
        if (newLevel > max) {
            max = newLevel;
        }
    }

    /** Changes the level by {@code delta} from {@code time} on. */
    public void add(long time, double delta) {
        set(time, level + delta);
    }

    private void advance(long time) {
        if (time < lastTime) {
            throw new IllegalArgumentException("time went backwards: " + time + " < " + lastTime);
        }
        integral += level * (double) (time - lastTime);
        lastTime = time;
    }

    /** The current level. */
    public double level() {
        return level;
    }

    /** The highest level seen. */
    public double max() {
        return max;
    }

    /** The integral of the level, in level x nanoseconds, from the start up to {@code time}. */
    public double integral(long time) {
        if (time < lastTime) {
            throw new IllegalArgumentException("time went backwards: " + time + " < " + lastTime);
        }
        return integral + level * (double) (time - lastTime);
    }

    /** The time-average of the level over [start, time]; the current level if no time has passed. */
    public double mean(long time) {
        double total = integral(time); // throws for a time before the last update
        long span = time - startTime;
        return span == 0 ? level : total / span;
    }
}
