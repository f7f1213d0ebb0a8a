package org.hpcsim.scenarios.sacct;

import org.hpcsim.scenarios.trace.TraceFormatException;

/** A malformed line of a sacct export, reported as one line {@code <source>:<line>: <what is wrong>}. */
public final class SacctFormatException extends TraceFormatException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for a 1-based physical line of the named source. */
    public SacctFormatException(String sourceName, long lineNumber, String problem) {
        super(sourceName, lineNumber, problem);
    }
}
