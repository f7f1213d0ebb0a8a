package org.hpcsim.scenarios.transform;

import java.util.function.UnaryOperator;
import org.hpcsim.models.workload.Job;

/** Changes applied to every job, for {@link MappedJobSource}. */
public final class JobChanges {
    private JobChanges() {}

    /**
     * Replaces requested times by the runtime times {@code factor}: 1 gives exact estimates, the
     * best case for backfilling.
     */
    public static UnaryOperator<Job> estimates(double factor) {
        return j -> j.withTimes(j.submitTime(), j.runTime(), factor == 1 ? j.runTime() : Math.round(j.runTime() * factor));
    }

    /**
     * Multiplies the offered load by {@code factor} by dividing every job's time since the first
     * submission by it: a factor of 2 packs the same jobs into half the time, runtimes unchanged.
     */
    public static UnaryOperator<Job> loadScaling(double factor) {
        long[] origin = {-1};
        return j -> {
            if (origin[0] < 0) {
                origin[0] = j.submitTime();
            }
            long submit = origin[0] + Math.round((j.submitTime() - origin[0]) / factor);
            return j.withTimes(submit, j.runTime(), j.requestedTime());
        };
    }
}
