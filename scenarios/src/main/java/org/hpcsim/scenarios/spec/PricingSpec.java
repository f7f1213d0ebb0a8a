package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.hpcsim.models.cloud.InstanceCatalog;
import org.hpcsim.models.cloud.InstanceType;
import org.hpcsim.models.cloud.PriceSeries;
import org.hpcsim.models.cloud.Pricing;

/**
 * How the cluster's nodes are paid for.
 *
 * @param capacity     "ondemand" or "spot"
 * @param perNodeHour  On-Demand price per node-hour in US dollars, or 0 to take the instance
 *                     type's catalog price
 * @param spotDiscount the Spot discount off On-Demand, in [0, 1) (AWS advertises "up to 90%");
 *                     0 with a price series
 * @param spotPrices   a CSV file of the Spot price over time (relative to the scenario's folder),
 *                     or null to price Spot at the discount
 */
public record PricingSpec(String capacity, double perNodeHour, double spotDiscount, String spotPrices) {
    /** On-Demand at the catalog price. */
    public static final PricingSpec CATALOG = new PricingSpec("ondemand", 0, 0);

    // Without a figure of the user's, a Spot discount of 70%: typical of what the Spot Instance
    // Advisor shows for compute-optimized instances (assumption; set spotDiscount to your own).
    private static final double DEFAULT_SPOT_DISCOUNT = 0.7;

    /** Validates the pricing. */
    public PricingSpec {
        InvalidFieldException.require("ondemand".equals(capacity) || "spot".equals(capacity), "capacity",
                "unknown capacity '" + capacity + "' (allowed: ondemand, spot)");
        InvalidFieldException.require(perNodeHour >= 0, "perNodeHour", "must be 0 (the catalog price) or positive dollars");
        InvalidFieldException.require(spotDiscount >= 0 && spotDiscount < 1, "spotDiscount",
                "must be in [0, 1), got " + spotDiscount);
        InvalidFieldException.require(spotPrices == null || "spot".equals(capacity), "spotPrices",
                "needs capacity: spot (the series prices the Spot nodes)");
        InvalidFieldException.require(spotPrices == null || (!spotPrices.isBlank() && spotDiscount == 0),
                "spotPrices", "must name a CSV file, and not come with a spotDiscount");
    }

    /** Pricing at a Spot discount (or On-Demand), without a price series. */
    public PricingSpec(String capacity, double perNodeHour, double spotDiscount) {
        this(capacity, perNodeHour, spotDiscount, null);
    }

    /** Spot at the catalog price less the default discount. */
    public static PricingSpec spotAtDefaultDiscount() {
        return new PricingSpec("spot", 0, DEFAULT_SPOT_DISCOUNT);
    }

    /** The price per node-hour for nodes of {@code instanceType} (null: only perNodeHour applies). */
    public Pricing resolve(String instanceType) {
        double onDemand = perNodeHour > 0 ? perNodeHour
                : InstanceCatalog.find(instanceType).map(InstanceType::onDemandPerHour).orElse(0.0);
        return "spot".equals(capacity) ? Pricing.spot(onDemand, spotDiscount) : Pricing.onDemand(onDemand);
    }

    /**
     * The price per node-hour of a fleet of {@code instanceType} nodes a share {@code spotShare} of
     * which is Spot (at this pricing's discount) and the rest On-Demand.
     */
    public Pricing resolveMixed(String instanceType, double spotShare) {
        double onDemand = perNodeHour > 0 ? perNodeHour
                : InstanceCatalog.find(instanceType).map(InstanceType::onDemandPerHour).orElse(0.0);
        return Pricing.mixed(onDemand, spotDiscount, spotShare);
    }

    /**
     * The prices of a fleet of {@code instanceType} nodes a share {@code spotShare} of which is Spot
     * (1 for a Spot cluster, 0 On-Demand), the Spot nodes at {@code series} (the file
     * {@link #spotPrices} names, read by the caller) or, when null, at the discount.
     */
    public Pricing resolve(String instanceType, double spotShare, PriceSeries series) {
        if (!"spot".equals(capacity)) {
            return resolve(instanceType);
        }
        if (series == null) {
            return resolveMixed(instanceType, spotShare);
        }
        double onDemand = perNodeHour > 0 ? perNodeHour
                : InstanceCatalog.find(instanceType).map(InstanceType::onDemandPerHour).orElse(0.0);
        return Pricing.spotSeries(onDemand, series, spotShare);
    }

    @JsonCreator
    static PricingSpec fromFile(@JsonProperty("capacity") String capacity,
                                @JsonProperty("perNodeHour") Double perNodeHour,
                                @JsonProperty("spotDiscount") Double spotDiscount,
                                @JsonProperty("spotPrices") String spotPrices) {
        String c = capacity == null ? "ondemand" : capacity.toLowerCase(Locale.ROOT).replace("-", "");
        InvalidFieldException.require(spotPrices == null || spotDiscount == null, "spotPrices",
                "give spotDiscount or spotPrices (a price series), not both");
        return new PricingSpec(c, perNodeHour == null ? 0 : perNodeHour, spotDiscount == null
                ? ("spot".equals(c) && spotPrices == null ? DEFAULT_SPOT_DISCOUNT : 0) : spotDiscount, spotPrices);
    }
}
