package org.hpcsim.scenarios.trace;

import org.hpcsim.models.workload.JobSource;

/**
 * A job source read from a trace file: besides the jobs, what it dropped and why, and the machine
 * the trace describes. Jobs need not come in submit order; {@link ReorderingJobSource} sorts them.
 */
public interface TraceSource extends JobSource {
    /** Counts of what was read, dropped and adjusted so far. */
    ReadReport report();

    /** The machine the trace describes, or {@link TraceMachine#UNKNOWN}. */
    default TraceMachine machine() {
        return TraceMachine.UNKNOWN;
    }

    /**
     * Whether jobs submitted at the same instant should be replayed in job-id order rather than in
     * reading order: true for a file that lists jobs as they ended (a run's jobs.csv), where the
     * reading order of such ties says nothing about the order they were submitted in.
     */
    default boolean submitTiesInIdOrder() {
        return false;
    }

    /**
     * The Unix time, in seconds, that simulation time 0 stands for: an SWF header's
     * UnixStartTime; 0 (the epoch itself) where the trace does not say, which is also right for
     * formats whose times already are epoch seconds (sacct, PBS).
     */
    default long unixStartTime() {
        return 0;
    }
}
