package org.hpcsim.models.cloud;

/**
 * What one node costs per hour and how it is bought.
 *
 * @param perNodeHour  price per node-hour in US dollars, after any Spot discount
 * @param onDemandPerHour the On-Demand price per node-hour the discount applies to
 * @param spot         whether the nodes are Spot (priced at a discount; interruptions are not
 *                     modelled by this pricing)
 */
public record Pricing(double perNodeHour, double onDemandPerHour, boolean spot) {
    /** Validates the prices. */
    public Pricing {
        if (perNodeHour < 0 || onDemandPerHour < 0) {
            throw new IllegalArgumentException("prices must not be negative");
        }
    }

    /** On-Demand nodes at {@code perHour}. */
    public static Pricing onDemand(double perHour) {
        return new Pricing(perHour, perHour, false);
    }

    /** Spot nodes at {@code discount} (0..1) off {@code onDemandPerHour}. */
    public static Pricing spot(double onDemandPerHour, double discount) {
        if (discount < 0 || discount >= 1) {
            throw new IllegalArgumentException("a Spot discount is in [0, 1), got " + discount);
        }
        return new Pricing(onDemandPerHour * (1 - discount), onDemandPerHour, true);
    }

    /**
     * A fleet with a share {@code spotShare} of its nodes Spot at {@code discount} off
     * {@code onDemandPerHour} and the rest On-Demand: the price per node-hour is the average over
     * the fleet, exact for the fleet's total (its nodes are all up for the same time) and an average
     * for each job (which node type a job ran on is not priced apart).
     */
    public static Pricing mixed(double onDemandPerHour, double discount, double spotShare) {
        if (spotShare < 0 || spotShare > 1) {
            throw new IllegalArgumentException("a Spot share is in [0, 1], got " + spotShare);
        }
        Pricing spot = spot(onDemandPerHour, discount);
        return new Pricing(spotShare * spot.perNodeHour() + (1 - spotShare) * onDemandPerHour, onDemandPerHour,
                spotShare > 0);
    }
}
