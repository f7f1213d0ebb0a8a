package org.hpcsim.models.run;

/**
 * The state of a run averaged over one step of time (time-weighted, so a level held for half
 * the step counts half).
 *
 * @param time        start of the step, in seconds of simulation time
 * @param step        length of the step, in seconds (the last step may be shorter)
 * @param busyCores   cores held by jobs
 * @param busyGpus    GPUs used by jobs
 * @param busyNodes   nodes with at least one job (whole-node allocation: nodes held)
 * @param queuedJobs  jobs waiting
 * @param runningJobs jobs running
 * @param nodesUp     nodes powered up (booting, idle or busy); all nodes on a static cluster
 * @param costPerHour what the nodes up cost per hour in US dollars, when it follows a Spot price
 *                    series; NaN otherwise (no pricing, or a constant price: nodes up x price)
 */
public record TimeSeriesPoint(double time, double step, double busyCores, double busyGpus, double busyNodes,
                              double queuedJobs, double runningJobs, double nodesUp, double costPerHour) {
    /** A point with no cost rate recorded (NaN). */
    public TimeSeriesPoint(double time, double step, double busyCores, double busyGpus, double busyNodes,
                           double queuedJobs, double runningJobs, double nodesUp) {
        this(time, step, busyCores, busyGpus, busyNodes, queuedJobs, runningJobs, nodesUp, Double.NaN);
    }

    /** A point with no nodes-up level recorded (NaN), as in series written before autoscaling. */
    public TimeSeriesPoint(double time, double step, double busyCores, double busyGpus, double busyNodes,
                           double queuedJobs, double runningJobs) {
        this(time, step, busyCores, busyGpus, busyNodes, queuedJobs, runningJobs, Double.NaN);
    }
}
