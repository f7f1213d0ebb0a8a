package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a run writes.
 *
 * @param dir     the output folder (relative paths are taken from the working directory), or
 *                null for {@code out/NAME} after the scenario's name
 * @param jobsCsv whether to write one row per job to jobs.csv
 * @param timeseriesStep step of timeseries.csv and metrics.om in seconds; 0 writes neither
 */
public record OutputSpec(String dir, boolean jobsCsv, double timeseriesStep) {
    /** Ten minutes: fine enough for a day's detail, coarse enough for a year in a few MB. */
    public static final double DEFAULT_STEP = 600;

    /** Validates the outputs. */
    public OutputSpec {
        InvalidFieldException.require(dir == null || !dir.isBlank(), "dir", "must name a folder");
        InvalidFieldException.require(timeseriesStep >= 0, "timeseriesStep", "must be 0 (none) or positive seconds");
    }

    /** Outputs with the default time-series step. */
    public OutputSpec(String dir, boolean jobsCsv) {
        this(dir, jobsCsv, DEFAULT_STEP);
    }

    /** The default outputs: folder {@code out/NAME}, with jobs.csv. */
    public static OutputSpec defaults() {
        return new OutputSpec(null, true);
    }

    @JsonCreator
    static OutputSpec fromFile(@JsonProperty("dir") String dir, @JsonProperty("jobsCsv") Boolean jobsCsv,
                               @JsonProperty("timeseriesStep") Double timeseriesStep) {
        return new OutputSpec(dir, jobsCsv == null || jobsCsv, timeseriesStep == null ? DEFAULT_STEP : timeseriesStep);
    }
}
