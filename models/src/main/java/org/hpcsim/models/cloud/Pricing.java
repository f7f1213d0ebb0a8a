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
}
