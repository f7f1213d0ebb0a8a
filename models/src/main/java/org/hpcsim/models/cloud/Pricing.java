package org.hpcsim.models.cloud;

import org.hpcsim.core.SimTime;

/**
 * What the nodes cost per hour and how they are bought: On-Demand, Spot, or a fleet with a share
 * of its nodes Spot; Spot priced at a discount off On-Demand or by a price series over time.
 *
 * @param onDemandPerHour the On-Demand price per node-hour in US dollars
 * @param spotShare       the fraction of the nodes that are Spot, in [0, 1] (the rest are On-Demand)
 * @param spotDiscount    the Spot discount off On-Demand, in [0, 1); unused with a price series
 * @param spotPrices      the Spot price per node-hour over time, or null to price Spot at the discount
 */
public record Pricing(double onDemandPerHour, double spotShare, double spotDiscount, PriceSeries spotPrices) {
    /** Validates the prices. */
    public Pricing {
        if (!(onDemandPerHour >= 0) || Double.isInfinite(onDemandPerHour)) {
            throw new IllegalArgumentException("prices must not be negative");
        }
        if (!(spotShare >= 0 && spotShare <= 1)) {
            throw new IllegalArgumentException("a Spot share is in [0, 1], got " + spotShare);
        }
        if (!(spotDiscount >= 0 && spotDiscount < 1)) {
            throw new IllegalArgumentException("a Spot discount is in [0, 1), got " + spotDiscount);
        }
    }

    /** On-Demand nodes at {@code perHour}. */
    public static Pricing onDemand(double perHour) {
        return new Pricing(perHour, 0, 0, null);
    }

    /** Spot nodes at {@code discount} (0..1) off {@code onDemandPerHour}. */
    public static Pricing spot(double onDemandPerHour, double discount) {
        return new Pricing(onDemandPerHour, 1, discount, null);
    }

    /**
     * A fleet with a share {@code spotShare} of its nodes Spot at {@code discount} off
     * {@code onDemandPerHour} and the rest On-Demand.
     */
    public static Pricing mixed(double onDemandPerHour, double discount, double spotShare) {
        return new Pricing(onDemandPerHour, spotShare, discount, null);
    }

    /** A fleet with a share {@code spotShare} of its nodes Spot at the prices of {@code series}. */
    public static Pricing spotSeries(double onDemandPerHour, PriceSeries series, double spotShare) {
        return new Pricing(onDemandPerHour, spotShare, 0, series);
    }

    /** Whether any node is Spot. */
    public boolean spot() {
        return spotShare > 0;
    }

    /** Whether the price never changes (no Spot price series applies). */
    public boolean constant() {
        return spotPrices == null || spotShare == 0;
    }

    /** The Spot price per node-hour at the discount; with a series, see {@link #spotCost}. */
    public double spotPerHour() {
        return onDemandPerHour * (1 - spotDiscount);
    }

    /**
     * The fleet's average price per node-hour when it is {@link #constant()}: exact for the fleet's
     * total, since on a mixed fleet (static nodes only) every node is up for the same time.
     */
    public double perNodeHour() {
        if (!constant()) {
            throw new IllegalStateException("a Spot price series has no one price per node-hour");
        }
        return spotShare * spotPerHour() + (1 - spotShare) * onDemandPerHour;
    }

    /** The fleet's average price per node-hour at {@code t} (simulation time, ns). */
    public double perNodeHourAt(long t) {
        return constant() ? perNodeHour() : spotShare * spotPrices.at(t) + (1 - spotShare) * onDemandPerHour;
    }

    /** Dollars one Spot node costs from {@code from} to {@code to} (ns). */
    public double spotCost(long from, long to) {
        return spotPrices == null ? spotPerHour() * hours(from, to) : spotPrices.cost(from, to);
    }

    /** Dollars the fleet's average node costs from {@code from} to {@code to} (ns). */
    public double nodeCost(long from, long to) {
        if (constant()) {
            return perNodeHour() * hours(from, to);
        }
        return spotShare * spotPrices.cost(from, to) + (1 - spotShare) * onDemandPerHour * hours(from, to);
    }

    private static double hours(long from, long to) {
        return to <= from ? 0 : (double) (to - from) / SimTime.HOUR;
    }
}
