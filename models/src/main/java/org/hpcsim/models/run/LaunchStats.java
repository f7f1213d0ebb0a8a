package org.hpcsim.models.run;

/**
 * What happened to launches of dynamic nodes in one run with a launch model (insufficient
 * capacity, a cap on nodes booting at once).
 *
 * @param insufficientCapacity launch requests that failed for lack of capacity (each put the
 *                             compute resource down)
 * @param sentBack             job starts undone because their launch failed or the compute resource
 *                             was down; the jobs went back to the queue (a job sent back twice counts twice)
 * @param delayedBoots         node boots that waited for a launch slot under the cap
 * @param bootWaitSeconds      seconds those boots waited, added up
 */
public record LaunchStats(long insufficientCapacity, long sentBack, long delayedBoots, double bootWaitSeconds) {
}
