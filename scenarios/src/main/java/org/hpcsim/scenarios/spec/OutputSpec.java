package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a run writes.
 *
 * @param dir     the output folder (relative paths are taken from the working directory), or
 *                null for {@code out/NAME} after the scenario's name
 * @param jobsCsv whether to write one row per job to jobs.csv
 */
public record OutputSpec(String dir, boolean jobsCsv) {
    /** Validates the outputs. */
    public OutputSpec {
        InvalidFieldException.require(dir == null || !dir.isBlank(), "dir", "must name a folder");
    }

    /** The default outputs: folder {@code out/NAME}, with jobs.csv. */
    public static OutputSpec defaults() {
        return new OutputSpec(null, true);
    }

    @JsonCreator
    static OutputSpec fromFile(@JsonProperty("dir") String dir, @JsonProperty("jobsCsv") Boolean jobsCsv) {
        return new OutputSpec(dir, jobsCsv == null || jobsCsv);
    }
}
