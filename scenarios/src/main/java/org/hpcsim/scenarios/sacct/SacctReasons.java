package org.hpcsim.scenarios.sacct;

import java.util.List;

/**
 * The drop reasons and adjustments an sacct import reports, as they appear in its
 * {@link org.hpcsim.scenarios.trace.ReadReport}.
 */
final class SacctReasons {
    static final String NEVER_STARTED = "never started";
    static final String STILL_RUNNING = "still running";
    static final String REQUEUED = "requeued attempt";
    static final String NO_PROCESSORS = "no processor count";
    static final String NO_SUBMIT_TIME = "no submit time";
    static final String NO_RUN_TIME = "no run time";
    static final String END_BEFORE_START = "end before start";
    static final String STEP_WITHOUT_JOB = "step without its job";

    /** In report order, so a report lists every reason even when its count is 0. */
    static final List<String> DROPS = List.of(NEVER_STARTED, STILL_RUNNING, REQUEUED, NO_PROCESSORS,
            NO_SUBMIT_TIME, NO_RUN_TIME, END_BEFORE_START, STEP_WITHOUT_JOB);

    static final String STEPS_FOLDED = "steps folded";
    static final String HET_FOLDED = "heterogeneous components folded";
    static final String ARRAY_ID_SHARED = "array task without JobIDRaw, id shared";
    static final String LIMIT_UNKNOWN = "time limit unknown, used run time";
    static final String STATE_UNKNOWN = "state not recognised, status unknown";
    static final String WAIT_UNKNOWN = "start before submit, wait unknown";

    private SacctReasons() {}
}
