package org.hpcsim.models.run;

import org.hpcsim.models.platform.PlatformStats;

/**
 * The engine's and the scheduler's counters for one run.
 *
 * @param events           events fired (arrivals, job ends)
 * @param schedulingPasses scheduling passes run: under the textbook policies one at most per instant
 *                         with arrivals or ends; under Slurm its main loop's passes, as its
 *                         controller's timing runs them (several in an instant after preemptions)
 * @param endTime          simulation time of the last event
 * @param preemption       what preemption did; {@link PreemptionStats#NONE} when nothing was preempted
 * @param interruptions    what Spot interruptions did, or null for a run without them
 * @param launches         what happened to launches of dynamic nodes, or null for a run without a
 *                         launch model (insufficient capacity, a cap on boots)
 * @param platform         what the hardware model did, or null for a run without one
 */
public record RunStats(long events, long schedulingPasses, long endTime, PreemptionStats preemption,
                       InterruptionStats interruptions, LaunchStats launches, PlatformStats platform) {
    /** Counters of a run without a hardware model. */
    public RunStats(long events, long schedulingPasses, long endTime, PreemptionStats preemption,
                    InterruptionStats interruptions, LaunchStats launches) {
        this(events, schedulingPasses, endTime, preemption, interruptions, launches, null);
    }

    /** Counters of a run without a launch model. */
    public RunStats(long events, long schedulingPasses, long endTime, PreemptionStats preemption,
                    InterruptionStats interruptions) {
        this(events, schedulingPasses, endTime, preemption, interruptions, null);
    }

    /** Counters of a run without Spot interruptions. */
    public RunStats(long events, long schedulingPasses, long endTime, PreemptionStats preemption) {
        this(events, schedulingPasses, endTime, preemption, null);
    }

    /** Counters of a run without preemption. */
    public RunStats(long events, long schedulingPasses, long endTime) {
        this(events, schedulingPasses, endTime, PreemptionStats.NONE);
    }
}
