package org.hpcsim.models.kube;

import org.hpcsim.core.SimTime;

/**
 * The timing of kube-scheduler's scheduling queue and of its scheduling cycles, with upstream's
 * defaults in {@link #DEFAULT} (pkg/scheduler/backend/queue/scheduling_queue.go and backoff_queue.go).
 *
 * @param initialBackoff      podInitialBackoffDuration: the backoff after a pod's first failed attempt
 * @param maxBackoff          podMaxBackoffDuration: the backoff doubles per attempt up to this
 * @param maxInUnschedulable  podMaxInUnschedulablePodsDuration: a parked pod is retried once it has
 *                            been parked longer than this, even when no event could have helped it
 * @param backoffFlushPeriod  how often flushBackoffQCompleted moves pods whose backoff is over to activeQ
 * @param leftoverFlushPeriod how often flushUnschedulablePodsLeftover looks for pods parked too long
 * @param popFromBackoffQ     the SchedulerPopFromBackoffQ feature (on by default since 1.33): an idle
 *                            scheduler takes the head of backoffQ before its backoff is over, and
 *                            backoff expiries are truncated to whole seconds (the ordering window)
 * @param cycleTime           simulated time one scheduling cycle takes (0: instantaneous); the
 *                            scheduler handles one pod at a time, so this caps pods per second
 */
public record SchedulerTiming(long initialBackoff, long maxBackoff, long maxInUnschedulable, long backoffFlushPeriod,
                              long leftoverFlushPeriod, boolean popFromBackoffQ, long cycleTime) {
    /** kube-scheduler's defaults: 1 s, 10 s, 5 min, flushes every 1 s and 30 s, pop from backoffQ, instant cycles. */
    public static final SchedulerTiming DEFAULT = new SchedulerTiming(SimTime.SECOND, 10 * SimTime.SECOND,
            5 * SimTime.MINUTE, SimTime.SECOND, 30 * SimTime.SECOND, true, 0);

    /** Validates the durations. */
    public SchedulerTiming {
        if (initialBackoff <= 0 || maxBackoff < initialBackoff || maxInUnschedulable <= 0 || backoffFlushPeriod <= 0
                || leftoverFlushPeriod <= 0 || cycleTime < 0) {
            throw new IllegalArgumentException("scheduler timing needs positive backoffs (max >= initial), positive"
                    + " flush periods and a non-negative cycle time");
        }
    }

    /** These settings with scheduling cycles taking {@code time} each. */
    public SchedulerTiming withCycleTime(long time) {
        return new SchedulerTiming(initialBackoff, maxBackoff, maxInUnschedulable, backoffFlushPeriod,
                leftoverFlushPeriod, popFromBackoffQ, time);
    }

    /** These settings with the SchedulerPopFromBackoffQ feature on or off (off: the queue of 1.32 and before). */
    public SchedulerTiming withPopFromBackoffQ(boolean on) {
        return new SchedulerTiming(initialBackoff, maxBackoff, maxInUnschedulable, backoffFlushPeriod,
                leftoverFlushPeriod, on, cycleTime);
    }

    /**
     * The backoff after {@code attempts} scheduling attempts: none before the first, then the
     * initial backoff doubling per further attempt, capped at the maximum (calculateBackoffDuration).
     */
    public long backoff(int attempts) {
        if (attempts <= 0) {
            return 0;
        }
        long d = initialBackoff;
        for (int i = 1; i < attempts; i++) {
            if (d > maxBackoff - d) {
                return maxBackoff;
            }
            d += d;
        }
        return d;
    }
}
