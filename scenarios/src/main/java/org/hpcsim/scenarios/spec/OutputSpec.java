package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a run writes.
 *
 * @param dir     the output folder (relative paths are taken from the working directory), or
 *                null for {@code out/NAME} after the scenario's name
 * @param jobsCsv whether to write one row per job to jobs.csv
 * @param timeseries     whether to write timeseries.csv and metrics.om
 * @param timeseriesStep their step in seconds; 0 chooses it: one minute, doubled as often as
 *                       needed to keep at most 10,000 steps
 */
public record OutputSpec(String dir, boolean jobsCsv, boolean timeseries, double timeseriesStep) {
    /** Validates the outputs. */
    public OutputSpec {
        InvalidFieldException.require(dir == null || !dir.isBlank(), "dir", "must name a folder");
        InvalidFieldException.require(timeseriesStep >= 0, "timeseriesStep",
                "must be 0 (chosen to fit 10,000 steps) or positive seconds");
    }

    /** Outputs with the time series at a chosen step. */
    public OutputSpec(String dir, boolean jobsCsv) {
        this(dir, jobsCsv, true, 0);
    }

    /** The default outputs: folder {@code out/NAME}, with jobs.csv. */
    public static OutputSpec defaults() {
        return new OutputSpec(null, true);
    }

    @JsonCreator
    static OutputSpec fromFile(@JsonProperty("dir") String dir, @JsonProperty("jobsCsv") Boolean jobsCsv,
                               @JsonProperty("timeseries") Boolean timeseries,
                               @JsonProperty("timeseriesStep") Double timeseriesStep) {
        return new OutputSpec(dir, jobsCsv == null || jobsCsv, timeseries == null || timeseries,
                timeseriesStep == null ? 0 : timeseriesStep);
    }
}
