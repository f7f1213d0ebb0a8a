package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A job-size distribution in processors, chosen by {@code distribution:}; without one the Poisson
 * model draws log-uniform sizes with its serial and power-of-two fractions.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "distribution")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SizeSpec.Uniform.class, name = "uniform"),
    @JsonSubTypes.Type(value = SizeSpec.Zipf.class, name = "zipf")})
public sealed interface SizeSpec {
    /** The distributions, comma-separated, for error messages. */
    String DISTRIBUTIONS = "uniform, zipf";

    /** The distribution's name as scenarios spell it. */
    String name();

    /**
     * Every size from min to max equally likely.
     *
     * @param min smallest job
     * @param max largest job
     */
    record Uniform(int min, int max) implements SizeSpec {
        /** Validates the bounds. */
        public Uniform {
            InvalidFieldException.require(min >= 1, "min", "must be at least 1 processor, got " + min);
            InvalidFieldException.require(max >= min, "max", "must be at least min, got " + max);
        }

        @JsonCreator
        static Uniform fromFile(@JsonProperty("min") Integer min, @JsonProperty("max") Integer max) {
            InvalidFieldException.require(max != null, "max", "is required (processors)");
            return new Uniform(min == null ? 1 : min, max);
        }

        @Override
        public String name() {
            return "uniform";
        }
    }

    /**
     * Zipf's law over 1..max: size k has weight 1 / k^exponent, so small jobs dominate and large
     * ones stay possible, as in most parallel workloads.
     *
     * @param max      largest job
     * @param exponent the law's exponent (1 is the classic Zipf)
     */
    record Zipf(int max, double exponent) implements SizeSpec {
        /** Validates the parameters. */
        public Zipf {
            InvalidFieldException.require(max >= 1, "max", "must be at least 1 processor, got " + max);
            InvalidFieldException.require(exponent > 0, "exponent", "must be positive, got " + exponent);
        }

        @JsonCreator
        static Zipf fromFile(@JsonProperty("max") Integer max, @JsonProperty("exponent") Double exponent) {
            InvalidFieldException.require(max != null, "max", "is required (processors)");
            return new Zipf(max, exponent == null ? 1 : exponent);
        }

        @Override
        public String name() {
            return "zipf";
        }
    }
}
