package org.hpcsim.models.cloud;

import java.util.Arrays;
import org.hpcsim.core.SimTime;

/**
 * A price per node-hour that changes over time, as a step function: each price holds from its
 * time until the next one, and the last one from its time on. What a node costs over an interval
 * is the integral of the steps it spans, so a run is priced at what each hour cost when it passed.
 */
public final class PriceSeries {
    private final long[] times;     // simulation time (ns) each price starts at, strictly increasing
    private final double[] prices;  // US dollars per node-hour
    private final String source;

    /**
     * Prices {@code prices[i]} from {@code times[i]} (simulation time, ns) on; {@code source}
     * names where they came from, for messages.
     */
    public PriceSeries(long[] times, double[] prices, String source) {
        if (times.length == 0 || times.length != prices.length) {
            throw new IllegalArgumentException("a price series needs one price per time and at least one");
        }
        for (int i = 0; i < times.length; i++) {
            if (i > 0 && times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("price times must increase");
            }
            if (!(prices[i] >= 0) || Double.isInfinite(prices[i])) {
                throw new IllegalArgumentException("prices must be finite and not negative, got " + prices[i]);
            }
        }
        this.times = times.clone();
        this.prices = prices.clone();
        this.source = source;
    }

    /** When the first price starts (simulation time, ns): the series says nothing before. */
    public long start() {
        return times[0];
    }

    /** Where the prices came from (a file name), for messages. */
    public String source() {
        return source;
    }

    /** The number of steps. */
    public int size() {
        return times.length;
    }

    /** The price per node-hour at {@code t}; before {@link #start()} the first price. */
    public double at(long t) {
        return prices[step(t)];
    }

    /**
     * Dollars one node costs from {@code from} to {@code to} (ns, from &lt;= to): the sum over the
     * steps of price x hours spent in them. Time before {@link #start()} is priced at the first
     * price; the run checks that the series covers it.
     */
    public double cost(long from, long to) {
        if (to <= from) {
            return 0;
        }
        int i = step(from);
        double sum = 0;
        long t = from;
        while (t < to) {
            long next = i + 1 < times.length ? Math.min(to, times[i + 1]) : to;
            sum += prices[i] * (next - t);
            t = next;
            i++;
        }
        return sum / SimTime.HOUR;
    }

    // The step holding t: the last one starting at or before it (the first for earlier times).
    private int step(long t) {
        int i = Arrays.binarySearch(times, t);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
