package org.hpcsim.scenarios.jobscsv;

import org.hpcsim.scenarios.trace.TraceFormatException;

/** A malformed jobs.csv line, reported as one line {@code <source>:<line>: <what is wrong>}. */
public final class JobsCsvFormatException extends TraceFormatException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for a 1-based physical line of the named source. */
    public JobsCsvFormatException(String sourceName, long lineNumber, String problem) {
        super(sourceName, lineNumber, problem);
    }
}
