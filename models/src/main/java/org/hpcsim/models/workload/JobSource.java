package org.hpcsim.models.workload;

/**
 * A stream of jobs in non-decreasing submit-time order, read one at a time so that a trace of any
 * length runs in constant memory.
 */
public interface JobSource extends AutoCloseable {
    /** The next job, or {@code null} when the stream is exhausted. */
    Job next();

    /** Releases any file or resource behind the stream. */
    @Override
    default void close() {}
}
