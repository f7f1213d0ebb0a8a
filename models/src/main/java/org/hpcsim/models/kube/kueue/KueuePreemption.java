package org.hpcsim.models.kube.kueue;

/**
 * A ClusterQueue's preemption and flavor fungibility settings (upstream's ClusterQueuePreemption
 * and FlavorFungibility, apis/kueue/v1beta1/clusterqueue_types.go). Defaults as upstream:
 * withinClusterQueue Never, reclaimWithinCohort Never, whenCanBorrow Borrow, whenCanPreempt TryNextFlavor.
 *
 * @param withinClusterQueue  which admitted workloads of the same ClusterQueue a pending one may evict
 * @param reclaimWithinCohort which workloads of borrowing ClusterQueues in the cohort it may evict
 *                            to get its nominal quota back
 * @param tryNextWhenBorrow   whenCanBorrow TryNextFlavor: look at later flavors before borrowing in this one
 * @param tryNextWhenPreempt  whenCanPreempt TryNextFlavor: look at later flavors before preempting in this one
 */
public record KueuePreemption(Policy withinClusterQueue, Policy reclaimWithinCohort, boolean tryNextWhenBorrow,
                              boolean tryNextWhenPreempt) {
    /** Upstream's defaults: no preemption, borrow in the first flavor that can, try the next before preempting. */
    public static final KueuePreemption DEFAULT = new KueuePreemption(Policy.NEVER, Policy.NEVER, false, true);

    /** The preemption policies upstream allows. */
    public enum Policy {
        NEVER("Never"), LOWER_PRIORITY("LowerPriority"),
        /** withinClusterQueue only: lower priority, or equal priority and created later. */
        LOWER_OR_NEWER_EQUAL_PRIORITY("LowerOrNewerEqualPriority"),
        /** reclaimWithinCohort only: any priority. */
        ANY("Any");

        private final String word;

        Policy(String word) {
            this.word = word;
        }

        /** The word scenario files and upstream use. */
        public String word() {
            return word;
        }
    }

    /** Validates: each field takes only the values upstream's enum for it allows. */
    public KueuePreemption {
        withinClusterQueue = withinClusterQueue == null ? Policy.NEVER : withinClusterQueue;
        reclaimWithinCohort = reclaimWithinCohort == null ? Policy.NEVER : reclaimWithinCohort;
        if (withinClusterQueue == Policy.ANY) {
            throw new IllegalArgumentException("withinClusterQueue must be Never, LowerPriority or"
                    + " LowerOrNewerEqualPriority");
        }
        if (reclaimWithinCohort == Policy.LOWER_OR_NEWER_EQUAL_PRIORITY) {
            throw new IllegalArgumentException("reclaimWithinCohort must be Never, LowerPriority or Any");
        }
    }
}
