package org.hpcsim.models.cloud;

import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Boot times drawn per node launch from a distribution of seconds, instead of one fixed boot time:
 * EC2 instances do not all take the same time from launch request to running jobs.
 *
 * @param name    how the distribution is written for the user, e.g. {@code uniform(240, 600)}
 * @param sampler the distribution of seconds (strictly positive) drawing from a given generator
 */
public record BootDistribution(String name, Function<RandomGenerator, RealDistribution> sampler) {
    /** The named random stream every boot time of a run is drawn from. */
    public static final String STREAM = "autoscaling.boot";

    /** Checks that both parts are given. */
    public BootDistribution {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sampler, "sampler");
    }
}
