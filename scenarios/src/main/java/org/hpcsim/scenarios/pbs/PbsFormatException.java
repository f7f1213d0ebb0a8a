package org.hpcsim.scenarios.pbs;

import org.hpcsim.scenarios.trace.TraceFormatException;

/** A malformed PBS line, reported as one line {@code <source>:<line>: <what is wrong>}. */
public final class PbsFormatException extends TraceFormatException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for a 1-based physical line of the named source. */
    public PbsFormatException(String sourceName, long lineNumber, String problem) {
        super(sourceName, lineNumber, problem);
    }
}
