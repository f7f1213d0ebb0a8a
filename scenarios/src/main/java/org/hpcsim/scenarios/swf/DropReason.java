package org.hpcsim.scenarios.swf;

/** Why a job of a trace cannot be replayed, in the order {@link SwfJobFilter} checks them. */
public enum DropReason {
    /** Neither allocated (field 5) nor requested processors (field 8) is positive. */
    NO_PROCESSOR_COUNT("no processor count"),
    /** Run time (field 4) is negative, as for most cancelled jobs. */
    UNKNOWN_RUN_TIME("unknown run time"),
    /** Submit time (field 2) is negative. */
    UNKNOWN_SUBMIT_TIME("unknown submit time"),
    /** The job needs more processors than the simulated machine has. */
    LARGER_THAN_MACHINE("larger than the machine"),
    /** Submitted before the previous accepted job, which an event-ordered replay cannot take. */
    SUBMIT_BEFORE_PREVIOUS("submit time before the previous job's");

    private final String description;

    DropReason(String description) {
        this.description = description;
    }

    /** The words used for this reason in summaries, for example {@code unknown run time}. */
    public String description() {
        return description;
    }
}
