package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A maintenance reservation in a scenario (what {@code scontrol create reservation flags=maint}
 * makes): nodes that take no job whose time limit would reach into the window.
 *
 * @param name     the reservation's name
 * @param start    seconds after the simulation's start (the first submission is at 0 in a trace replay)
 * @param duration seconds it lasts
 * @param nodes    a Slurm hostlist of the nodes it drains ("n[1-16]"), or ALL
 */
public record MaintenanceSpec(String name, double start, double duration, String nodes) {
    /** Validates the reservation. */
    public MaintenanceSpec {
        InvalidFieldException.require(start >= 0, "start", "must be 0 or more seconds, got " + start);
        InvalidFieldException.require(duration > 0, "duration", "must be a positive number of seconds, got " + duration);
        InvalidFieldException.require(nodes != null && !nodes.isBlank(), "nodes", "must be a hostlist or ALL");
        name = name == null || name.isBlank() ? "maint" : name;
    }

    @JsonCreator
    static MaintenanceSpec fromFile(@JsonProperty("name") String name, @JsonProperty("start") Double start,
                                    @JsonProperty("duration") Double duration, @JsonProperty("nodes") String nodes) {
        InvalidFieldException.require(start != null, "start", "is required (seconds after the simulation's start)");
        InvalidFieldException.require(duration != null, "duration", "is required (seconds)");
        return new MaintenanceSpec(name, start, duration, nodes == null ? "ALL" : nodes);
    }
}
