package org.hpcsim.scenarios.synthetic;

import java.util.function.UnaryOperator;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;

/**
 * Gives jobs whose model has no requested times a user's estimate: the runtime times a factor
 * uniform in [1, max], rounded up to whole minutes as users ask (a factor of 1 keeps them exact).
 */
final class RandomEstimates implements UnaryOperator<Job> {
    private final double maxFactor;
    private final RandomStream factors;

    RandomEstimates(double maxFactor, RandomStream factors) {
        this.maxFactor = maxFactor;
        this.factors = factors;
    }

    @Override
    public Job apply(Job j) {
        double factor = 1 + (maxFactor - 1) * factors.nextDouble();
        long minutes = (long) Math.ceil(SimTime.toSeconds(j.runTime()) * factor / 60.0);
        return j.withTimes(j.submitTime(), j.runTime(), SimTime.seconds(Math.max(1, minutes) * 60));
    }
}
