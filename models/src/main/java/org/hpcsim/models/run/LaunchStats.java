package org.hpcsim.models.run;

import org.hpcsim.models.cloud.BootStats;

/**
 * What happened to launches of dynamic nodes in one run with a launch model (insufficient
 * capacity, a cap on nodes booting at once, boot times drawn).
 *
 * @param insufficientCapacity launch requests that failed for lack of capacity (each put the
 *                             compute resource down)
 * @param sentBack             job starts undone because their launch failed or the compute resource
 *                             was down; the jobs went back to the queue (a job sent back twice counts twice)
 * @param delayedBoots         node boots that waited for a launch slot under the cap (or, under
 *                             Slurm, for ResumeRate)
 * @param bootWaitSeconds      seconds those boots waited, added up
 * @param boots                the boot times drawn, or null when boot times are fixed
 */
public record LaunchStats(long insufficientCapacity, long sentBack, long delayedBoots, double bootWaitSeconds,
                          BootStats boots) {
    /** Launch statistics with a fixed boot time. */
    public LaunchStats(long insufficientCapacity, long sentBack, long delayedBoots, double bootWaitSeconds) {
        this(insufficientCapacity, sentBack, delayedBoots, bootWaitSeconds, null);
    }
}
