package org.hpcsim.models.cloud;

import java.util.Locale;
import org.hpcsim.core.SimTime;

/**
 * How the Spot part of a static fleet is reclaimed: each Spot node is interrupted as a Poisson
 * process of its own; the job or jobs on it fail (NODE_FAIL) and go back to the queue unless
 * requeueing is off; the node is away until its replacement runs jobs.
 *
 * @param spotNodes       how many of the static nodes are Spot (the rest are On-Demand)
 * @param ratePerSecond   interruptions per Spot node per second
 * @param requeue         whether a failed job goes back to the queue (ParallelCluster: unless
 *                        submitted with --no-requeue)
 * @param replacementTime nanoseconds from an interruption until the replacement node runs jobs
 */
public record SpotInterruptions(int spotNodes, double ratePerSecond, boolean requeue, long replacementTime) {
    /** The month of the Spot Instance Advisor's bands: 30 days. */
    public static final double MONTH_SECONDS = 30 * 86_400.0;

    /** Validates the figures. */
    public SpotInterruptions {
        if (spotNodes < 0 || !(ratePerSecond >= 0) || Double.isInfinite(ratePerSecond) || replacementTime < 0) {
            throw new IllegalArgumentException("bad Spot interruption settings");
        }
    }

    /**
     * The rate per node per second at which a share {@code fractionPerMonth} of nodes is interrupted
     * within a month: P(interrupted within a month) = 1 - exp(-rate x month).
     */
    public static double rateForMonthlyFraction(double fractionPerMonth) {
        if (!(fractionPerMonth >= 0 && fractionPerMonth < 1)) {
            throw new IllegalArgumentException("a monthly interruption fraction is in [0, 1), got " + fractionPerMonth);
        }
        return -Math.log1p(-fractionPerMonth) / MONTH_SECONDS;
    }

    /**
     * The monthly fraction a Spot Instance Advisor band stands for: the middle of the band, and
     * 25% for the open band above 20% (an assumption: the advisor gives no upper end). The bands
     * are those of shared/REFERENCE.md (AWS Spot Instance Advisor): {@code <5%}, {@code 5-10%},
     * {@code 10-15%}, {@code 15-20%}, {@code >20%}. -1 for an unknown band.
     */
    public static double bandFraction(String band) {
        switch (band.replace(" ", "").toLowerCase(Locale.ROOT)) {
            case "<5%":
                return 0.025;
            case "5-10%":
                return 0.075;
            case "10-15%":
                return 0.125;
            case "15-20%":
                return 0.175;
            case ">20%":
                return 0.25;
            default:
                return -1;
        }
    }

    /** The allowed band names, for error messages. */
    public static final String BANDS = "<5%, 5-10%, 10-15%, 15-20%, >20%";

    /** The process of these interruptions over the last {@code spotNodes} of {@code staticNodes} nodes. */
    public FailureProcess process(int staticNodes) {
        return new FailureProcess(FailureProcess.SPOT, staticNodes - spotNodes, spotNodes, ratePerSecond,
                replacementTime, false, requeue, "spot.interruptions");
    }

    /** The expected interruptions of one node in a month, for reports. */
    public double perNodeMonth() {
        return ratePerSecond * MONTH_SECONDS;
    }

    /** Seconds to replace a node. */
    public double replacementSeconds() {
        return SimTime.toSeconds(replacementTime);
    }
}
