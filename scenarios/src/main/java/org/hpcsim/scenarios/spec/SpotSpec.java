package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.cloud.SpotInterruptions;

/**
 * The Spot nodes of a cluster and how they are interrupted ({@code cluster.spot}).
 *
 * @param share              the fraction of the static nodes bought as Spot (rounded to whole
 *                           nodes); the rest are On-Demand. With dynamic nodes it must be 1: every
 *                           node is Spot
 * @param monthlyFraction    the share of Spot nodes interrupted within a month (from a Spot
 *                           Instance Advisor band or given), which sets each node's rate
 * @param band               the band it came from, or null when given as a rate
 * @param requeue            whether a failed job goes back to the queue
 * @param replacementTime    seconds from an interruption until the replacement node runs jobs
 * @param checkpointInterval seconds of work between checkpoints, 0 for none
 * @param checkpointOverhead seconds one checkpoint takes
 */
public record SpotSpec(double share, double monthlyFraction, String band, boolean requeue, double replacementTime,
                       double checkpointInterval, double checkpointOverhead) {
    /** Validates the settings. */
    public SpotSpec {
        InvalidFieldException.require(share >= 0 && share <= 1, "share", "must be in [0, 1], got " + share);
        InvalidFieldException.require(monthlyFraction >= 0 && monthlyFraction < 1, "interruptionRate",
                "must be a monthly fraction in [0, 1), got " + monthlyFraction);
        InvalidFieldException.require(replacementTime >= 0 && Double.isFinite(replacementTime), "replacementTime",
                "must be 0 or more seconds, got " + replacementTime);
        InvalidFieldException.require(checkpointInterval >= 0 && Double.isFinite(checkpointInterval),
                "checkpoint.interval", "must be 0 or more seconds, got " + checkpointInterval);
        InvalidFieldException.require(checkpointOverhead >= 0 && Double.isFinite(checkpointOverhead)
                        && (checkpointInterval > 0 || checkpointOverhead == 0), "checkpoint.overhead",
                "must be 0 or more seconds, and needs an interval");
    }

    /** The interruption model for a fleet of {@code staticNodes} nodes. */
    public SpotInterruptions interruptions(int staticNodes) {
        return new SpotInterruptions(spotNodes(staticNodes), SpotInterruptions.rateForMonthlyFraction(monthlyFraction),
                requeue, SimTime.ofSeconds(replacementTime));
    }

    /** How jobs checkpoint, or {@link Checkpointing#NONE}. */
    public Checkpointing checkpointing() {
        return checkpointing(checkpointInterval, checkpointOverhead);
    }

    static Checkpointing checkpointing(double intervalSeconds, double overheadSeconds) {
        return intervalSeconds == 0 ? Checkpointing.NONE
                : new Checkpointing(SimTime.ofSeconds(intervalSeconds), SimTime.ofSeconds(overheadSeconds));
    }

    /** Spot nodes among {@code staticNodes}: the share, rounded half up. */
    public int spotNodes(int staticNodes) {
        return (int) Math.floor(share * staticNodes + 0.5);
    }

    /** Checkpoint settings as the scenario file writes them. */
    record Checkpoint(double interval, double overhead) {
        @JsonCreator
        static Checkpoint fromFile(@JsonProperty("interval") Double interval, @JsonProperty("overhead") Double overhead) {
            InvalidFieldException.require(interval != null && interval > 0, "interval",
                    "is required: positive seconds of work between checkpoints");
            return new Checkpoint(interval, overhead == null ? 0 : overhead);
        }
    }

    @JsonCreator
    static SpotSpec fromFile(@JsonProperty("share") Double share,
                             @JsonProperty("interruptionFrequency") String frequency,
                             @JsonProperty("interruptionRate") Double rate,
                             @JsonProperty("requeue") Boolean requeue,
                             @JsonProperty("replacementTime") Double replacementTime,
                             @JsonProperty("checkpoint") Checkpoint checkpoint) {
        InvalidFieldException.require(frequency == null || rate == null, "interruptionRate",
                "give interruptionFrequency (a band) or interruptionRate, not both");
        double fraction;
        if (frequency != null) {
            fraction = SpotInterruptions.bandFraction(frequency);
            InvalidFieldException.require(fraction >= 0, "interruptionFrequency",
                    "unknown band '" + frequency + "' (allowed: " + SpotInterruptions.BANDS + ")");
        } else {
            // Without a figure of the user's: the Spot Instance Advisor's lowest band, <5% a month.
            fraction = rate != null ? rate : SpotInterruptions.bandFraction("<5%");
        }
        return new SpotSpec(share == null ? 1 : share, fraction, frequency, requeue == null || requeue,
                replacementTime == null ? ClusterSpec.DEFAULT_BOOT_TIME : replacementTime,
                checkpoint == null ? 0 : checkpoint.interval(), checkpoint == null ? 0 : checkpoint.overhead());
    }
}
