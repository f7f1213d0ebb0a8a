package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the jobs come from, a trace file or a synthetic model (exactly one), and what is done to
 * them before they run.
 *
 * @param trace        path of a trace: SWF (.swf, .swf.gz), a Slurm sacct --parsable2 export, a
 *                     PBS/Torque accounting log (file or folder) or an hpcsim jobs.csv; relative
 *                     paths are resolved against the scenario file's folder
 * @param format       the trace's format (swf, sacct, pbs, jobs-csv), or null to detect it
 * @param timezone     time zone of the dates in sacct exports (default UTC)
 * @param dependencies whether a job that names a preceding job (SWF fields 17 and 18) waits for
 *                     it to end plus its think time
 * @param synthetic    a synthetic workload model
 * @param transforms   filters, slicing, estimate models and load scaling
 */
public record WorkloadSpec(String trace, String format, String timezone, boolean dependencies, SyntheticSpec synthetic,
                           TransformSpec transforms) {
    /** The trace formats, comma-separated, for error messages. */
    public static final String FORMATS = "swf, sacct, pbs, jobs-csv";

    /** Checks that exactly one source is given. */
    public WorkloadSpec {
        InvalidFieldException.require(trace != null || synthetic != null, "trace",
                "the workload needs either 'trace: FILE' or 'synthetic: {model: ...}'");
        InvalidFieldException.require(trace == null || synthetic == null, "synthetic",
                "give either 'trace' or 'synthetic', not both");
        InvalidFieldException.require(trace == null || !trace.isBlank(), "trace", "must name a file");
        InvalidFieldException.require(format == null || java.util.List.of("swf", "sacct", "pbs", "jobs-csv").contains(format),
                "format", "unknown trace format '" + format + "' (allowed: " + FORMATS + ")");
        InvalidFieldException.require(format == null || trace != null, "format", "only applies to a trace");
        InvalidFieldException.require(timezone != null && !timezone.isBlank(), "timezone", "must name a time zone");
        try {
            java.time.ZoneId.of(timezone);
        } catch (java.time.DateTimeException e) {
            throw new InvalidFieldException("timezone", "unknown time zone '" + timezone + "' (e.g. UTC, Europe/Paris)");
        }
        InvalidFieldException.require(transforms != null, "transforms", "may be omitted but not null");
    }

    /** A trace workload, format detected, no transforms. */
    public static WorkloadSpec ofTrace(String trace) {
        return new WorkloadSpec(trace, null, "UTC", false, null, TransformSpec.NONE);
    }

    /** A synthetic workload, no transforms. */
    public static WorkloadSpec ofSynthetic(SyntheticSpec synthetic) {
        return new WorkloadSpec(null, null, "UTC", false, synthetic, TransformSpec.NONE);
    }

    /** This workload with other transforms. */
    public WorkloadSpec withTransforms(TransformSpec t) {
        return new WorkloadSpec(trace, format, timezone, dependencies, synthetic, t);
    }

    @JsonCreator
    static WorkloadSpec fromFile(@JsonProperty("trace") String trace,
                                 @JsonProperty("format") String format,
                                 @JsonProperty("timezone") String timezone,
                                 @JsonProperty("dependencies") Boolean dependencies,
                                 @JsonProperty("synthetic") SyntheticSpec synthetic,
                                 @JsonProperty("transforms") TransformSpec transforms) {
        return new WorkloadSpec(trace, format, timezone == null ? "UTC" : timezone,
                dependencies != null && dependencies, synthetic, transforms == null ? TransformSpec.NONE : transforms);
    }
}
