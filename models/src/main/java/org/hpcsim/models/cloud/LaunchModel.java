package org.hpcsim.models.cloud;

/**
 * How launches of dynamic nodes behave beyond a fixed boot time: whether a launch request can fail
 * for lack of EC2 capacity, how long the compute resource then stays down, how many nodes may boot
 * at once, and whether each node's boot time is drawn.
 *
 * @param insufficientProbability probability that one launch request fails with an insufficient-capacity
 *                                error, in [0, 1); 0 for never
 * @param downTime                nanoseconds the compute resource stays down after such an error
 * @param maxLaunches             nodes booting at once, 0 for no limit
 * @param bootTimes               the distribution each node's boot time is drawn from, or null for
 *                                every node taking the cluster's fixed boot time
 */
public record LaunchModel(double insufficientProbability, long downTime, int maxLaunches, BootDistribution bootTimes) {
    /** Every launch succeeds and any number of nodes boot at once: autoscaling as it was before this model. */
    public static final LaunchModel UNLIMITED = new LaunchModel(0, 0, 0);

    /** The named random stream insufficient-capacity errors are drawn from. */
    public static final String STREAM = "autoscaling.capacity";

    /** Validates the figures. */
    public LaunchModel {
        // 1 would fail every launch for ever: a job needing a boot would never run.
        if (!(insufficientProbability >= 0 && insufficientProbability < 1) || downTime < 0 || maxLaunches < 0) {
            throw new IllegalArgumentException("bad launch model: probability " + insufficientProbability
                    + " (allowed [0, 1)), down time " + downTime + " ns, max launches " + maxLaunches);
        }
    }

    /** Launches with the cluster's fixed boot time. */
    public LaunchModel(double insufficientProbability, long downTime, int maxLaunches) {
        this(insufficientProbability, downTime, maxLaunches, null);
    }

    /** Whether this model changes anything: errors can happen, boots are capped or boot times are drawn. */
    public boolean any() {
        return insufficientProbability > 0 || maxLaunches > 0 || bootTimes != null;
    }

    /** This model with boot times drawn from {@code bootTimes} (null: the fixed boot time). */
    public LaunchModel withBootTimes(BootDistribution bootTimes) {
        return new LaunchModel(insufficientProbability, downTime, maxLaunches, bootTimes);
    }
}
