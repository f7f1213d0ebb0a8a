package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.hpcsim.models.cloud.InstanceCatalog;
import org.hpcsim.models.cloud.InstanceType;
import org.hpcsim.models.cloud.Pricing;

/**
 * How the cluster's nodes are paid for.
 *
 * @param capacity     "ondemand" or "spot"
 * @param perNodeHour  On-Demand price per node-hour in US dollars, or 0 to take the instance
 *                     type's catalog price
 * @param spotDiscount the Spot discount off On-Demand, in [0, 1) (AWS advertises "up to 90%")
 */
public record PricingSpec(String capacity, double perNodeHour, double spotDiscount) {
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

    @JsonCreator
    static PricingSpec fromFile(@JsonProperty("capacity") String capacity,
                                @JsonProperty("perNodeHour") Double perNodeHour,
                                @JsonProperty("spotDiscount") Double spotDiscount) {
        String c = capacity == null ? "ondemand" : capacity.toLowerCase(Locale.ROOT).replace("-", "");
        return new PricingSpec(c, perNodeHour == null ? 0 : perNodeHour,
                spotDiscount == null ? ("spot".equals(c) ? DEFAULT_SPOT_DISCOUNT : 0) : spotDiscount);
    }
}
