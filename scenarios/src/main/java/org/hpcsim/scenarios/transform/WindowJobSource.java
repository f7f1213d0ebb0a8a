package org.hpcsim.scenarios.transform;

import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.trace.ReadReport;

/**
 * Keeps the jobs submitted in [start, end) after the first job's submission, then skips and
 * limits by count. Jobs before the window are counted as dropped; once past the window's end or
 * the limit, the rest of the trace is not read (the one job read to find the window's end is
 * counted as dropped, so every job read is either given or counted).
 */
final class WindowJobSource implements JobSource {
    private final JobSource in;
    private final long start;
    private final long end;
    private long toSkip;
    private final long limit;
    private final ReadReport report;
    private long origin = -1;
    private long given;
    private boolean done;

    /** {@code start} and {@code end} in nanoseconds after the first job (end 0: none); limit 0: none. */
    WindowJobSource(JobSource in, long start, long end, long skip, long limit, ReadReport report) {
        this.in = in;
        this.start = start;
        this.end = end;
        this.toSkip = skip;
        this.limit = limit;
        this.report = report;
    }

    @Override
    public Job next() {
        while (!done) {
            // Stop before reading a job the limit would discard: a job read is either given or counted.
            Job j = limit > 0 && given == limit ? null : in.next();
            if (j == null) {
                done = true;
                break;
            }
            if (origin < 0) {
                origin = j.submitTime();
            }
            long offset = j.submitTime() - origin;
            if (end > 0 && offset >= end) {
                // The one job read past the end (it had to be read to see that); the rest is not read.
                report.drop("past the time window's end (the rest was not read)");
                done = true;
            } else if (offset < start) {
                report.drop("before the time window");
            } else if (toSkip > 0) {
                toSkip--;
                report.drop("skipped");
            } else {
                given++;
                return j;
            }
        }
        return null;
    }

    @Override
    public void close() {
        in.close();
    }
}
