package org.hpcsim.models.run;

/**
 * Headline metrics of one run, in seconds where they are times. Conventions (Feitelson's, as the
 * Parallel Workloads Archive uses them): wait = start - submit; bounded slowdown = max(1, (wait +
 * run) / max(run, 10 s)); makespan = last end - first submit; utilization = core-seconds held by
 * jobs / (cluster cores x makespan).
 *
 * @param jobs                 jobs that ran to their end
 * @param killedAtLimit        of those, jobs stopped at their requested time
 * @param firstSubmit          earliest submit time
 * @param lastEnd              latest end time
 * @param makespan             last end - first submit
 * @param utilization          fraction of the cluster's core-seconds held by jobs over the makespan
 * @param meanWait             mean wait
 * @param medianWait           median wait
 * @param p95Wait              95th percentile of wait
 * @param maxWait              longest wait
 * @param meanBoundedSlowdown  mean bounded slowdown (10 s floor)
 * @param throughputPerHour    jobs completed per hour of makespan
 * @param meanQueueLength      time-average number of waiting jobs over the makespan
 * @param maxQueueLength       most jobs waiting at once
 * @param coreHours            core-hours held by jobs
 */
public record RunMetrics(long jobs, long killedAtLimit, double firstSubmit, double lastEnd, double makespan,
                         double utilization, double meanWait, double medianWait, double p95Wait, double maxWait,
                         double meanBoundedSlowdown, double throughputPerHour, double meanQueueLength,
                         int maxQueueLength, double coreHours) {}
