package org.hpcsim.reports.data;

/**
 * One finished job as a run's jobs.csv records it; times in seconds of simulation time.
 *
 * @param id         job id
 * @param submit     submit time
 * @param start      start time
 * @param end        end time
 * @param waitTime   start - submit
 * @param run        end - start
 * @param requested  requested time
 * @param processors processors asked for
 * @param gpus       GPUs used
 * @param units      allocation units held (nodes or cores)
 * @param cores      cores held
 * @param killed     whether it was stopped at its time limit
 * @param user       user
 * @param account    account
 * @param partition  partition
 */
public record JobRow(long id, double submit, double start, double end, double waitTime, double run, double requested,
                     int processors, int gpus, int units, long cores, boolean killed, String user, String account,
                     String partition) {

    /** Bounded slowdown with the usual 10 s floor: max(1, (wait + run) / max(run, 10)). */
    public double boundedSlowdown() {
        return Math.max(1.0, (waitTime + run) / Math.max(run, 10.0));
    }
}
