package org.hpcsim.scenarios.swf;

/**
 * Decides which jobs of a trace a simulator can replay, turning each into a size, a run time and
 * a requested time, and counts the rest by {@link DropReason} in a {@link DropReport}.
 *
 * <p>The size is the allocated processors (field 5) when positive, since that is what the job
 * really ran on, else the requested processors (field 8). A missing or non-positive requested
 * time (Lublin's model writes -1) is replaced by the run time, so a scheduler that plans with
 * requested times still has one; that is counted, not dropped. Run time 0 is kept.
 *
 * <p>The filter is stateful: it remembers the previous accepted job's submit time and drops a job
 * submitted earlier, so use one filter per pass over a trace, in file order. Results of the last
 * accepted job are read through {@link #processors()}, {@link #runTime()} and friends, which
 * keeps the per-job path free of allocation.
 */
public final class SwfJobFilter {
    private final long machineProcessors;
    private final DropReport report = new DropReport();

    private double previousSubmit = Double.NEGATIVE_INFINITY;
    private DropReason lastDropReason;
    private double submitTime;
    private int processors;
    private double runTime;
    private double requestedTime;

    /** Creates a filter for a machine of this many processors. */
    public SwfJobFilter(long machineProcessors) {
        if (machineProcessors < 1) {
            throw new IllegalArgumentException("machine must have at least one processor: " + machineProcessors);
        }
        this.machineProcessors = machineProcessors;
    }

    /** Judges a record; true if it can be replayed. */
    public boolean accept(SwfRecord job) {
        return accept(job.submitTime(), job.runTime(), job.allocatedProcessors(), job.requestedProcessors(),
                job.requestedTime());
    }

    /** Judges the reader's current job without building a record; true if it can be replayed. */
    public boolean accept(SwfReader reader) {
        return accept(reader.submitTime(), reader.runTime(), reader.allocatedProcessors(),
                reader.requestedProcessors(), reader.requestedTime());
    }

    /** Judges a job given by its SWF fields 2, 4, 5, 8 and 9; true if it can be replayed. */
    public boolean accept(double submit, double run, int allocated, int requested, double requestedLimit) {
        int size = allocated > 0 ? allocated : requested;
        DropReason reason;
        if (size <= 0) {
            reason = DropReason.NO_PROCESSOR_COUNT;
        } else if (run < 0) {
            reason = DropReason.UNKNOWN_RUN_TIME;
        } else if (submit < 0) {
            reason = DropReason.UNKNOWN_SUBMIT_TIME;
        } else if (size > machineProcessors) {
            reason = DropReason.LARGER_THAN_MACHINE;
        } else if (submit < previousSubmit) {
            reason = DropReason.SUBMIT_BEFORE_PREVIOUS;
        } else {
            boolean requestMissing = !(requestedLimit > 0);
            submitTime = submit;
            processors = size;
            runTime = run;
            requestedTime = requestMissing ? run : requestedLimit;
            previousSubmit = submit;
            lastDropReason = null;
            report.countAccepted(requestMissing);
            return true;
        }
        lastDropReason = reason;
        report.countDropped(reason);
        return false;
    }

    /** Why the last judged job was dropped, or null if it was accepted. */
    public DropReason lastDropReason() {
        return lastDropReason;
    }

    /** Submit time of the last accepted job, seconds. */
    public double submitTime() {
        return submitTime;
    }

    /** Processors the last accepted job occupies. */
    public int processors() {
        return processors;
    }

    /** Run time of the last accepted job, seconds (0 is possible). */
    public double runTime() {
        return runTime;
    }

    /** Requested time of the last accepted job, or its run time when the trace gave none. */
    public double requestedTime() {
        return requestedTime;
    }

    /** The machine size jobs are checked against. */
    public long machineProcessors() {
        return machineProcessors;
    }

    /** Counts so far; live, it keeps counting as more jobs are judged. */
    public DropReport report() {
        return report;
    }
}
