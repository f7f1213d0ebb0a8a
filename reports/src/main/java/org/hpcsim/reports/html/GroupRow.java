package org.hpcsim.reports.html;

import java.util.List;
import org.hpcsim.reports.data.JobRow;

/**
 * One line of a per-partition or per-user table: the jobs of one group (or of several, for the
 * "others" and total lines).
 *
 * @param name                the group's name as jobs.csv gives it ("" where it gives none)
 * @param jobs                jobs
 * @param coreHours           cores held x run time, in hours
 * @param meanWait            mean wait in seconds (NaN without jobs)
 * @param p95Wait             95th percentile of wait in seconds (NaN without jobs)
 * @param meanBoundedSlowdown mean bounded slowdown (NaN without jobs)
 * @param share               coreHours as a fraction of all jobs' core-hours (0 when those are 0)
 */
record GroupRow(String name, long jobs, double coreHours, double meanWait, double p95Wait,
                double meanBoundedSlowdown, double share) {

    /** The line of {@code jobs} under {@code name}, its share taken of {@code totalCoreHours}. */
    static GroupRow of(String name, List<JobRow> jobs, double totalCoreHours) {
        double coreHours = 0;
        double waitSum = 0;
        double slowdownSum = 0;
        double[] waits = new double[jobs.size()];
        for (int i = 0; i < waits.length; i++) {
            JobRow j = jobs.get(i);
            coreHours += coreHours(j);
            waitSum += j.waitTime();
            slowdownSum += j.boundedSlowdown();
            waits[i] = j.waitTime();
        }
        int n = waits.length;
        return new GroupRow(name, n, coreHours, n == 0 ? Double.NaN : waitSum / n, Percentile.of(waits, 95),
                n == 0 ? Double.NaN : slowdownSum / n, totalCoreHours > 0 ? coreHours / totalCoreHours : 0);
    }

    /** Core-hours one job held: its cores for its run time. */
    static double coreHours(JobRow job) {
        return job.cores() * job.run() / 3600.0;
    }
}
