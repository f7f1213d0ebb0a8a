package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A runtime distribution in seconds, chosen in a scenario by {@code distribution:}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "distribution")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RuntimeSpec.LogNormal.class, name = "lognormal"),
    @JsonSubTypes.Type(value = RuntimeSpec.Exponential.class, name = "exponential"),
    @JsonSubTypes.Type(value = RuntimeSpec.Weibull.class, name = "weibull"),
    @JsonSubTypes.Type(value = RuntimeSpec.Gamma.class, name = "gamma"),
    @JsonSubTypes.Type(value = RuntimeSpec.Uniform.class, name = "uniform")})
public sealed interface RuntimeSpec {
    /** The distributions, comma-separated, for error messages. */
    String DISTRIBUTIONS = "lognormal, exponential, weibull, gamma, uniform";

    /** The distribution's name as scenarios spell it. */
    String name();

    /**
     * Log-normal with the given median and sigma (of the logarithm).
     *
     * @param median median in seconds
     * @param sigma  standard deviation of ln(runtime)
     */
    record LogNormal(double median, double sigma) implements RuntimeSpec {
        /** Validates the parameters. */
        public LogNormal {
            InvalidFieldException.require(median > 0, "median", "must be positive seconds, got " + median);
            InvalidFieldException.require(sigma >= 0, "sigma", "must not be negative, got " + sigma);
        }

        @JsonCreator
        static LogNormal fromFile(@JsonProperty("median") Double median, @JsonProperty("sigma") Double sigma) {
            return new LogNormal(median == null ? 900 : median, sigma == null ? 1.5 : sigma);
        }

        @Override
        public String name() {
            return "lognormal";
        }
    }

    /**
     * Exponential with the given mean.
     *
     * @param mean mean in seconds
     */
    record Exponential(double mean) implements RuntimeSpec {
        /** Validates the parameter. */
        public Exponential {
            InvalidFieldException.require(mean > 0, "mean", "must be positive seconds, got " + mean);
        }

        @JsonCreator
        static Exponential fromFile(@JsonProperty("mean") Double mean) {
            InvalidFieldException.require(mean != null, "mean", "is required (seconds)");
            return new Exponential(mean);
        }

        @Override
        public String name() {
            return "exponential";
        }
    }

    /**
     * Weibull with the given shape and scale; a shape below 1 gives the long tail of real runtimes.
     *
     * @param shape shape k
     * @param scale scale lambda in seconds
     */
    record Weibull(double shape, double scale) implements RuntimeSpec {
        /** Validates the parameters. */
        public Weibull {
            InvalidFieldException.require(shape > 0, "shape", "must be positive, got " + shape);
            InvalidFieldException.require(scale > 0, "scale", "must be positive seconds, got " + scale);
        }

        @JsonCreator
        static Weibull fromFile(@JsonProperty("shape") Double shape, @JsonProperty("scale") Double scale) {
            InvalidFieldException.require(shape != null, "shape", "is required");
            InvalidFieldException.require(scale != null, "scale", "is required (seconds)");
            return new Weibull(shape, scale);
        }

        @Override
        public String name() {
            return "weibull";
        }
    }

    /**
     * Gamma with the given shape and scale.
     *
     * @param shape shape k
     * @param scale scale theta in seconds
     */
    record Gamma(double shape, double scale) implements RuntimeSpec {
        /** Validates the parameters. */
        public Gamma {
            InvalidFieldException.require(shape > 0, "shape", "must be positive, got " + shape);
            InvalidFieldException.require(scale > 0, "scale", "must be positive seconds, got " + scale);
        }

        @JsonCreator
        static Gamma fromFile(@JsonProperty("shape") Double shape, @JsonProperty("scale") Double scale) {
            InvalidFieldException.require(shape != null, "shape", "is required");
            InvalidFieldException.require(scale != null, "scale", "is required (seconds)");
            return new Gamma(shape, scale);
        }

        @Override
        public String name() {
            return "gamma";
        }
    }

    /**
     * Uniform between two bounds.
     *
     * @param min lower bound in seconds
     * @param max upper bound in seconds
     */
    record Uniform(double min, double max) implements RuntimeSpec {
        /** Validates the bounds. */
        public Uniform {
            InvalidFieldException.require(min > 0, "min", "must be positive seconds, got " + min);
            InvalidFieldException.require(max > min, "max", "must be above min, got " + max);
        }

        @JsonCreator
        static Uniform fromFile(@JsonProperty("min") Double min, @JsonProperty("max") Double max) {
            InvalidFieldException.require(min != null && max != null, "min", "min and max are required (seconds)");
            return new Uniform(min, max);
        }

        @Override
        public String name() {
            return "uniform";
        }
    }
}
