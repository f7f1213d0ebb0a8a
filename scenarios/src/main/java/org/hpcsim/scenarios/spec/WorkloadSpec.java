package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the jobs come from: a trace file or a synthetic generator, exactly one of them.
 *
 * @param trace     path of an SWF trace (.swf or .swf.gz); relative paths are resolved against the
 *                  scenario file's folder
 * @param synthetic a synthetic workload
 */
public record WorkloadSpec(String trace, SyntheticSpec synthetic) {
    /** Checks that exactly one source is given. */
    public WorkloadSpec {
        InvalidFieldException.require(trace != null || synthetic != null, "trace",
                "the workload needs either 'trace: FILE.swf' or 'synthetic: {...}'");
        InvalidFieldException.require(trace == null || synthetic == null, "synthetic",
                "give either 'trace' or 'synthetic', not both");
        InvalidFieldException.require(trace == null || !trace.isBlank(), "trace", "must name a file");
    }

    /** A trace workload. */
    public static WorkloadSpec ofTrace(String trace) {
        return new WorkloadSpec(trace, null);
    }

    @JsonCreator
    static WorkloadSpec fromFile(@JsonProperty("trace") String trace,
                                 @JsonProperty("synthetic") SyntheticSpec synthetic) {
        return new WorkloadSpec(trace, synthetic);
    }
}
