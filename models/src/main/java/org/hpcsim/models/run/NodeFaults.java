package org.hpcsim.models.run;

/**
 * The failing nodes of a {@link ClusterRun}, a static fleet ({@link FailingNodes}) or an
 * autoscaling cluster's Spot nodes ({@link SpotPool}): where each job is, so that a node's
 * failure fails the jobs on it.
 */
interface NodeFaults {
    /** The clock of the failures: when which node fails. */
    FailureClock clock();

    /** Starts the failures, from now. */
    default void start() {
        clock().start();
    }

    /** The workload is over: no more failures, and nothing need come back. */
    default void stop() {
        clock().stop();
    }

    /**
     * The job of {@code slot} holds {@code units} units from now, {@code dynamic} of them dynamic
     * nodes, and begins its work at {@code begin} (later than now while its nodes boot).
     */
    void placed(int slot, int units, int dynamic, long begin);

    /** The job of {@code slot} ended; the run frees its units and nodes. */
    void released(int slot);

    /** The job of {@code slot}, of {@code units} units, failed at {@code now}: this frees its units. */
    void failed(int slot, int units, long now);

    /** Failures so far of the processes of {@code kind}. */
    default long failures(String kind) {
        return clock().failures(kind);
    }

    /** Failures of nodes that ran no job. */
    default long idleHits() {
        return clock().idleHits();
    }
}
