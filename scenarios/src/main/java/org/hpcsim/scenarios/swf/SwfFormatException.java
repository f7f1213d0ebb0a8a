package org.hpcsim.scenarios.swf;

import org.hpcsim.scenarios.trace.TraceFormatException;

/** A malformed SWF line, reported as one line {@code <source>:<line>: <what is wrong>}. */
public final class SwfFormatException extends TraceFormatException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for a 1-based physical line of the named source. */
    public SwfFormatException(String sourceName, long lineNumber, String problem) {
        super(sourceName, lineNumber, problem);
    }
}
