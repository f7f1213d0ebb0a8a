package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.cloud.FailureProcess;

/**
 * Hardware failures of the static nodes ({@code cluster.failures}): each node fails after an
 * exponential time with mean MTBF and is repaired after an exponential time with mean MTTR; the
 * jobs on it fail and, unless requeueing is off, go back to the queue (Slurm requeues a batch job
 * whose node fails when JobRequeue=1, its default).
 *
 * @param mtbfHours          mean time between failures of one node, hours
 * @param mttrHours          mean time to repair, hours
 * @param requeue            whether a failed job goes back to the queue
 * @param checkpointInterval seconds of work between checkpoints, 0 for none
 * @param checkpointOverhead seconds one checkpoint takes
 */
public record FailuresSpec(double mtbfHours, double mttrHours, boolean requeue, double checkpointInterval,
                           double checkpointOverhead) {
    /** Validates the settings. */
    public FailuresSpec {
        InvalidFieldException.require(mtbfHours > 0 && Double.isFinite(mtbfHours), "mtbf",
                "is required: the mean hours between failures of one node, positive");
        InvalidFieldException.require(mttrHours >= 0 && Double.isFinite(mttrHours), "mttr",
                "is required: the mean hours to repair a node, 0 or more");
        InvalidFieldException.require(checkpointInterval >= 0 && checkpointOverhead >= 0
                && (checkpointInterval > 0 || checkpointOverhead == 0), "checkpoint", "needs a positive interval");
    }

    /**
     * The failure process over all {@code fleet} nodes (under policy slurm a dynamic node fails
     * only while its instance runs).
     */
    public FailureProcess process(int fleet) {
        return new FailureProcess(FailureProcess.HARDWARE, 0, fleet, 1 / (mtbfHours * 3600),
                SimTime.ofSeconds(mttrHours * 3600), true, requeue, "node.failures");
    }

    /** How jobs checkpoint, or {@link Checkpointing#NONE}. */
    public Checkpointing checkpointing() {
        return SpotSpec.checkpointing(checkpointInterval, checkpointOverhead);
    }

    @JsonCreator
    static FailuresSpec fromFile(@JsonProperty("mtbf") Double mtbf, @JsonProperty("mttr") Double mttr,
                                 @JsonProperty("requeue") Boolean requeue,
                                 @JsonProperty("checkpoint") SpotSpec.Checkpoint checkpoint) {
        InvalidFieldException.require(mtbf != null, "mtbf", "is required: the mean hours between failures of one node");
        InvalidFieldException.require(mttr != null, "mttr", "is required: the mean hours to repair a node");
        return new FailuresSpec(mtbf, mttr, requeue == null || requeue, checkpoint == null ? 0 : checkpoint.interval(),
                checkpoint == null ? 0 : checkpoint.overhead());
    }
}
